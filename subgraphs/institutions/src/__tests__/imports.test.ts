import { testDatabases } from '@partnership-graph/shared/testing';
import { callerWith, countRows, openFixture, type InstitutionsFixture } from './fixture';

/**
 * The import mutations (docs/import/MUTATIONS.md): idempotent upserts matched by id,
 * ROR id or folded natural key, all or nothing per call, provenance on every record,
 * an audit entry per change, and the editor role.
 */
const editor = callerWith('importer-1', 'editor:institutions');
const admin = callerWith('admin-1', 'admin');

const RESULT =
  'dryRun written created updated unchanged rejected rows { row id outcome matchedBy problems { field reason } }';
const IMPORT_INSTITUTIONS = `mutation($rows: [InstitutionImportInput!]!, $dryRun: Boolean) { importInstitutions(rows: $rows, dryRun: $dryRun) { ${RESULT} } }`;
const IMPORT_PEOPLE = `mutation($rows: [PersonImportInput!]!, $dryRun: Boolean) { importPeople(rows: $rows, dryRun: $dryRun) { ${RESULT} } }`;
const IMPORT_POSITIONS = `mutation($rows: [PositionImportInput!]!, $dryRun: Boolean) { importPositions(rows: $rows, dryRun: $dryRun) { ${RESULT} } }`;
const IMPORT_MEMBERSHIPS = `mutation($rows: [MembershipImportInput!]!, $dryRun: Boolean) { importMemberships(rows: $rows, dryRun: $dryRun) { ${RESULT} } }`;
const AUDIT_LOG = `query($id: ID!) { institutionAuditLog(entityId: $id) { totalCount nodes { entityType entityId action actor before after } } }`;

interface RowResult {
  row: number;
  id: string | null;
  outcome: string;
  matchedBy: string | null;
  problems: Array<{ field: string; reason: string }>;
}

function source(row: number, file = 'partners.csv') {
  return {
    title: 'Partner institutions 2025',
    publisher: 'International office',
    url: 'https://example.org/partners-2025',
    publishedOn: '2025-06',
    language: 'en',
    quote: null,
    file,
    row,
  };
}

function institution(row: number, fields: Record<string, unknown>) {
  return { kind: 'UNIVERSITY', country: 'DE', source: source(row), ...fields };
}

