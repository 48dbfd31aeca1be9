import type { DataSource } from 'typeorm';
import {
  anonymousCaller,
  AuditEntry,
  Citation,
  jsonValue,
  SourceDocument,
  type Caller,
} from '@partnership-graph/shared';
import { testDatabases, type OperationResult } from '@partnership-graph/shared/testing';
import { entities } from '../entities';
import { admin, editor, openFixture, registrarOf, viewer, type TalentFixture } from './fixture';
import { startOwners, type Owners } from './owners';
import { insertInternships, insertStudent } from './syntheticRecords';

/**
 * The import mutations of programmes (docs/import/MUTATIONS.md) against the real
 * institutions and agreements subgraphs, which answer the reference checks.
 */
const RESULT = `dryRun written created updated unchanged rejected rows { row id outcome matchedBy problems { field reason } }`;
const IMPORT = {
  internship: `mutation($rows: [InternshipProgramImportInput!]!, $dryRun: Boolean) { importInternshipPrograms(rows: $rows, dryRun: $dryRun) { ${RESULT} } }`,
  thesis: `mutation($rows: [ThesisProgramImportInput!]!, $dryRun: Boolean) { importThesisPrograms(rows: $rows, dryRun: $dryRun) { ${RESULT} } }`,
  training: `mutation($rows: [TrainingProgramImportInput!]!, $dryRun: Boolean) { importTrainingPrograms(rows: $rows, dryRun: $dryRun) { ${RESULT} } }`,
} as const;
type Kind = keyof typeof IMPORT;
const field: Record<Kind, string> = {
  internship: 'importInternshipPrograms',
  thesis: 'importThesisPrograms',
  training: 'importTrainingPrograms',
};
const entityType: Record<Kind, string> = {
  internship: 'InternshipProgram',
  thesis: 'ThesisProgram',
  training: 'TrainingProgram',
};

const INTERNSHIP_PROGRAM = `query($id: ID!) {
  internshipProgram(id: $id) {
    id title description seats levels areas startsOn endsOn status host { id } universities { id } agreement { id } version
    sources { id title publisher url publishedOn language quote importedFrom { file row importedAt } }
  }
}`;

let sequence = 0;
/** A title no other test uses (natural keys must not collide between tests). */
const uniqueTitle = (text: string) => `${text} ${++sequence}`;

function source(row: number, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Partner office programme list 2025',
    publisher: 'AzTU international office',
    url: 'https://aztu.edu.az/programmes-2025',
    publishedOn: '2025-06',
    language: 'en',
    quote: 'Summer internships at the Ganja aluminium complex for bachelor and master students.',
    file: 'programmes.csv',
    row,
    ...overrides,
  };
}

/** A valid row of each kind. */
function validRow(kind: Kind, row: number, fields: Record<string, unknown> = {}) {
  const base: Record<Kind, Record<string, unknown>> = {
    internship: {
      title: uniqueTitle('Imported internships in the casting shop'),
      hostId: 'ganja-aluminium-complex',
      universityIds: ['aztu'],
      levels: ['BACHELOR', 'MASTER'],
      areas: ['metallurgy'],
      seats: 12,
      startsOn: '2026-06',
      endsOn: '2026-08',
      status: 'OPEN',
      agreementId: 'aztu-aic-cooperation',
    },
    thesis: {
      title: uniqueTitle('Imported industry theses'),
      universityId: 'aztu',
      industryPartnerId: 'ganja-aluminium-complex',
      levels: ['MASTER'],
      startsOn: '2026',
      agreementId: 'aztu-aic-cooperation',
    },
    training: {
      title: uniqueTitle('Imported vocational course'),
      kind: 'VOCATIONAL',
      providerIds: ['aztu', 'ganja-aluminium-complex'],
      audience: 'Technicians of the complex',
      seats: 20,
      startsOn: '2026-09-01',
    },
  };
  return { ...base[kind], ...fields, source: source(row) };
}

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of [...entities, Citation, SourceDocument])
    counts[entity.name] = await dataSource.getRepository(entity).count();
  return counts;
}

