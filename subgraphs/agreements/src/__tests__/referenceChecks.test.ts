import { openWriteTransactions, writeTransaction, type Caller } from '@partnership-graph/shared';
import { startEntityOwner, testDatabases, type EntityOwner } from '@partnership-graph/shared/testing';
import { openFixture, type AgreementsFixture } from './fixture';

/**
 * A reference check asks the institutions subgraph over HTTP. While it waits, this
 * subgraph holds no write transaction: no pooled connection, no row lock, and on SQLite
 * not the one writer, so other writes go on. The stand-in institutions subgraph looks at
 * the asking subgraph during each check and answers slowly.
 */
const editor: Caller = { id: 'agreements-editor-1', roles: ['editor:agreements'], institutionId: null };

const source = {
  title: 'Partner office spreadsheet 2026',
  publisher: 'AzTU international office',
  language: 'en',
  file: 'partners.csv',
  row: 2,
};
const parties = [
  { institutionId: 'aztu', role: 'SIGNATORY_PARTY', signatoryId: 'vilayat-valiyev' },
  { institutionId: 'ganja-aluminium-complex', role: 'SIGNATORY_PARTY' },
];

describe.each(testDatabases())('reference checks outside transactions on $label', (database) => {
  let fx: AgreementsFixture;
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
    fx = await openFixture(database, { institutionsUrl: owner.url, caller: editor });
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

  it('createAgreement and createEvent check their references before their transaction', async () => {
    const agreement = await fx.query(
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input, idempotencyKey: "ref-check-1") { id } }`,
      { input: { title: 'Memorandum checked before its transaction', kind: 'MEMORANDUM_OF_UNDERSTANDING', parties } },
    );
    expect(agreement.errors).toBeUndefined();
    const event = await fx.query(`mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
      input: { title: 'Workshop checked before its transaction', kind: 'WORKSHOP', organizerIds: ['aztu'] },
    });
    expect(event.errors).toBeUndefined();
    expectNoTransactionDuringChecks();
  });

  it('importAgreements and importEvents check a batch before the transaction that matches and writes it', async () => {
    const agreements = await fx.query(
      `mutation($rows: [AgreementImportInput!]!) { importAgreements(rows: $rows) { written created rejected } }`,
      {
        rows: [
          {
            title: 'Imported memorandum checked first',
            kind: 'MEMORANDUM_OF_UNDERSTANDING',
            signedOn: '2026-01-15',
            parties,
            source,
          },
        ],
      },
    );
    expect(agreements.data?.importAgreements).toEqual({ written: true, created: 1, rejected: 0 });
    const events = await fx.query(
      `mutation($rows: [EventImportInput!]!) { importEvents(rows: $rows) { written created rejected } }`,
      {
        rows: [
          {
            title: 'Imported workshop checked first',
            kind: 'WORKSHOP',
            startsOn: '2026-03-02',
            organizerIds: ['aztu'],
            source,
          },
        ],
      },
    );
    expect(events.data?.importEvents).toEqual({ written: true, created: 1, rejected: 0 });
    expectNoTransactionDuringChecks();
  });
});
