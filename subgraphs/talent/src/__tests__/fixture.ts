import type { DataSource } from 'typeorm';
import { anonymousCaller, SqlStatementCounter, type Caller } from '@partnership-graph/shared';
import { runOperation, type TestDatabase } from '@partnership-graph/shared/testing';
import { createContext } from '../context';
import { openTalentDatabase } from '../database';
import { createApollo, createReferenceChecker } from '../server';
import { seedTalent } from '../seed/seed';

/** Where reference checks go. By default nowhere: tests that write pass real owners (see owners.ts). */
export interface OwnerUrls {
  institutionsUrl: string;
  agreementsUrl: string;
}

const unreachable: OwnerUrls = { institutionsUrl: 'http://127.0.0.1:9/', agreementsUrl: 'http://127.0.0.1:9/' };

export interface TalentFixture {
  dataSource: DataSource;
  /** Connection settings of this fixture's database, to open a second data source on it. */
  databaseConfig: Parameters<typeof openTalentDatabase>[0];
  sql: SqlStatementCounter;
  /** Runs an operation with a fresh per-request context, as the HTTP server does; anonymous unless a caller is given. */
  query: (query: string, variables?: Record<string, unknown>, caller?: Caller) => ReturnType<typeof runOperation>;
  close: () => Promise<void>;
}

/** A migrated (and by default seeded) talent database of the given kind, and an Apollo Server over it. */
export async function openFixture(
  database: TestDatabase,
  options: { seed?: boolean; owners?: OwnerUrls } = {},
): Promise<TalentFixture> {
  const { config, drop } = database.create('talent');
  const sql = new SqlStatementCounter();
  const dataSource = await openTalentDatabase(config, sql);
  if (options.seed !== false) await seedTalent(dataSource);
  const references = createReferenceChecker(options.owners ?? unreachable);
  const apollo = createApollo();
  await apollo.start();
  return {
    dataSource,
    databaseConfig: config,
    sql,
    query: (query, variables, caller = anonymousCaller) =>
      runOperation(apollo, createContext(dataSource, { references, caller }), query, variables),
    close: async () => {
      await apollo.stop();
      await dataSource.destroy();
      await drop();
    },
  };
}

export const admin: Caller = { id: 'admin-1', roles: ['admin'], institutionId: null };
export const registrarOf = (institutionId: string): Caller => ({
  id: `registrar-${institutionId}`,
  roles: ['registrar'],
  institutionId,
});
export const viewer: Caller = { id: 'viewer-1', roles: ['viewer'], institutionId: null };
/** The role every talent mutation accepts (besides admin). */
export const editor: Caller = { id: 'talent-editor-1', roles: ['editor:talent'], institutionId: null };
