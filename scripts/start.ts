import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import concurrently from 'concurrently';
import { ConfigError, describeDatabase, readDatabaseConfig, subgraphNames } from '@partnership-graph/shared';
import { serveWebPage, webDist } from '../web/serveWebPage';

/**
 * `pnpm start`: every subgraph and the gateway in one terminal, logs prefixed by
 * service; Ctrl-C (or any service failing) stops them all. It says which database
 * each subgraph uses (read as the subgraph reads it) and the gateway's address once
 * the gateway and every subgraph are up. It also serves the reference page (web/, built
 * first when web/dist is missing) on its own origin, `WEB_PORT` (4080; `none`: not served),
 * adds that origin to the gateway's CORS_ORIGINS, and prints the page's address.
 */
const root = path.resolve(__dirname, '..');
const subgraphs = subgraphNames;

let databases: string[];
try {
  databases = subgraphs.map((name) => `  ${name}: ${describeDatabase(readDatabaseConfig(process.env, name))}`);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`pnpm start refused: ${error.message}`);
  process.exit(1);
}

const webPort = process.env.WEB_PORT ?? '4080';
if (webPort !== 'none' && !/^\d+$/.test(webPort)) {
  console.error(`pnpm start refused: WEB_PORT must be a port number or none, got "${webPort}"`);
  process.exit(1);
}

async function startWebPage(): Promise<string | null> {
  if (webPort === 'none') return null;
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    console.log('building the reference page (pnpm web:build)…');
    execFileSync('pnpm', ['web:build'], { cwd: root, stdio: 'inherit' });
  }
  return (await serveWebPage({ port: Number(webPort) })).url;
}

async function main(): Promise<void> {
  const webUrl = await startWebPage();
  // The page calls the gateway from its own origin, which the gateway must allow.
  const corsOrigins = [process.env.CORS_ORIGINS, webUrl && new URL(webUrl).origin].filter(Boolean).join(',');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  // The services' output reaches a person through this process: readable lines when it writes to a terminal.
  const env: Record<string, string> = process.stdout.isTTY && !process.env.LOG_FORMAT ? { LOG_FORMAT: 'pretty' } : {};
  const gatewayEnv: Record<string, string> = corsOrigins ? { ...env, CORS_ORIGINS: corsOrigins } : env;
  const services = [
    ...subgraphs.map((name) => ({
      name,
      command: `${tsx} src/index.ts`,
      cwd: path.join(root, 'subgraphs', name),
      env,
    })),
    {
      name: 'gateway',
      command: `${tsx} src/index.ts`,
      cwd: path.join(root, 'gateway'),
      env: gatewayEnv,
    },
  ];
  run(services, webUrl);
}

function run(
  services: Array<{ name: string; command: string; cwd: string; env?: Record<string, string> }>,
  webUrl: string | null,
): void {
  console.log(`starting ${services.map((s) => s.name).join(', ')}; databases:\n${databases.join('\n')}`);
  const { result, commands } = concurrently(services, {
    prefix: 'name',
    killOthersOn: ['failure'],
    prefixColors: ['cyan', 'magenta', 'yellow', 'green'],
  });

  // The address is printed once the gateway and every subgraph say they are ready (a subgraph
  // may still be migrating or seeding when the gateway is up), not before: a service may fail first.
  const readyAt = new Map<string, string>();
  const outputs = new Map<string, string>();
  let announced = false;
  for (const command of commands) {
    command.stdout.subscribe((chunk) => {
      if (announced || readyAt.has(command.name)) return;
      const output = (outputs.get(command.name) ?? '') + chunk.toString();
      outputs.set(command.name, output);
      const ready = /ready at (https?:\/\/[^\s"]+)/.exec(output);
      if (!ready) return;
      readyAt.set(command.name, ready[1]);
      outputs.delete(command.name);
      if (readyAt.size < services.length) return;
      announced = true;
      const gateway = readyAt.get('gateway') as string;
      console.log(`the partnership graph is up: ${gateway} (Ctrl-C stops every service)`);
      if (webUrl) console.log(`the reference page: ${webUrl}?gateway=${encodeURIComponent(gateway)}`);
    });
  }

  result.then(
    () => process.exit(0),
    (events: Array<{ exitCode: number | string }>) => {
      // Ctrl-C ends every service with SIGINT; that is a clean stop, not a failure.
      const failed = events.some((e) => e.exitCode !== 0 && e.exitCode !== 'SIGINT' && e.exitCode !== 130);
      process.exit(failed ? 1 : 0);
    },
  );
}

void main();
