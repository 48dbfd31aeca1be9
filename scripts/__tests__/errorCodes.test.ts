import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode, repositoryRoot } from '@partnership-graph/shared';

/**
 * Clients code against error codes: every code a service can answer with is in the shared
 * kit's `ErrorCode`, and the README lists each of them.
 */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', '__tests__', 'generated', 'testing', 'dist'].includes(entry.name)
        ? []
        : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const serviceSources = [
  'gateway/src',
  'shared/src',
  ...fs.readdirSync(path.join(repositoryRoot, 'subgraphs')).map((name) => `subgraphs/${name}/src`),
]
  .map((dir) => path.join(repositoryRoot, dir))
  .filter((dir) => fs.existsSync(dir))
  .flatMap(sourceFiles);

describe('error codes', () => {
  const known = new Set<string>(Object.values(ErrorCode));

  it('every code a service sets or compares is in ErrorCode (database driver codes aside)', () => {
    const unknown = new Set<string>();
    for (const file of serviceSources) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bcode(?:: | === )['"]([A-Z][A-Z_]+)['"]/g)) {
        if (!match[1].startsWith('ER_') && !known.has(match[1]))
          unknown.add(`${path.relative(repositoryRoot, file)}: ${match[1]}`);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it('the README names every code of ErrorCode', () => {
    const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
    expect([...known].filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });
});
