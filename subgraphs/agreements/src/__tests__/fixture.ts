import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import { EntityReferenceChecker, SqlStatementCounter, type Caller, type Role } from '@partnership-graph/shared';
import { runOperation, startService, type RunningService, type TestDatabase } from '@partnership-graph/shared/testing';
import { createContext } from '../context';
import { openAgreementsDatabase } from '../database';
import { createApollo, createReferenceChecker } from '../server';
import { seedAgreements } from '../seed/seed';

export interface AgreementsFixture {
  dataSource: DataSource;
  sql: SqlStatementCounter;
  /**
   * Runs an operation with a fresh per-request context, as the HTTP server does, for
   * `caller` (default: the fixture's caller, anonymous unless `openFixture` was given one).
   */
  query: (query: string, variables?: Record<string, unknown>, caller?: Caller) => ReturnType<typeof runOperation>;
  close: () => Promise<void>;
}

/** A reference checker for tests that only read: any reference check fails loudly. */
const noReferences = new EntityReferenceChecker(
  { Institution: 'http://127.0.0.1:9/', Person: 'http://127.0.0.1:9/' },
  () => ({}),
  500,
);

/**
 * A migrated (and, unless `seed: false`, seeded) agreements database of the given
 * kind and an Apollo Server over it. `institutionsUrl` is where references are checked.
 */
export async function openFixture(
  database: TestDatabase,
  options: { seed?: boolean; institutionsUrl?: string; caller?: Caller; analyticsBudgetMs?: number } = {},
): Promise<AgreementsFixture> {
  const { config, drop } = database.create('agreements');
  const sql = new SqlStatementCounter();
  const dataSource = await openAgreementsDatabase(config, sql);
  if (options.seed !== false) await seedAgreements(dataSource);
  const references = options.institutionsUrl ? createReferenceChecker(options.institutionsUrl) : noReferences;
  const apollo = createApollo();
  await apollo.start();
  return {
    dataSource,
    sql,
    query: (query, variables, caller = options.caller) =>
      runOperation(
        apollo,
        createContext(dataSource, { references, caller, analyticsBudgetMs: options.analyticsBudgetMs }),
        query,
        variables,
      ),
    close: async () => {
      await apollo.stop();
      await dataSource.destroy();
      await drop();
    },
  };
}

/**
 * The real institutions subgraph as its own process on a free port, on a fresh
 * SQLite file seeded with its dataset: what reference checks ask.
 */
export async function startInstitutions(): Promise<RunningService & { cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-agreements-institutions-'));
  const service = await startService({
    dir: 'subgraphs/institutions',
    name: 'institutions',
    env: { INSTITUTIONS_PORT: '0', SQLITE_DIR: dir, MYSQL_URL: '', INSTITUTIONS_MYSQL_URL: '', SEED_ON_START: '1' },
  });
  return {
    ...service,
    cleanup: async () => {
      await service.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A verified caller with these roles, as the HTTP server builds one from a token. */
export function callerWith(id: string, ...roles: Role[]): Caller {
  return { id, roles, institutionId: null };
}

/** Counts the rows of every table this subgraph writes (to prove that a refused mutation wrote nothing). */
export async function countRows(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = [
    'agreements',
    'agreement_parties',
    'agreement_commitments',
    'events',
    'event_participants',
    'event_speakers',
    'citations',
    'audit_log',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}
