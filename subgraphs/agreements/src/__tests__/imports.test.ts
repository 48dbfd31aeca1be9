import {
  EntityReferenceChecker,
  IdempotencyKeys,
  WritePipeline,
  type EntityReference,
  type ImportResult,
} from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { AgreementImport, type AgreementImportRow } from '../imports/AgreementImport';
import { EventImport, type EventImportRow } from '../imports/EventImport';
import { createReferenceChecker } from '../server';
import { writePolicy } from '../writePolicy';
import { callerWith, countRows, openFixture, startInstitutions, type AgreementsFixture } from './fixture';

/**
 * importAgreements and importEvents (docs/import/MUTATIONS.md) against the real
 * institutions subgraph (started once for this file), which answers the reference checks.
 */
const editor = callerWith('editor-import', 'editor:agreements');
const admin = callerWith('admin-1', 'admin');
let institutions: Awaited<ReturnType<typeof startInstitutions>>;
beforeAll(async () => {
  institutions = await startInstitutions();
}, 90_000);
afterAll(() => institutions?.cleanup());

const resultFields = `dryRun written created updated unchanged rejected rows { row id outcome matchedBy problems { field reason } }`;
const importAgreements = `mutation($rows: [AgreementImportInput!]!, $dryRun: Boolean) { importAgreements(rows: $rows, dryRun: $dryRun) { ${resultFields} } }`;
const importEvents = `mutation($rows: [EventImportInput!]!, $dryRun: Boolean) { importEvents(rows: $rows, dryRun: $dryRun) { ${resultFields} } }`;
const auditLog = `query($id: ID!) { auditLog(entityId: $id, first: 100) { nodes { action actor before after } } }`;

const source = (row: number, overrides: Record<string, unknown> = {}) => ({
  title: 'Partner office spreadsheet 2026',
  publisher: 'AzTU international office',
  url: 'https://aztu.edu.az/partners-2026',
  publishedOn: '2026-02',
  language: 'en',
  quote: `Row ${row} of the partner list`,
  file: 'partners-2026.csv',
  row,
  ...overrides,
});

/** A valid agreement row; `n` makes its title (its natural key) unique within a file. */
const agreementRow = (n: number, overrides: Record<string, unknown> = {}) => ({
  title: `Imported memorandum ${n} between AzTU and the Ganja Aluminium Complex`,
  kind: 'MEMORANDUM_OF_UNDERSTANDING',
  status: 'SIGNED',
  signedOn: '2026-01-15',
  validFrom: '2026-02',
  validUntil: '2028',
  parties: [
    { institutionId: 'aztu', role: 'SIGNATORY_PARTY', signatoryId: 'vilayat-valiyev' },
    { institutionId: 'ganja-aluminium-complex', role: 'SIGNATORY_PARTY' },
  ],
  areas: ['metallurgy'],
  commitments: [{ kind: 'INTERNSHIPS', description: 'Internships for bachelor students.' }],
  source: source(n + 1),
  ...overrides,
});

const eventRow = (n: number, overrides: Record<string, unknown> = {}) => ({
  title: `Imported workshop ${n} on technology transfer`,
  kind: 'WORKSHOP',
  startsOn: '2026-03-02',
  endsOn: '2026-03-03',
  online: false,
  location: 'AzTU, Baku',
  organizerIds: ['aztu'],
  partnerIds: ['smeda'],
  speakers: [{ personId: 'yadullah-babayev', institutionId: 'aztu-technology-transfer-office', role: 'Director' }],
  topics: ['technology transfer offices'],
  source: source(n + 1, { file: 'events-2026.csv' }),
  ...overrides,
});

