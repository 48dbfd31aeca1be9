import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repositoryRoot } from '@partnership-graph/shared';

/**
 * `pnpm lint` guards the architecture: each forbidden import below fails it, each
 * allowed one passes. The probes are written where such code would sit and linted in
 * one run of the real command line (ESLint loads its config as an ES module, which
 * jest's VM cannot), then removed.
 */
const probeName = `lintProbe${process.pid}.ts`;
const forbidden: Array<[string, string, string]> = [
  [
    'a subgraph importing another subgraph',
    'subgraphs/institutions/src',
    "export { loadConfig } from '../../agreements/src/config';\n",
  ],
  [
    'a subgraph importing another by package name',
    'subgraphs/talent/src',
    "export { loadConfig } from '@partnership-graph/agreements';\n",
  ],
  [
    'a script importing a subgraph internal',
    'scripts',
    "export { openTalentDatabase } from '../subgraphs/talent/src/database';\n",
  ],
  [
    'the shared kit importing a service',
    'shared/src',
    "export { loadGatewayConfig } from '../../gateway/src/config';\n",
  ],
  ['the gateway importing a script', 'gateway/src', "export { writeComposed } from '../../scripts/compose';\n"],
  ['the reference page importing the shared kit', 'web/src', "export { foldText } from '../../shared/src/index';\n"],
];
const allowed: Array<[string, string, string]> = [
  [
    'a script using a subgraph public entry',
    'scripts/bench',
    "export { openTalentDatabase } from '../../subgraphs/talent/src/public';\n",
  ],
  [
    'a subgraph using the shared kit and its own files',
    'subgraphs/agreements/src',
    "export { foldText } from '@partnership-graph/shared';\nexport { loadConfig } from './config';\n",
  ],
];

const errorsByFolder = new Map<string, string[]>();

beforeAll(() => {
  const files = [...forbidden, ...allowed].map(([, folder, source]) => {
    const file = path.join(folder, probeName);
    fs.writeFileSync(path.join(repositoryRoot, file), source);
    return file;
  });
  try {
    const run = spawnSync(
      path.join(repositoryRoot, 'node_modules', '.bin', 'eslint'),
      ['--format', 'json', '--no-ignore', ...files],
      {
        cwd: repositoryRoot,
        encoding: 'utf8',
      },
    );
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string | null; message: string }>;
    }>;
    for (const result of results) {
      const boundary = result.messages.filter(
        (m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports',
      );
      errorsByFolder.set(
        path.relative(repositoryRoot, path.dirname(result.filePath)),
        boundary.map((m) => m.message),
      );
    }
  } finally {
    for (const file of files) fs.rmSync(path.join(repositoryRoot, file), { force: true });
  }
}, 120_000);

describe('pnpm lint enforces the boundaries between packages', () => {
  it.each(forbidden)('fails %s', (_label, folder) => {
    expect(errorsByFolder.get(folder)).toEqual([expect.any(String)]);
  });

  it.each(allowed)('passes %s', (_label, folder) => {
    expect(errorsByFolder.get(folder)).toEqual([]);
  });
});
