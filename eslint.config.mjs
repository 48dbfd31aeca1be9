// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import fs from 'node:fs';
import path from 'node:path';

// Every package under subgraphs/ (the registry in shared/src/subgraphRegistry.ts names the same ones).
const subgraphsDir = path.join(import.meta.dirname, 'subgraphs');
const subgraphs = fs
  .readdirSync(subgraphsDir)
  .filter((name) => fs.existsSync(path.join(subgraphsDir, name, 'package.json')));

/**
 * Lint for the whole workspace. Besides typescript-eslint's recommended rules it
 * enforces the boundaries the architecture depends on:
 * - a subgraph imports only `shared` and its own files (never another subgraph, the
 *   gateway or scripts);
 * - `shared` imports no service and no script;
 * - the gateway imports no subgraph and no script;
 * - scripts reach a subgraph only through its public entry, `src/public.ts`;
 * - the client kit knows the graph only through `schema/api.graphql`: it imports no
 *   service and no script (its tests use `shared`'s test helpers to start the stack);
 * - no import cycles.
 */
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'coverage/**',
      'test-results/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs', '**/*.cjs'],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...subgraphs.map((name) =>
              zone(
                `./subgraphs/${name}`,
                [
                  './gateway',
                  './scripts',
                  ...subgraphs.filter((other) => other !== name).map((other) => `./subgraphs/${other}`),
                ],
                'a subgraph imports only `shared` and its own files; other subgraphs are reached through the gateway',
              ),
            ),
            zone(
              './shared',
              ['./gateway', './subgraphs', './scripts', './client'],
              '`shared` is the kit every service uses: it imports no service or script',
            ),
            zone(
              './gateway',
              ['./subgraphs', './scripts'],
              'the gateway knows subgraphs only through the supergraph, and uses no script',
            ),
            zone(
              './client',
              ['./gateway', './subgraphs', './scripts', './web'],
              'the client kit knows the graph only through schema/api.graphql',
            ),
            zone(
              './web/src',
              ['./gateway', './subgraphs', './scripts', './shared'],
              'the reference page knows the graph only through the client kit and the gateway',
              ['./__tests__'],
            ),
            ...subgraphs.map((name) =>
              zone(
                './scripts',
                `./subgraphs/${name}`,
                'scripts reach a subgraph only through its public entry, `src/public.ts`',
                ['./src/public.ts'],
              ),
            ),
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: subgraphs.map((name) => `@partnership-graph/${name}`),
              message: 'reach a subgraph through the gateway, or through its `src/public.ts` from scripts',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests read GraphQL answers, which are untyped JSON.
    files: ['**/__tests__/**/*.ts', 'shared/src/testing/**/*.ts', 'gateway/src/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Loaded by name at run time: the corpus's case files; the federation module the gateway build inlines.
    files: ['gateway/src/__tests__/abuseCorpus.test.ts', 'scripts/buildGateway.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', process: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