describe.each(testDatabases())('import mutations on $label', (database) => {
  let fx: AgreementsFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { institutionsUrl: institutions.url, caller: editor });
  });
  afterAll(() => fx?.close());

  async function run(query: string, rows: unknown[], dryRun?: boolean, caller = editor): Promise<ImportResult> {
    const { data, errors } = await fx.query(query, { rows, dryRun }, caller);
    expect(errors).toBeUndefined();
    return (data!.importAgreements ?? data!.importEvents) as ImportResult;
  }

  async function audit(id: string) {
    const { data, errors } = await fx.query(auditLog, { id }, admin);
    expect(errors).toBeUndefined();
    return data!.auditLog.nodes as Array<{
      action: string;
      actor: string;
      before: string | null;
      after: string | null;
    }>;
  }

  describe('importAgreements', () => {
    const rows = [agreementRow(1), agreementRow(2, { id: 'imported-memorandum-two' })];

    it('creates agreements with parties, commitments, their source and an audit entry each', async () => {
      const before = await countRows(fx.dataSource);
      const result = await run(importAgreements, rows);
      expect(result).toMatchObject({ dryRun: false, written: true, created: 2, updated: 0, unchanged: 0, rejected: 0 });
      expect(result.rows.map((r) => [r.row, r.outcome, r.matchedBy, r.problems])).toEqual([
        [2, 'CREATED', null, []],
        [3, 'CREATED', null, []],
      ]);
      expect(result.rows[0].id).toMatch(/^imported-memorandum-1-between-aztu-and-the-ganja-[a-z0-9]{6}$/);
      expect(result.rows[1].id).toBe('imported-memorandum-two');
      const after = await countRows(fx.dataSource);
      expect(after.agreements - before.agreements).toBe(2);
      expect(after.agreement_parties - before.agreement_parties).toBe(4);
      expect(after.agreement_commitments - before.agreement_commitments).toBe(2);
      expect(after.citations - before.citations).toBe(2);
      expect(after.audit_log - before.audit_log).toBe(2);

      const { data } = await fx.query(
        `query($id: ID!) { agreement(id: $id) { title status signedOn version parties { institution { id } role signatory { id } } areas
          commitments { kind description } sources { title publisher url publishedOn language quote importedFrom { file row importedAt } } } }`,
        { id: result.rows[1].id },
      );
      expect(data!.agreement).toMatchObject({
        status: 'SIGNED',
        signedOn: '2026-01-15',
        version: 1,
        parties: [
          { institution: { id: 'aztu' }, role: 'SIGNATORY_PARTY', signatory: { id: 'vilayat-valiyev' } },
          { institution: { id: 'ganja-aluminium-complex' }, role: 'SIGNATORY_PARTY', signatory: null },
        ],
        areas: ['metallurgy'],
        commitments: [{ kind: 'INTERNSHIPS', description: 'Internships for bachelor students.' }],
      });
      expect(data!.agreement.sources).toEqual([
        {
          title: 'Partner office spreadsheet 2026',
          publisher: 'AzTU international office',
          url: 'https://aztu.edu.az/partners-2026',
          publishedOn: '2026-02',
          language: 'en',
          quote: 'Row 3 of the partner list',
          importedFrom: {
            file: 'partners-2026.csv',
            row: 3,
            importedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/),
          },
        },
      ]);
      const entries = await audit(result.rows[1].id!);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'IMPORT_CREATE', actor: 'editor-import', before: null });
      expect(JSON.parse(entries[0].after!)).toMatchObject({
        id: 'imported-memorandum-two',
        version: 1,
        status: 'SIGNED',
        sources: [{ quote: 'Row 3 of the partner list' }],
      });
    });

    it('finds the same rows again, by id and by natural key, and writes nothing', async () => {
      const before = await countRows(fx.dataSource);
      // The natural key folds case and diacritics: a re-typed title still matches.
      const retyped = { ...agreementRow(1), title: agreementRow(1).title.toUpperCase() };
      const result = await run(importAgreements, [{ ...retyped, title: agreementRow(1).title }, rows[1]]);
      expect(result).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 2, rejected: 0 });
      expect(result.rows.map((r) => [r.outcome, r.matchedBy])).toEqual([
        ['UNCHANGED', 'NATURAL_KEY'],
        ['UNCHANGED', 'ID'],
      ]);
      expect(await countRows(fx.dataSource)).toEqual(before);
    });

    it('updates a changed row, replaces the lists it gives, keeps what it leaves out, and audits before and after', async () => {
      const changed = agreementRow(2, {
        id: 'imported-memorandum-two',
        status: 'ACTIVE',
        validUntil: null,
        description: 'Joint laboratory.',
        parties: [{ institutionId: 'aztu', role: 'PARTY' }],
        areas: null,
      });
      const result = await run(importAgreements, [changed]);
      expect(result).toMatchObject({ written: true, updated: 1, created: 0, unchanged: 0 });
      expect(result.rows[0]).toMatchObject({ id: 'imported-memorandum-two', outcome: 'UPDATED', matchedBy: 'ID' });
      const { data } = await fx.query(
        `{ agreement(id: "imported-memorandum-two") { status description validUntil areas version parties { institution { id } role } } }`,
      );
      expect(data!.agreement).toEqual({
        status: 'ACTIVE',
        description: 'Joint laboratory.',
        validUntil: '2028',
        areas: ['metallurgy'],
        version: 2,
        parties: [{ institution: { id: 'aztu' }, role: 'PARTY' }],
      });
      const [latest] = await audit('imported-memorandum-two');
      expect(latest.action).toBe('IMPORT_UPDATE');
      expect(JSON.parse(latest.before!)).toMatchObject({
        version: 1,
        status: 'SIGNED',
        description: null,
        parties: [{ institutionId: 'aztu' }, { institutionId: 'ganja-aluminium-complex' }],
      });
      expect(JSON.parse(latest.after!)).toMatchObject({
        version: 2,
        status: 'ACTIVE',
        description: 'Joint laboratory.',
        parties: [{ institutionId: 'aztu', role: 'PARTY' }],
      });
      // The same changed row again: nothing new.
      expect(await run(importAgreements, [changed])).toMatchObject({ unchanged: 1, written: false });
    });

    it('adds the citation of a source document the record does not cite yet (UPDATED)', async () => {
      const other = agreementRow(1, {
        source: source(9, { title: 'Ministry press release', url: null, file: 'ministry.json' }),
      });
      const result = await run(importAgreements, [other]);
      expect(result.rows[0]).toMatchObject({ outcome: 'UPDATED', matchedBy: 'NATURAL_KEY' });
      const { data } = await fx.query(
        `query($id: ID!) { agreement(id: $id) { sources { title importedFrom { file row } } } }`,
        { id: result.rows[0].id },
      );
      expect(data!.agreement.sources.map((s: { title: string }) => s.title).sort()).toEqual([
        'Ministry press release',
        'Partner office spreadsheet 2026',
      ]);
      expect(await run(importAgreements, [other])).toMatchObject({ unchanged: 1 });
    });

    it('says in a dry run what would happen and writes nothing', async () => {
      const before = await countRows(fx.dataSource);
      const result = await run(importAgreements, [agreementRow(3), agreementRow(1, { description: 'Changed.' })], true);
      expect(result).toMatchObject({ dryRun: true, written: false, created: 1, updated: 1, unchanged: 0, rejected: 0 });
      expect(await countRows(fx.dataSource)).toEqual(before);
      // The dry run names the id the real run gives.
      const real = await run(importAgreements, [agreementRow(3)]);
      expect(real.rows[0].id).toBe(result.rows[0].id);
    });

    it('rejects the batch naming row, field and reason, and writes nothing', async () => {
      const before = await countRows(fx.dataSource);
      const result = await run(importAgreements, [
        agreementRow(10),
        agreementRow(11, {
          parties: [{ institutionId: 'aztu' }, { institutionId: 'no-such-university', signatoryId: 'nobody-known' }],
        }),
        agreementRow(12, { validFrom: '2027', validUntil: '2026-05' }),
        agreementRow(13, { parties: [{ institutionId: 'aztu', role: 'co-signer' }] }),
        agreementRow(14, { source: source(15, { title: '  ' }) }),
        agreementRow(10, { source: source(16) }),
        agreementRow(17, { id: 'imported-memorandum-two', status: 'ANNOUNCED' }),
      ]);
      expect(result).toMatchObject({ written: false, created: 1, rejected: 6 });
      const problems = Object.fromEntries(result.rows.map((r) => [r.row, r.problems]));
      expect(result.rows[0].outcome).toBe('CREATED');
      expect(problems[12]).toEqual([
        { field: 'parties[1].institutionId', reason: 'unknown institution: no-such-university' },
        { field: 'parties[1].signatoryId', reason: 'unknown person: nobody-known' },
      ]);
      expect(problems[13]).toEqual([{ field: 'validUntil', reason: 'must not be before validFrom (2027)' }]);
      expect(problems[14]).toEqual([{ field: 'parties[0].role', reason: expect.stringMatching(/upper-case code/) }]);
      expect(problems[15]).toEqual([{ field: 'source.title', reason: 'missing' }]);
      expect(problems[16]).toEqual([{ field: 'id', reason: expect.stringMatching(/same record .* as row 11/) }]);
      expect(problems[18]).toEqual([
        { field: 'status', reason: expect.stringMatching(/ACTIVE and cannot move back to ANNOUNCED/) },
      ]);
      expect(await countRows(fx.dataSource)).toEqual(before);
    });

    it('names every problem of a row, not just the first', async () => {
      const result = await run(importAgreements, [
        agreementRow(30, {
          id: 'Not An Id',
          description: 'x'.repeat(2001),
          validFrom: '2027',
          validUntil: '2026',
          parties: [{ institutionId: 'aztu', role: 'party' }],
          source: source(31, { language: 'English', url: 'ftp://example.org/x' }),
        }),
      ]);
      expect(result).toMatchObject({ rejected: 1, written: false });
      expect(result.rows[0].problems.map((p) => p.field).sort()).toEqual(
        ['description', 'id', 'parties[0].role', 'source.language', 'source.url', 'validUntil'].sort(),
      );
      expect(result.rows[0].id).toBeNull();
    });

    it('refuses callers without the role before reading anything, and an empty batch', async () => {
      const viewer = callerWith('viewer-1', 'viewer');
      const before = await countRows(fx.dataSource);
      for (const [caller, code] of [
        [viewer, 'FORBIDDEN'],
        [callerWith('talent-1', 'editor:talent'), 'FORBIDDEN'],
        [{ id: null, roles: [], institutionId: null }, 'UNAUTHENTICATED'],
      ] as const) {
        for (const query of [importAgreements, importEvents]) {
          const row = query === importAgreements ? agreementRow(40) : eventRow(40);
          const { data, errors } = await fx.query(query, { rows: [row], dryRun: true }, caller);
          expect(data ?? null).toBeNull();
          expect(errors?.[0].extensions?.code).toBe(code);
        }
      }
      expect(await countRows(fx.dataSource)).toEqual(before);
      const { errors } = await fx.query(importAgreements, { rows: [] });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'rows' });
      // An admin may import.
      expect(await run(importAgreements, [agreementRow(1)], true, admin)).toMatchObject({ unchanged: 1 });
    });

    it('reads and writes a batch with a number of statements that does not grow with its size', async () => {
      const statements = async (rowsOf: unknown[], dryRun = false) => {
        fx.sql.reset();
        const result = await run(importAgreements, rowsOf, dryRun);
        expect(result.rejected).toBe(0);
        return fx.sql.count;
      };
      const batch = (from: number, size: number) => Array.from({ length: size }, (_, i) => agreementRow(from + i));
      const small = await statements(batch(100, 3));
      const large = await statements(batch(200, 40));
      expect(large).toBe(small);
      expect(await statements(batch(200, 40))).toBe(await statements(batch(100, 3)));
      expect(await statements(batch(300, 40), true)).toBe(await statements(batch(400, 3), true));
    });
  });

  it('checks the references of a whole batch with one request to the institutions subgraph', async () => {
    const real = createReferenceChecker(institutions.url);
    const calls: number[] = [];
    const counting = Object.assign(Object.create(EntityReferenceChecker.prototype) as EntityReferenceChecker, {
      assertExist: (references: readonly EntityReference[]) => {
        calls.push(references.length);
        return real.assertExist(references);
      },
    });
    const agreements = Array.from({ length: 30 }, (_, i) => agreementRow(500 + i)) as unknown as AgreementImportRow[];
    const pipeline = new WritePipeline(fx.dataSource, writePolicy, new IdempotencyKeys());
    const result = await new AgreementImport(fx.dataSource, counting, pipeline).run(editor, {
      rows: agreements,
      dryRun: true,
    });
    expect(result).toMatchObject({ created: 30, rejected: 0 });
    const events = Array.from({ length: 30 }, (_, i) => eventRow(500 + i)) as unknown as EventImportRow[];
    expect(
      await new EventImport(fx.dataSource, counting, pipeline).run(editor, { rows: events, dryRun: true }),
    ).toMatchObject({ created: 30, rejected: 0 });
    // 30 rows × (2 institutions + 1 signatory) and 30 × (2 institutions + 1 speaker + their institution), each in one call.
    expect(calls).toEqual([90, 120]);
  });

  describe('importEvents', () => {
    it('creates, then finds unchanged, then updates with an audit entry', async () => {
      const before = await countRows(fx.dataSource);
      const created = await run(importEvents, [
        eventRow(1),
        eventRow(2, { id: 'imported-workshop-two', online: null }),
      ]);
      expect(created).toMatchObject({ written: true, created: 2, rejected: 0 });
      const middle = await countRows(fx.dataSource);
      expect(middle.events - before.events).toBe(2);
      expect(middle.event_speakers - before.event_speakers).toBe(2);
      expect(middle.event_participants - before.event_participants).toBe(4);
      expect(middle.audit_log - before.audit_log).toBe(2);

      // online: null keeps the stored value (unknown).
      const again = await run(importEvents, [eventRow(1), eventRow(2, { id: 'imported-workshop-two', online: null })]);
      expect(again.rows.map((r) => [r.outcome, r.matchedBy])).toEqual([
        ['UNCHANGED', 'NATURAL_KEY'],
        ['UNCHANGED', 'ID'],
      ]);
      expect(await countRows(fx.dataSource)).toEqual(middle);

      const updated = await run(importEvents, [
        eventRow(2, {
          id: 'imported-workshop-two',
          partnerIds: ['tau'],
          speakers: null,
          decisions: ['A joint office.'],
        }),
      ]);
      expect(updated).toMatchObject({ updated: 1, written: true });
      const { data } = await fx.query(
        `{ event(id: "imported-workshop-two") { version online partners { id } organizers { id } speakers { person { id } } decisions
          sources { importedFrom { file row } } } }`,
      );
      expect(data!.event).toEqual({
        version: 2,
        online: false,
        partners: [{ id: 'tau' }],
        organizers: [{ id: 'aztu' }],
        speakers: [{ person: { id: 'yadullah-babayev' } }],
        decisions: ['A joint office.'],
        sources: [{ importedFrom: { file: 'events-2026.csv', row: 3 } }],
      });
      const [latest] = await audit('imported-workshop-two');
      expect(latest.action).toBe('IMPORT_UPDATE');
      expect(JSON.parse(latest.before!)).toMatchObject({ version: 1, partnerIds: ['smeda'], decisions: [] });
      expect(JSON.parse(latest.after!)).toMatchObject({
        version: 2,
        partnerIds: ['tau'],
        decisions: ['A joint office.'],
      });
    });

    it('rejects unknown people and institutions and bad date order, writing nothing', async () => {
      const before = await countRows(fx.dataSource);
      const result = await run(importEvents, [
        eventRow(20, { speakers: [{ personId: 'nobody-known' }] }),
        eventRow(21, { startsOn: '2026-05', endsOn: '2026-04-30' }),
        eventRow(22, { organizerIds: ['no-such-university'] }),
      ]);
      expect(result).toMatchObject({ rejected: 3, written: false });
      expect(result.rows.map((r) => r.problems)).toEqual([
        [{ field: 'speakers[0].personId', reason: 'unknown person: nobody-known' }],
        [{ field: 'endsOn', reason: 'must not be before startsOn (2026-05)' }],
        [{ field: 'organizerIds[0]', reason: 'unknown institution: no-such-university' }],
      ]);
      expect(await countRows(fx.dataSource)).toEqual(before);
    });
  });
});
