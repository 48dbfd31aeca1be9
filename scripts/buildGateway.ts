import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * `pnpm --filter @partnership-graph/gateway build`: the gateway as one plain
 * JavaScript file, `gateway/dist/index.js`, for `node dist/index.js` without tsx (no
 * loader thread, no transpiling at start, a smaller resident set).
 *
 * The project's own TypeScript (gateway and shared kit) is bundled; every npm package
 * stays an external `require` of the exact file Node would load from the importing
 * package (pnpm keeps each package's dependencies beside it), so module identity is
 * what it is under tsx. `__dirname` keeps meaning the source file's folder.
 */
const root = path.resolve(__dirname, '..');

const ownCode: Plugin = {
  name: 'own-code',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@partnership-graph/')) return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      try {
        const resolved = require.resolve(args.path, { paths: [args.resolveDir] });
        // Node built-ins resolve to their own name.
        if (!path.isAbsolute(resolved)) return { path: args.path, external: true };
        return { path: fs.realpathSync(resolved), external: true };
      } catch {
        return { path: args.path, external: true };
      }
    });
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      return { contents: source.replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path))), loader: 'ts' };
    });
  },
};

/**
 * `@apollo/federation-internals` re-exports its 300 names through getters (tslib's
 * `__exportStar`) on an object V8 keeps as a dictionary, so every `isObjectType(…)`
 * that the gateway's result shaping makes per response value is an uninlined getter
 * call (6% of the gateway's time under load). Its modules assign each export once,
 * at load; so before `@apollo/gateway` is loaded, the bundle swaps the module's
 * cached exports for an object literal of the same names with plain values, which
 * V8 keeps in fast mode. Should the installed package export other names than at
 * build time, the swap is skipped.
 */
export function fastFederationExports(): string {
  const gatewayPackage = path.dirname(
    require.resolve('@apollo/gateway/package.json', { paths: [path.join(root, 'gateway')] }),
  );
  const id = fs.realpathSync(require.resolve('@apollo/federation-internals', { paths: [gatewayPackage] }));
  const names = Object.getOwnPropertyNames(require(id) as object).sort();
  const entries = names.map((name) => `${JSON.stringify(name)}: exported[${JSON.stringify(name)}]`).join(', ');
  return `(() => {
  const id = ${JSON.stringify(id)};
  const exported = require(id);
  const names = Object.getOwnPropertyNames(exported).sort();
  if (names.join() !== ${JSON.stringify(names.join())}) return;
  require.cache[id].exports = { ${entries} };
})();`;
}

export async function buildGateway(): Promise<string> {
  const outfile = path.join(root, 'gateway', 'dist', 'index.js');
  await build({
    entryPoints: [path.join(root, 'gateway', 'src', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [ownCode],
    banner: { js: fastFederationExports() },
    logLevel: 'warning',
  });
  return outfile;
}

if (require.main === module) {
  buildGateway().then(
    (file) => console.log(`built ${path.relative(root, file)}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
