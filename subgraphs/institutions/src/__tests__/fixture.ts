import type { DataSource } from 'typeorm';
import { SqlStatementCounter } from '@partnership-graph/shared';
import { runOperation, type TestDatabase } from '@partnership-graph/shared/testing';
import { createContext } from '../context';
import { openInstitutionsDatabase } from '../database';
import { createApollo } from '../server';
import { seedInstitutions } from '../seed/seed';

export interface InstitutionsFixture {
  dataSource: DataSource;
  sql: SqlStatementCounter;
  /** Runs an operation with a fresh per-request context, as the HTTP server does. */
  query: (query: string, variables?: Record<string, unknown>, languages?: string[]) => ReturnType<typeof runOperation>;
  close: () => Promise<void>;
}

/** A migrated, seeded institutions database of the given kind, and an Apollo Server over it. */
export async function openFixture(database: TestDatabase, options: { seed?: boolean } = {}): Promise<InstitutionsFixture> {
  const { config, drop } = database.create('institutions');
  const sql = new SqlStatementCounter();
  const dataSource = await openInstitutionsDatabase(config, sql);
  if (options.seed !== false) await seedInstitutions(dataSource);
  const apollo = createApollo();
  await apollo.start();
  return {
    dataSource,
    sql,
    query: (query, variables, languages = []) => runOperation(apollo, createContext(dataSource, undefined, languages), query, variables),
    close: async () => {
      await apollo.stop();
      await dataSource.destroy();
      await drop();
    },
  };
}
