/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/**
 * One jest run over every package. Tests use real databases: SQLite always, MySQL
 * when MYSQL_URL is set (REQUIRE_MYSQL=1 makes its absence a failure).
 */
const config: Config = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/shared',
    '<rootDir>/client',
    '<rootDir>/web',
    '<rootDir>/gateway',
    '<rootDir>/subgraphs',
    '<rootDir>/scripts',
  ],
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@partnership-graph/shared$': '<rootDir>/shared/src/index.ts',
    '^@partnership-graph/shared/testing$': '<rootDir>/shared/src/testing/index.ts',
    '^@partnership-graph/shared/compose$': '<rootDir>/shared/src/federation/composeSubgraphFolder.ts',
    '^@partnership-graph/client$': '<rootDir>/client/src/index.ts',
  },
  testTimeout: 60_000,
  // Suites share one MariaDB; each uses its own databases, but two cores run two workers best.
  maxWorkers: 2,
};

export default config;
