import { openWriteTransactions, writeTransaction } from '@partnership-graph/shared';
import { startEntityOwner, testDatabases, type EntityOwner } from '@partnership-graph/shared/testing';
import { editor, openFixture, type TalentFixture } from './fixture';
import { insertInternshipProgram } from './syntheticRecords';

/**
 * A reference check asks the institutions or agreements subgraph over HTTP. While it
 * waits, this subgraph holds no write transaction: no pooled connection, no row lock,
 * and on SQLite not the one writer, so other writes go on. The stand-in owner looks at
 * the asking subgraph during each check and answers slowly.
 */
const source = {
  title: 'Partner office programme list',
  publisher: 'AzTU international office',
  language: 'en',
  file: 'programmes.csv',
  row: 2,
};

describe.each(testDatabases())('reference checks outside transactions on $label', (database) => {
  let fx: TalentFixture;
  let owner: EntityOwner;
  const seen: Array<{ open: number; otherWrite: 'ran' | 'blocked' }> = [];

  beforeAll(async () => {
    owner = await startEntityOwner(async () => {
      const open = openWriteTransactions(fx.dataSource);
      const otherWrite = await Promise.race([
        writeTransaction(fx.dataSource, (manager) => manager.query('SELECT 1')).then(() => 'ran' as const),
        new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 2_000)),
      ]);
      seen.push({ open, otherWrite });
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    fx = await openFixture(database, { seed: false, owners: { institutionsUrl: owner.url, agreementsUrl: owner.url } });
    await insertInternshipProgram(fx.dataSource, { id: 'synthetic-reference-checks', seats: 10 });
  });
  afterAll(async () => {
    await fx?.close();
    await owner?.close();
  });
  beforeEach(() => {
    seen.length = 0;
  });

  const expectNoTransactionDuringChecks = () => {
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual(seen.map(() => ({ open: 0, otherWrite: 'ran' })));
  };

  it('creating a programme and enrolling a new student check their references before their transaction', async () => {
    const created = await fx.query(
      `mutation($input: CreateInternshipProgramInput!) { createInternshipProgram(input: $input) { id } }`,
      {
        input: {
          title: 'Synthetic programme checked first',
          levels: ['BACHELOR'],
          hostId: 'ganja-aluminium-complex',
          agreementId: 'aztu-aic-cooperation',
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const enrolled = await fx.query(
      `mutation($input: EnrollInInternshipProgramInput!) { enrollInInternshipProgram(input: $input, idempotencyKey: "ref-check-1") { id } }`,
      {
        input: {
          programId: 'synthetic-reference-checks',
          level: 'BACHELOR',
          student: { name: 'Synthetic Student', universityId: 'aztu' },
        },
      },
      editor,
    );
    expect(enrolled.errors).toBeUndefined();
    expectNoTransactionDuringChecks();
  });

  it('importing programmes checks a batch before the transaction that matches and writes it', async () => {
    const imported = await fx.query(
      `mutation($rows: [InternshipProgramImportInput!]!) { importInternshipPrograms(rows: $rows) { written created rejected } }`,
      {
        rows: [
          {
            title: 'Synthetic imported programme checked first',
            levels: ['MASTER'],
            hostId: 'ganja-aluminium-complex',
            universityIds: ['aztu'],
            source,
          },
        ],
      },
      editor,
    );
    expect(imported.data?.importInternshipPrograms).toEqual({ written: true, created: 1, rejected: 0 });
    const training = await fx.query(
      `mutation($rows: [TrainingProgramImportInput!]!) { importTrainingPrograms(rows: $rows) { written created rejected } }`,
      {
        rows: [{ title: 'Synthetic imported course checked first', kind: 'VOCATIONAL', providerIds: ['aztu'], source }],
      },
      editor,
    );
    expect(training.data?.importTrainingPrograms).toEqual({ written: true, created: 1, rejected: 0 });
    expectNoTransactionDuringChecks();
  });
});