let owners: Owners;
beforeAll(async () => {
  owners = await startOwners();
}, 120_000);
afterAll(() => owners?.stop());

describe.each(testDatabases())('talent imports on $label', (database) => {
  let fx: TalentFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { owners });
  });
  afterAll(() => fx.close());

  async function importRows(kind: Kind, rows: unknown[], options: { dryRun?: boolean; caller?: Caller } = {}) {
    const result = await fx.query(IMPORT[kind], { rows, dryRun: options.dryRun ?? false }, options.caller ?? editor);
    expect(result.errors).toBeUndefined();
    return result.data?.[field[kind]];
  }

  const auditEntries = (entityId?: string) =>
    fx.dataSource.getRepository(AuditEntry).find({ where: entityId ? { entityId } : {}, order: { id: 'ASC' } });

  describe.each(['internship', 'thesis', 'training'] as const)('%s programmes', (kind) => {
    it('creates the rows, then the same rows again are all UNCHANGED and write nothing', async () => {
      const id = `imported-${kind}-${++sequence}`;
      const rows = [validRow(kind, 2, { id }), validRow(kind, 3), validRow(kind, 4, { startsOn: null })];
      const auditBefore = (await auditEntries()).length;
      const first = await importRows(kind, rows);
      expect(first).toMatchObject({ dryRun: false, written: true, created: 3, updated: 0, unchanged: 0, rejected: 0 });
      expect(first.rows.map((r: { row: number }) => r.row)).toEqual([2, 3, 4]);
      expect(first.rows[0]).toEqual({ row: 2, id, outcome: 'CREATED', matchedBy: null, problems: [] });
      const ids = first.rows.map((r: { id: string }) => r.id);
      const audit = (await auditEntries()).slice(auditBefore);
      expect(audit).toHaveLength(3);
      expect(audit.map((e) => [e.entityType, e.entityId, e.action, e.actor, e.before])).toEqual(
        ids.map((id: string) => [entityType[kind], id, 'IMPORT_CREATE', editor.id, null]),
      );
      expect(jsonValue(audit[0].after)).toMatchObject({ id: ids[0], version: 1 });

      const counts = await rowCounts(fx.dataSource);
      const again = await importRows(kind, rows);
      expect(again).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 3, rejected: 0 });
      expect(again.rows.map((r: { id: string; matchedBy: string }) => [r.id, r.matchedBy])).toEqual([
        [ids[0], 'ID'],
        [ids[1], 'NATURAL_KEY'],
        [ids[2], 'NATURAL_KEY'],
      ]);
      expect(await rowCounts(fx.dataSource)).toEqual(counts);
    });
  });

  it('matches by the natural key folding case and diacritics; a changed row is UPDATED with an audit entry', async () => {
    const title = uniqueTitle('Azərişıq şəbəkə internships');
    const [created] = (
      await importRows('internship', [validRow('internship', 7, { title, description: 'From the partner office' })])
    ).rows;
    const programBefore = (await fx.query(INTERNSHIP_PROGRAM, { id: created.id })).data?.internshipProgram;

    // The same title as a spreadsheet might spell it: upper case, transliterated.
    const variant = title.toUpperCase().replace(/Ə/g, 'E').replace(/Ş/g, 'SH');
    expect(variant).toMatch(/^AZERISHIQ SHEBEKE INTERNSHIPS/);
    const changed = await importRows('internship', [
      {
        title: variant,
        levels: ['MASTER'],
        universityIds: ['bsu', 'aztu'],
        seats: 30,
        startsOn: '2026-06',
        source: source(7),
      },
    ]);
    expect(changed).toMatchObject({ written: true, updated: 1, created: 0, unchanged: 0 });
    expect(changed.rows[0]).toMatchObject({ id: created.id, outcome: 'UPDATED', matchedBy: 'NATURAL_KEY' });

    const program = (await fx.query(INTERNSHIP_PROGRAM, { id: created.id })).data?.internshipProgram;
    expect(program).toMatchObject({
      title: variant,
      seats: 30,
      levels: ['MASTER'],
      universities: [{ id: 'aztu' }, { id: 'bsu' }],
      // Left out: kept as stored.
      description: 'From the partner office',
      host: { id: 'ganja-aluminium-complex' },
      endsOn: '2026-08',
      status: 'OPEN',
      version: programBefore.version + 1,
    });
    const [entry] = (await auditEntries(created.id)).slice(-1);
    expect(entry).toMatchObject({ action: 'IMPORT_UPDATE', actor: editor.id, entityType: 'InternshipProgram' });
    expect(jsonValue(entry.before)).toMatchObject({
      seats: 12,
      levels: ['BACHELOR', 'MASTER'],
      universityIds: ['aztu'],
      version: 1,
    });
    expect(jsonValue(entry.after)).toMatchObject({
      seats: 30,
      levels: ['MASTER'],
      universityIds: ['aztu', 'bsu'],
      version: 2,
    });

    // The same change again: nothing new.
    const auditCount = (await auditEntries()).length;
    const again = await importRows('internship', [
      { id: created.id, title: variant, levels: ['MASTER'], universityIds: ['aztu', 'bsu'], source: source(7) },
    ]);
    expect(again).toMatchObject({ written: false, unchanged: 1 });
    expect((await auditEntries()).length).toBe(auditCount);
  });

  it('a row whose document the record does not cite yet is UPDATED and adds the citation', async () => {
    const row = validRow('training', 3);
    const [created] = (await importRows('training', [row])).rows;
    const other = {
      ...row,
      source: source(9, {
        title: 'Ganja aluminium complex annual report',
        url: null,
        publisher: null,
        file: 'report.json',
      }),
    };
    const result = await importRows('training', [other]);
    expect(result).toMatchObject({ written: true, updated: 1 });
    expect(result.rows[0]).toMatchObject({ id: created.id, outcome: 'UPDATED', matchedBy: 'NATURAL_KEY' });
    const citations = await fx.dataSource
      .getRepository(Citation)
      .findBy({ recordKey: `training-program:${created.id}` });
    expect(citations.map((c) => [c.importFile, c.importRow]).sort()).toEqual([
      ['programmes.csv', 3],
      ['report.json', 9],
    ]);
    expect((await auditEntries(created.id)).map((e) => e.action)).toEqual(['IMPORT_CREATE', 'IMPORT_UPDATE']);
    expect((await importRows('training', [other])).unchanged).toBe(1);
  });

  it('an update is checked as a whole: seats not below those taken, dates in order with the stored ones', async () => {
    const [created] = (
      await importRows('internship', [validRow('internship', 2, { id: `imported-seats-${++sequence}`, seats: 5 })])
    ).rows;
    await insertStudent(fx.dataSource, { id: `${created.id}-a`, universityId: 'aztu' });
    await insertStudent(fx.dataSource, { id: `${created.id}-b`, universityId: 'aztu' });
    await insertInternships(fx.dataSource, created.id, [
      { studentId: `${created.id}-a`, status: 'ACTIVE' },
      { studentId: `${created.id}-b`, status: 'PLANNED' },
    ]);
    const counts = await rowCounts(fx.dataSource);
    const result = await importRows('internship', [
      { id: created.id, title: 'Renamed', levels: ['BACHELOR'], seats: 1, endsOn: '2026-01', source: source(2) },
    ]);
    expect(result).toMatchObject({ written: false, rejected: 1 });
    expect(result.rows[0].problems).toEqual([
      { field: 'endsOn', reason: 'must not be before startsOn (2026-06)' },
      { field: 'seats', reason: '2 seats are already taken; seats cannot be fewer' },
    ]);
    expect(await rowCounts(fx.dataSource)).toEqual(counts);
  });

  it('a dry run says what would happen and writes nothing', async () => {
    const counts = await rowCounts(fx.dataSource);
    const result = await importRows('internship', [validRow('internship', 2), validRow('internship', 3)], {
      dryRun: true,
    });
    expect(result).toMatchObject({ dryRun: true, written: false, created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(result.rows.every((r: { id: string }) => typeof r.id === 'string')).toBe(true);
    expect(await rowCounts(fx.dataSource)).toEqual(counts);
  });

  it('bad rows reject the whole batch, each named with row, field and reason, and nothing is written', async () => {
    const counts = await rowCounts(fx.dataSource);
    const result = await importRows('internship', [
      validRow('internship', 2),
      validRow('internship', 3, { agreementId: 'no-such-agreement' }),
      validRow('internship', 4, { universityIds: ['aztu', 'no-such-university'] }),
      validRow('internship', 5, { startsOn: '2026-09', endsOn: '2026-03' }),
      validRow('internship', 6, { levels: [] }),
      { ...validRow('internship', 7), source: { ...source(7), title: ' ', file: '', language: 'Azerbaijani' } },
      validRow('internship', 8, { id: 'imported-twice' }),
      validRow('internship', 9, { id: 'imported-twice' }),
    ]);
    expect(result).toMatchObject({ written: false, created: 2, rejected: 6 });
    const problems = Object.fromEntries(
      result.rows.map((r: { row: number; problems: unknown[] }) => [r.row, r.problems]),
    );
    expect(problems[2]).toEqual([]);
    expect(problems[3]).toEqual([{ field: 'agreementId', reason: 'unknown agreement: no-such-agreement' }]);
    expect(problems[4]).toEqual([{ field: 'universityIds[1]', reason: 'unknown institution: no-such-university' }]);
    expect(problems[5]).toEqual([{ field: 'endsOn', reason: 'must not be before startsOn (2026-09)' }]);
    expect(problems[6]).toEqual([{ field: 'levels', reason: 'must name at least one level' }]);
    expect(problems[7]).toEqual([
      { field: 'source.title', reason: 'missing' },
      { field: 'source.file', reason: 'missing' },
      { field: 'source.language', reason: expect.stringContaining('not an ISO 639-1 code') },
    ]);
    expect(problems[8]).toEqual([]);
    expect(problems[9]).toEqual([
      { field: 'id', reason: 'the same record (imported-twice) as row 8; each record once per file' },
    ]);
    expect(result.rows[7].outcome).toBe('REJECTED');
    expect(await rowCounts(fx.dataSource)).toEqual(counts);

    // Rules of the other kinds: a thesis's partner is not its university; a course has providers.
    const thesis = await importRows('thesis', [validRow('thesis', 2, { industryPartnerId: 'aztu' })]);
    expect(thesis.rows[0].problems).toEqual([
      { field: 'industryPartnerId', reason: 'must not be the university itself' },
    ]);
    const training = await importRows('training', [validRow('training', 2, { providerIds: [] })]);
    expect(training.rows[0].problems).toEqual([{ field: 'providerIds', reason: 'must name at least 1' }]);
    expect(await rowCounts(fx.dataSource)).toEqual(counts);
  });

  it('a row without a source, or a batch of no rows, is refused as BAD_USER_INPUT and nothing is written', async () => {
    const counts = await rowCounts(fx.dataSource);
    const { source: _source, ...noSource } = validRow('internship', 2);
    const missing = await fx.query(IMPORT.internship, { rows: [noSource] }, editor);
    expect(missing.errors?.[0].message).toMatch(/source/);
    expect(missing.data ?? null).toBeNull();
    const empty = await fx.query(IMPORT.internship, { rows: [] }, editor);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'rows' });
    expect(await rowCounts(fx.dataSource)).toEqual(counts);
  });

  it('an imported programme shows its source with the file, row and import time', async () => {
    const row = validRow('internship', 42);
    const before = new Date().toISOString();
    const [created] = (await importRows('internship', [row], { caller: admin })).rows;
    const program = (await fx.query(INTERNSHIP_PROGRAM, { id: created.id })).data?.internshipProgram;
    expect(program.sources).toHaveLength(1);
    expect(program.sources[0]).toMatchObject({
      title: 'Partner office programme list 2025',
      publisher: 'AzTU international office',
      url: 'https://aztu.edu.az/programmes-2025',
      publishedOn: '2025-06',
      language: 'en',
      quote: row.source.quote,
      importedFrom: { file: 'programmes.csv', row: 42, importedAt: expect.any(String) },
    });
    expect(program.sources[0].importedFrom.importedAt >= before).toBe(true);
    // A seeded programme has no import provenance.
    const seeded = await fx.query(INTERNSHIP_PROGRAM, { id: 'aztu-ganja-aluminium-complex-internships' });
    expect(seeded.data?.internshipProgram.sources.length).toBeGreaterThan(0);
    expect(seeded.data?.internshipProgram.sources.map((s: { importedFrom: unknown }) => s.importedFrom)).toEqual(
      seeded.data?.internshipProgram.sources.map(() => null),
    );
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED', anonymousCaller],
    ['a viewer', 'FORBIDDEN', viewer],
    ['a registrar', 'FORBIDDEN', registrarOf('aztu')],
    [
      'an editor of another subgraph',
      'FORBIDDEN',
      { id: 'agreements-editor', roles: ['editor:agreements'], institutionId: null },
    ],
  ] as const)('%s gets %s before anything is read, dry runs too', async (_who, code, caller) => {
    const counts = await rowCounts(fx.dataSource);
    for (const kind of ['internship', 'thesis', 'training'] as const) {
      for (const dryRun of [false, true]) {
        fx.sql.reset();
        const result: OperationResult = await fx.query(
          IMPORT[kind],
          { rows: [validRow(kind, 2)], dryRun },
          caller as Caller,
        );
        expect(result.errors?.[0].extensions?.code).toBe(code);
        expect(result.data ?? null).toBeNull();
        expect(fx.sql.count).toBe(0);
      }
    }
    expect(await rowCounts(fx.dataSource)).toEqual(counts);
  });

  describe('SQL statements per batch do not grow with its size', () => {
    async function statements(kind: Kind, rows: unknown[], expected: Record<string, number>): Promise<number> {
      fx.sql.reset();
      const result = await importRows(kind, rows);
      expect(result).toMatchObject(expected);
      return fx.sql.count;
    }

    it.each(['internship', 'thesis', 'training'] as const)(
      '%s programmes: creating, re-importing and updating 5 rows or 60',
      async (kind) => {
        const batch = (n: number) => Array.from({ length: n }, (_, i) => validRow(kind, i + 1));
        const five = batch(5);
        const sixty = batch(60);
        const counts = {
          create: [await statements(kind, five, { created: 5 }), await statements(kind, sixty, { created: 60 })],
          unchanged: [await statements(kind, five, { unchanged: 5 }), await statements(kind, sixty, { unchanged: 60 })],
          update: [
            await statements(
              kind,
              five.map((r) => ({ ...r, description: 'Changed' })),
              { updated: 5 },
            ),
            await statements(
              kind,
              sixty.map((r) => ({ ...r, description: 'Changed' })),
              { updated: 60 },
            ),
          ],
        };
        console.log(`talent ${kind} imports, statements for 5 rows and 60: ${JSON.stringify(counts)}`);
        expect(counts.create[1]).toBe(counts.create[0]);
        expect(counts.unchanged[1]).toBe(counts.unchanged[0]);
        expect(counts.update[1]).toBe(counts.update[0]);
      },
    );
  });
});
