import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { repositoryRoot } from '@partnership-graph/shared';

/**
 * The docs are a map a newcomer follows: every folder of the repository is on it, and
 * every file, folder and `pnpm` command it names exists.
 */
const trackedFiles = execFileSync('git', ['ls-files'], { cwd: repositoryRoot, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
const existing = trackedFiles.filter((file) => fs.existsSync(path.join(repositoryRoot, file)));
const markdownFiles = existing.filter((file) => file.endsWith('.md') && !file.startsWith('bench/results/'));
const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');

/** The README's layout: the bullet list of the Architecture section. */
function layoutSection(): string {
  const start = readme.indexOf('## Architecture');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end);
}

/** Backticked tokens that look like repository paths (a slash or a file extension, no spaces or placeholders). */
function namedPaths(text: string): string[] {
  const paths = new Set<string>();
  for (const [, token] of text.matchAll(/`([^`\s]+)`/g)) {
    const candidate = token.replace(/[),.:;]+$/, '');
    if (/^[a-z]+:\/\//i.test(candidate) || /^[@\-./#]/.test(candidate)) continue; // URLs, packages, options, extensions, absolute paths, a page's hash routes
    if (/[<>*{}$=|?]/.test(candidate)) continue; // placeholders, globs, assignments
    if (/^(application|text|image|multipart)\/[\w.+-]+$/.test(candidate)) continue; // media types
    if (/^http\/(protobuf|json)$/.test(candidate)) continue; // OTLP protocols (OTEL_EXPORTER_OTLP_PROTOCOL)
    if (/^[A-Z]\w*\./.test(candidate)) continue; // Type.field
    if (/\//.test(candidate) || /\.(ts|md|json|graphql|csv|yaml|yml)$/.test(candidate)) paths.add(candidate);
  }
  return [...paths];
}

/** Ignored by git as a file or as a folder (`dist/` matches a folder only, which may not be built yet). */
const ignored = (named: string) =>
  [named, `${named}/`].some((candidate) => {
    try {
      execFileSync('git', ['check-ignore', '-q', candidate], { cwd: repositoryRoot });
      return true;
    } catch {
      return false;
    }
  });

/**
 * A named path exists when a tracked file is it, ends with it, or lies in a folder that
 * ends with it — within the document's package (a subgraph's README speaks of its own
 * files), or anywhere for the top-level docs. Build outputs (ignored by git) are not checked.
 */
function resolves(document: string, named: string): boolean {
  const packageRoot = document.match(/^(subgraphs\/[^/]+|gateway|shared)\//)?.[1];
  const scope = packageRoot ? existing.filter((file) => file.startsWith(`${packageRoot}/`)) : existing;
  const bare = named.replace(/\/$/, '');
  return (
    ignored(bare) ||
    existing.some((file) => file === bare || file.startsWith(`${bare}/`)) ||
    scope.some(
      (file) => file === bare || file.endsWith(`/${bare}`) || file.startsWith(`${bare}/`) || file.includes(`/${bare}/`),
    )
  );
}

/** Text inside code spans and fenced blocks, where commands are written. */
function codeOf(text: string): string {
  return [...text.matchAll(/```[\s\S]*?```|`[^`\n]+`/g)].map(([code]) => code).join('\n');
}

describe('the README and docs as a map of the repository', () => {
  it('names every top-level folder in the README layout', () => {
    const folders = [...new Set(existing.filter((file) => file.includes('/')).map((file) => file.split('/')[0]))];
    const layout = layoutSection();
    const missing = folders.filter((folder) => !layout.includes(`\`${folder}/`));
    expect(missing).toEqual([]);
  });

  it('names only paths that exist, in every markdown document', () => {
    const broken: string[] = [];
    for (const document of markdownFiles) {
      const text = fs.readFileSync(path.join(repositoryRoot, document), 'utf8');
      for (const named of namedPaths(text)) {
        if (!resolves(document, named)) broken.push(`${document}: ${named}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('names only pnpm commands that exist', () => {
    const rootScripts = Object.keys(
      JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')).scripts,
    );
    const builtins = ['install', 'exec', 'dlx', 'add', 'run', '--filter', '-r', '-s', 'why', 'list'];
    const unknown: string[] = [];
    for (const document of markdownFiles) {
      const text = fs.readFileSync(path.join(repositoryRoot, document), 'utf8');
      for (const [, command] of codeOf(text).matchAll(/(?:^|[\s`(])pnpm (?:-s )?(?:run )?([a-z][\w:-]*)/gm)) {
        if (!builtins.includes(command) && !rootScripts.includes(command)) unknown.push(`${document}: pnpm ${command}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
