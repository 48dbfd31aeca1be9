import type { DataSource } from 'typeorm';
import { SqlStatementCounter, type Caller, type Role } from '@partnership-graph/shared';
import { runOperation, type TestDatabase } from '@partnership-graph/shared/testing';
import { createContext } from '../context';
import { openInstitutionsDatabase } from '../database';
import { createApollo } from '../server';
import { seedInstitutions } from '../seed/seed';

export interface InstitutionsFixture {
  dataSource: DataSource;
  sql: SqlStatementCounter;
  /**
   * Runs an operation with a fresh per-request context, as the HTTP server does, for
   * `caller` (default: the fixture's caller, anonymous unless `openFixture` was given one).
   */
  query: (
    query: string,
    variables?: Record<string, unknown>,
    languages?: string[],
    caller?: Caller,
  ) => ReturnType<typeof runOperation>;
  close: () => Promise<void>;
}

/** A migrated, seeded institutions database of the given kind, and an Apollo Server over it. */
export async function openFixture(
  database: TestDatabase,
  options: { seed?: boolean; caller?: Caller } = {},
): Promise<InstitutionsFixture> {
  const { config, drop } = database.create('institutions');
  const sql = new SqlStatementCounter();
  const dataSource = await openInstitutionsDatabase(config, sql);
  if (options.seed !== false) await seedInstitutions(dataSource);
  const apollo = createApollo();
  await apollo.start();
  return {
    dataSource,
    sql,
    query: (query, variables, languages = [], caller = options.caller) =>
      runOperation(apollo, createContext(dataSource, caller, languages), query, variables),
    close: async () => {
      await apollo.stop();
      await dataSource.destroy();
      await drop();
    },
  };
}

/** A verified caller with these roles, as the HTTP server builds one from a token. */
export function callerWith(id: string, ...roles: Role[]): Caller {
  return { id, roles, institutionId: null };
}

/** Counts the rows of every table this subgraph writes (to prove that a call wrote nothing). */
export async function countRows(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['institutions', 'people', 'positions', 'memberships', 'sources', 'citations', 'audit_log']) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}