describe.each(testDatabases())('institutions imports on $label', (database) => {
  let fx: InstitutionsFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { caller: editor });
  });
  afterAll(() => fx.close());

  async function run(mutation: string, rows: unknown[], dryRun = false) {
    const { data, errors } = await fx.query(mutation, { rows, dryRun });
    expect(errors).toBeUndefined();
    return Object.values(data ?? {})[0] as {
      dryRun: boolean;
      written: boolean;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
      rows: RowResult[];
    };
  }

  it('creates institutions, and the same rows again are all UNCHANGED and write nothing', async () => {
    const rows = [
      institution(2, {
        name: 'Hochschule Import Eins',
        city: 'Kiel',
        acronym: 'HIE',
        aliases: ['HS Import 1'],
        names: [{ language: 'de', value: 'Hochschule Import Eins' }],
        nameLanguage: 'de',
      }),
      institution(3, { name: 'Import Two University', rorId: '0imp02x42', foundedOn: '1950' }),
    ];
    const first = await run(IMPORT_INSTITUTIONS, rows);
    expect(first).toMatchObject({ dryRun: false, written: true, created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.rows.map((r) => [r.row, r.outcome, r.matchedBy])).toEqual([
      [2, 'CREATED', null],
      [3, 'CREATED', null],
    ]);
    const [one, two] = first.rows.map((r) => r.id!);
    expect(one).toMatch(/^hochschule-import-eins-[a-z0-9]{6}$/);

    const stored = await fx.query(
      `query($id: ID!, $two: ID!) {
      institution(id: $id) { name names { language value } acronym aliases city country kind }
      two: institution(id: $two) { rorId foundedOn }
      institutions(filter: { search: "hs import" }) { nodes { id } }
    }`,
      { id: one, two },
    );
    expect(stored.data?.institution).toEqual({
      name: 'Hochschule Import Eins',
      names: [{ language: 'de', value: 'Hochschule Import Eins' }],
      acronym: 'HIE',
      aliases: ['HS Import 1'],
      city: 'Kiel',
      country: 'DE',
      kind: 'UNIVERSITY',
    });
    expect(stored.data?.two).toEqual({ rorId: 'https://ror.org/0imp02x42', foundedOn: '1950' });
    expect(stored.data?.institutions.nodes).toEqual([{ id: one }]);

    const before = await countRows(fx.dataSource);
    const again = await run(IMPORT_INSTITUTIONS, rows);
    expect(again).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(again.rows.map((r) => [r.id, r.outcome])).toEqual([
      [one, 'UNCHANGED'],
      [two, 'UNCHANGED'],
    ]);
    // The second row matched by its ROR id (no id given), the first by name and country.
    expect(again.rows.map((r) => r.matchedBy)).toEqual(['NATURAL_KEY', 'ROR_ID']);
    expect(await countRows(fx.dataSource)).toEqual(before);
  });

  it('updates a changed row and keeps the change in the audit log, with the record before and after', async () => {
    const created = await run(IMPORT_INSTITUTIONS, [
      institution(2, { name: 'Audited Import Institute', city: 'Bonn', kind: 'RESEARCH_INSTITUTE' }),
    ]);
    const id = created.rows[0].id!;
    const changed = await run(IMPORT_INSTITUTIONS, [
      institution(2, { id, name: 'Audited Import Institute', city: 'Köln', kind: 'RESEARCH_INSTITUTE' }),
    ]);
    expect(changed).toMatchObject({ written: true, updated: 1, created: 0 });
    expect(changed.rows[0]).toMatchObject({ id, outcome: 'UPDATED', matchedBy: 'ID' });

    const log = await fx.query(AUDIT_LOG, { id }, [], admin);
    expect(log.errors).toBeUndefined();
    const entries = log.data?.institutionAuditLog.nodes;
    expect(log.data?.institutionAuditLog.totalCount).toBe(2);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['IMPORT_UPDATE', 'IMPORT_CREATE']);
    expect(entries[0]).toMatchObject({ entityType: 'Institution', entityId: id, actor: 'importer-1' });
    expect(JSON.parse(entries[0].before)).toMatchObject({ id, city: 'Bonn' });
    expect(JSON.parse(entries[0].after)).toMatchObject({ id, city: 'Köln' });
    expect(JSON.parse(entries[0].after).sources).toHaveLength(1);
    expect(entries[1].before).toBeNull();

    // Left out (null) keeps the stored value: no change, no new entry.
    const same = await run(IMPORT_INSTITUTIONS, [
      institution(2, { id, name: 'Audited Import Institute', kind: 'RESEARCH_INSTITUTE', city: null }),
    ]);
    expect(same.rows[0].outcome).toBe('UNCHANGED');
    expect((await fx.query(AUDIT_LOG, { id }, [], admin)).data?.institutionAuditLog.totalCount).toBe(2);
  });

  it('a row citing a document the record does not cite yet adds the citation (UPDATED)', async () => {
    const created = await run(IMPORT_INSTITUTIONS, [institution(5, { name: 'Twice Cited College' })]);
    const id = created.rows[0].id!;
    const other = {
      ...institution(9, { id, name: 'Twice Cited College' }),
      source: { ...source(9, 'ror.json'), title: 'ROR record' },
    };
    const result = await run(IMPORT_INSTITUTIONS, [other]);
    expect(result.rows[0]).toMatchObject({ outcome: 'UPDATED', matchedBy: 'ID' });
    const { data } = await fx.query(`query($id: ID!) { institution(id: $id) { sources { title } } }`, { id });
    expect(data?.institution.sources.map((s: { title: string }) => s.title).sort()).toEqual([
      'Partner institutions 2025',
      'ROR record',
    ]);
  });

  it('a dry run says what would happen and writes nothing', async () => {
    const before = await countRows(fx.dataSource);
    const result = await run(IMPORT_INSTITUTIONS, [institution(2, { name: 'Dry Run Academy' })], true);
    expect(result).toMatchObject({ dryRun: true, written: false, created: 1, rejected: 0 });
    expect(result.rows[0].id).toMatch(/^dry-run-academy-/);
    expect(await countRows(fx.dataSource)).toEqual(before);
  });

  it.each([
    ['a founding date in the future', { foundedOn: '2999' }, 'foundedOn', /future/],
    ['an unknown parent', { parentId: 'no-such-institution' }, 'parentId', /unknown institution: no-such-institution/],
    ['a country that is not a code', { country: 'Germany' }, 'country', /ISO 3166-1/],
    ['a source without a title', { source: { ...source(3), title: '' } }, 'source.title', /missing/],
    ['a bad ROR id', { rorId: 'ror:12' }, 'rorId', /not a ROR id/],
    [
      'a name too long for its column once transliterated',
      { name: 'Ş'.repeat(200) },
      'name',
      /too long once transliterated/,
    ],
    ['a second row for the same record', { name: 'Good Row University' }, 'id', /the same record .* as row 2/],
  ])(
    'one bad row (%s) rejects the batch with row, field and reason, and nothing is written',
    async (_, fields, field, reason) => {
      const before = await countRows(fx.dataSource);
      const rows = [
        institution(2, { name: 'Good Row University' }),
        { ...institution(3, { name: 'Bad Row University' }), ...fields },
      ];
      const result = await run(IMPORT_INSTITUTIONS, rows);
      expect(result).toMatchObject({ written: false, rejected: 1, created: 1 });
      const bad = result.rows.find((r) => r.outcome === 'REJECTED')!;
      expect(bad.row).toBe(3);
      expect(bad.matchedBy).toBeNull();
      expect(bad.problems).toContainEqual({ field, reason: expect.stringMatching(reason) });
      expect(await countRows(fx.dataSource)).toEqual(before);
    },
  );

  it('matches by ROR id in either form, and by folded name and country (Azərişıq = AZERISHIQ)', async () => {
    const created = await run(IMPORT_INSTITUTIONS, [
      institution(2, { name: 'Ror Matched University', rorId: 'https://ror.org/0rormat01' }),
    ]);
    const id = created.rows[0].id!;
    const byRor = await run(
      IMPORT_INSTITUTIONS,
      [institution(2, { name: 'A Renamed University', rorId: '0RORMAT01' })],
      true,
    );
    expect(byRor.rows[0]).toMatchObject({ id, outcome: 'UPDATED', matchedBy: 'ROR_ID' });

    const folded = await run(
      IMPORT_INSTITUTIONS,
      [institution(4, { name: 'AZERISHIQ ASC', kind: 'COMPANY', country: 'AZ' })],
      true,
    );
    expect(folded.rows[0]).toMatchObject({ id: 'azerishiq', matchedBy: 'NATURAL_KEY' });
    // Another of the row's names (an alias) can match the stored default name.
    const alias = await run(
      IMPORT_INSTITUTIONS,
      [
        institution(4, {
          name: 'Azerishiq Distribution Co',
          aliases: ['Azərişıq ASC'],
          kind: 'COMPANY',
          country: 'az',
        }),
      ],
      true,
    );
    expect(alias.rows[0]).toMatchObject({ id: 'azerishiq', matchedBy: 'NATURAL_KEY' });
    // The same name in another country is another institution.
    const elsewhere = await run(
      IMPORT_INSTITUTIONS,
      [institution(4, { name: 'Azərişıq ASC', kind: 'COMPANY', country: 'TR' })],
      true,
    );
    expect(elsewhere.rows[0]).toMatchObject({ outcome: 'CREATED', matchedBy: null });
  });

  it('takes a parent given as a later row of the same call, writing the parent first', async () => {
    const result = await run(IMPORT_INSTITUTIONS, [
      institution(2, { name: 'Child Faculty Of Import', kind: 'BRANCH', parentRorId: '0parent11' }),
      institution(3, { name: 'Parent Import University', rorId: 'https://ror.org/0parent11' }),
    ]);
    expect(result).toMatchObject({ written: true, created: 2 });
    const [child, parent] = result.rows.map((r) => r.id);
    const { data } = await fx.query(`query($id: ID!) { institution(id: $id) { parent { id name units { id } } } }`, {
      id: child,
    });
    expect(data?.institution.parent).toEqual({ id: parent, name: 'Parent Import University', units: [{ id: child }] });
  });

  it('rejects a cycle of parents', async () => {
    const result = await run(IMPORT_INSTITUTIONS, [
      institution(2, { id: 'cycle-a', name: 'Cycle A', parentId: 'cycle-b' }),
      institution(3, { id: 'cycle-b', name: 'Cycle B', parentId: 'cycle-a' }),
    ]);
    expect(result.written).toBe(false);
    expect(result.rows[0].problems).toContainEqual({
      field: 'parentId',
      reason: 'a cycle of parents: cycle-a → cycle-b → cycle-a',
    });
  });

  it('shows where an imported institution came from on its sources', async () => {
    const result = await run(IMPORT_INSTITUTIONS, [institution(7, { name: 'Provenance Polytechnic' })]);
    const { data } = await fx.query(
      `query($id: ID!) { institution(id: $id) { sources { title publisher language importedFrom { file row importedAt } } } }`,
      {
        id: result.rows[0].id,
      },
    );
    expect(data?.institution.sources).toEqual([
      {
        title: 'Partner institutions 2025',
        publisher: 'International office',
        language: 'en',
        importedFrom: { file: 'partners.csv', row: 7, importedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
      },
    ]);
  });

  it('gives each imported value the file, row and column as its basis', async () => {
    const result = await run(IMPORT_INSTITUTIONS, [institution(9, { name: 'Column Polytechnic' })]);
    const { data } = await fx.query(
      `query($id: ID!) { institution(id: $id) {
        name citations { fields }
        provenance(field: "name") { basis citations { source { title } } importedFrom { file row column } }
      } }`,
      { id: result.rows[0].id },
    );
    expect(data?.institution.citations[0].fields).toContain('name');
    expect(data?.institution.provenance).toEqual([
      {
        basis: 'IMPORTED',
        citations: [{ source: { title: 'Partner institutions 2025' } }],
        importedFrom: { file: 'partners.csv', row: 9, column: 'name' },
      },
    ]);
  });

  it('imports people, positions and memberships, idempotently, checking the references', async () => {
    const people = await run(IMPORT_PEOPLE, [
      {
        name: 'Leyla Importova',
        names: [{ language: 'az', value: 'Leyla İmportova' }],
        source: source(2, 'people.csv'),
      },
    ]);
    expect(people).toMatchObject({ written: true, created: 1 });
    const personId = people.rows[0].id!;
    const samePerson = await run(IMPORT_PEOPLE, [{ name: 'LEYLA IMPORTOVA', source: source(2, 'people.csv') }], true);
    expect(samePerson.rows[0]).toMatchObject({ id: personId, matchedBy: 'NATURAL_KEY' });

    const position = {
      personId,
      institutionId: 'aztu',
      title: 'Vice-Rector for Imports',
      since: '2024-09',
      source: source(3, 'people.csv'),
    };
    const positions = await run(IMPORT_POSITIONS, [position]);
    expect(positions).toMatchObject({ written: true, created: 1 });
    expect((await run(IMPORT_POSITIONS, [position])).rows[0]).toMatchObject({
      outcome: 'UNCHANGED',
      matchedBy: 'NATURAL_KEY',
    });
    const { data } = await fx.query(
      `query($id: ID!) { person(id: $id) { positions { title since institution { id } } } }`,
      { id: personId },
    );
    expect(data?.person.positions).toEqual([
      { title: 'Vice-Rector for Imports', since: '2024-09', institution: { id: 'aztu' } },
    ]);

    const badPositions = await run(IMPORT_POSITIONS, [
      { ...position, personId: 'nobody-at-all' },
      { ...position, title: 'Dean', since: '2025', until: '2024' },
    ]);
    expect(badPositions.rows[0].problems).toEqual([{ field: 'personId', reason: 'unknown person: nobody-at-all' }]);
    expect(badPositions.rows[1].problems).toEqual([{ field: 'until', reason: 'before since (2025)' }]);

    const membership = {
      memberId: 'aztu',
      organizationId: 'strategic-alliance-heis',
      role: 'observer',
      note: 'imported',
      source: source(4, 'members.csv'),
    };
    const memberships = await run(IMPORT_MEMBERSHIPS, [membership]);
    expect(memberships).toMatchObject({ written: true, created: 1 });
    expect((await run(IMPORT_MEMBERSHIPS, [{ ...membership, role: 'OBSERVER' }])).rows[0]).toMatchObject({
      outcome: 'UNCHANGED',
      matchedBy: 'NATURAL_KEY',
    });
    const unknown = await run(IMPORT_MEMBERSHIPS, [{ ...membership, organizationId: 'no-such-alliance' }]);
    expect(unknown.rows[0].problems).toEqual([
      { field: 'organizationId', reason: 'unknown institution: no-such-alliance' },
    ]);
  });

  it('refuses callers without editor:institutions or admin before reading anything, and the audit log to non-admins', async () => {
    const before = await countRows(fx.dataSource);
    const rows = [institution(2, { name: 'Forbidden Import University' })];
    const viewer = await fx.query(
      IMPORT_INSTITUTIONS,
      { rows },
      [],
      callerWith('viewer-1', 'viewer', 'editor:agreements'),
    );
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await fx.query(IMPORT_INSTITUTIONS, { rows, dryRun: true }, [], {
      id: null,
      roles: [],
      institutionId: null,
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const auditLog = await fx.query(AUDIT_LOG, { id: 'aztu' }, [], editor);
    expect(auditLog.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(fx.dataSource)).toEqual(before);
    const asAdmin = await fx.query(IMPORT_INSTITUTIONS, { rows, dryRun: true }, [], admin);
    expect(asAdmin.errors).toBeUndefined();
  });

  it('refuses an empty batch and one over 1000 rows', async () => {
    const empty = await fx.query(IMPORT_INSTITUTIONS, { rows: [] });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'rows' });
    const rows = Array.from({ length: 1001 }, (_, i) => institution(i + 2, { name: `Too Many ${i}` }));
    const tooMany = await fx.query(IMPORT_INSTITUTIONS, { rows });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'rows' });
  });

  it('reads a batch of 1000 rows with a fixed number of statements and writes it in bulk', async () => {
    // 9-character ROR ids (0, six characters, two digits); every row a unit of the first.
    const rows = Array.from({ length: 1000 }, (_, i) =>
      institution(i + 2, {
        name: `Bulk Import University ${i}`,
        rorId: `0bk${String(i).padStart(4, '0')}00`,
        parentRorId: i > 0 ? '0bk000000' : null,
      }),
    );
    fx.sql.reset();
    const started = Date.now();
    const created = await run(IMPORT_INSTITUTIONS, rows);
    const elapsed = Date.now() - started;
    expect(created).toMatchObject({ written: true, created: 1000, rejected: 0 });
    // Reads: by id, by ROR id, by name, ancestry; writes: 2 institution inserts,
    // 1 document and 2 citation upserts, 2 audit inserts (500 rows each).
    expect(fx.sql.count).toBeLessThanOrEqual(14);
    fx.sql.reset();
    const again = await run(IMPORT_INSTITUTIONS, rows);
    expect(again).toMatchObject({ written: false, unchanged: 1000 });
    expect(fx.sql.count).toBeLessThanOrEqual(6);
    console.log(
      `[${database.label}] 1000 institution rows created in ${elapsed} ms (${Math.round(1000 / (elapsed / 1000))} rows/s)`,
    );
  });
});
