import { GraphQLError } from 'graphql';
import { Column, Entity, In, PrimaryColumn, type EntityManager } from 'typeorm';
import { AuditEntry } from '../audit/AuditEntry';
import { CreateAuditLog1700000000020 } from '../audit/CreateAuditLog1700000000020';
import { insideWriteTransaction } from '../database/requestScope';
import { CreateIdempotencyKeys1766850000000 } from '../idempotency/CreateIdempotencyKeys1766850000000';
import { IdempotencyKeys } from '../idempotency/IdempotencyKeys';
import { IdempotencyRecord } from '../idempotency/IdempotencyRecord';
import { MAX_IMPORT_ROWS, naturalKey, reject, type ImportRowResult } from '../import/importPlan';
import { checkImportSource, importSourceId, type ImportSource } from '../import/importSource';
import { runImport, type ImportCall, type PlannedRecord, type RecordImport } from '../import/runImport';
import { AddCitationProvenance1766100000000 } from '../sources/AddCitationProvenance1766100000000';
import { AddClaims1767300000000 } from '../provenance/AddClaims1767300000000';
import { Citation } from '../sources/Citation';
import { CreateSources1700000000000 } from '../sources/CreateSources1700000000000';
import { SourceDocument } from '../sources/SourceDocument';
import { testDatabases } from '../testing/testDatabases';
import { tableMigration } from './tableMigration';
import { throwawayDatabase } from './throwawayDatabase';

/** The record type this suite imports: a widget with a name (its natural key) and a size. */
@Entity('widgets')
class Widget {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer' })
  size: number;
}

const CreateWidgets1000000000005 = tableMigration(1000000000005, {
  name: 'widgets',
  columns: [
    { name: 'id', type: 'varchar', length: '64', isPrimary: true },
    { name: 'name', type: 'varchar', length: '100' },
    { name: 'size', type: 'integer' },
  ],
});

interface WidgetRow {
  id?: string;
  name: string;
  size: number;
  source: ImportSource;
}

const source = (row: number, overrides: Partial<ImportSource> = {}): ImportSource => ({
  title: 'Widget register 2026',
  publisher: 'Ministry of Widgets',
  url: 'https://widgets.example/register',
  publishedOn: '2026-01',
  language: 'az',
  file: 'widgets.csv',
  row,
  ...overrides,
});

/** Widgets as a subgraph would describe them to the shared flow: matched by id or by folded name, a size of 0 refused. */
function widgetImport(log: string[] = []): RecordImport<WidgetRow, Widget, string> {
  return {
    entityType: 'Widget',
    recordType: 'widget',
    async check(rows) {
      log.push(`check ${rows.length} outside a transaction: ${!insideWriteTransaction()}`);
      return 'checked';
    },
    async plan(manager: EntityManager, rows, checked) {
      log.push(`plan with ${checked} inside the transaction: ${insideWriteTransaction()}`);
      const stored = await manager.getRepository(Widget).find();
      const byKey = new Map(stored.map((w) => [naturalKey(w.name), w]));
      const byId = new Map(stored.map((w) => [w.id, w]));
      return rows.map((row) => {
        const before = (row.id ? byId.get(row.id) : byKey.get(naturalKey(row.name))) ?? null;
        const id = before?.id ?? row.id ?? naturalKey(row.name).replace(/ /g, '-');
        const result: ImportRowResult = {
          row: row.source.row,
          id,
          outcome: 'CREATED',
          matchedBy: before ? (row.id ? 'ID' : 'NATURAL_KEY') : null,
          problems: [],
        };
        for (const problem of checkImportSource(row.source)) reject(result, problem);
        if (row.size < 1) reject(result, { field: 'size', reason: 'must be at least 1' });
        const rejected = result.outcome === 'REJECTED';
        return { result, source: row.source, before, after: rejected ? null : { id, name: row.name, size: row.size } };
      });
    },
    sameRecord: (before, after) => before.name === after.name && before.size === after.size,
    snapshot: (record, sources) => ({ name: record.name, size: record.size, sources }),
    async insert(manager, records) {
      log.push(`insert ${records.map((r) => r.id).join(',')}`);
      await manager.getRepository(Widget).insert(records);
    },
    async update(manager, changes) {
      log.push(`update ${changes.map((c) => c.after.id).join(',')}`);
      for (const { after } of changes)
        await manager.getRepository(Widget).update({ id: after.id }, { name: after.name, size: after.size });
    },
  };
}

describe.each(testDatabases())('runImport on $label', (db) => {
  const dataSource = throwawayDatabase(
    db,
    'runimport',
    [Widget, AuditEntry, IdempotencyRecord, Citation, SourceDocument],
    [
      CreateSources1700000000000,
      AddCitationProvenance1766100000000,
      AddClaims1767300000000,
      CreateAuditLog1700000000020,
      CreateIdempotencyKeys1766850000000,
      CreateWidgets1000000000005,
    ],
  );
  const idempotency = new IdempotencyKeys(24);
  const call = (overrides: Partial<ImportCall> = {}): ImportCall => ({
    dryRun: false,
    authorize: () => 'editor-1',
    operation: 'importWidgets',
    idempotency,
    ...overrides,
  });
  const widgets = () =>
    dataSource()
      .getRepository(Widget)
      .find({ order: { id: 'ASC' } });
  const auditOf = (entityId: string) =>
    dataSource()
      .getRepository(AuditEntry)
      .find({ where: { entityId }, order: { id: 'ASC' } });
  const citationsOf = (id: string) =>
    dataSource()
      .getRepository(Citation)
      .findBy({ recordKey: `widget:${id}` });
  const run = (rows: WidgetRow[], overrides: Partial<ImportCall> = {}, kind = widgetImport()) =>
    runImport(dataSource(), kind, rows, call(overrides));

  it('creates new records with their citations (file, row, import time) and one audit entry each', async () => {
    const log: string[] = [];
    const result = await run(
      [
        { name: 'Azərişıq Lamp', size: 3, source: source(2) },
        { name: 'Gear', size: 7, source: source(3, { quote: 'Gear, size 7' }) },
      ],
      {},
      widgetImport(log),
    );
    expect(result).toEqual({
      dryRun: false,
      written: true,
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      rows: [
        { row: 2, id: 'azerishiq-lamp', outcome: 'CREATED', matchedBy: null, problems: [] },
        { row: 3, id: 'gear', outcome: 'CREATED', matchedBy: null, problems: [] },
      ],
    });
    expect(log).toEqual([
      'check 2 outside a transaction: true',
      'plan with checked inside the transaction: true',
      'insert azerishiq-lamp,gear',
    ]);
    expect(await widgets()).toEqual([
      { id: 'azerishiq-lamp', name: 'Azərişıq Lamp', size: 3 },
      { id: 'gear', name: 'Gear', size: 7 },
    ]);
    const [citation] = await citationsOf('gear');
    expect(citation).toMatchObject({
      sourceId: importSourceId(source(3)),
      quote: 'Gear, size 7',
      importFile: 'widgets.csv',
      importRow: 3,
      // The row's columns that gave values: each value's basis is this file, row and column.
      fields: ['name', 'size'],
    });
    expect(new Date(citation.importedAt!).toISOString()).toBe(citation.importedAt);
    expect(
      await dataSource()
        .getRepository(SourceDocument)
        .findOneByOrFail({ id: importSourceId(source(2)) }),
    ).toMatchObject({
      title: 'Widget register 2026',
      language: 'az',
      titleIsDescriptive: false,
    });
    const [entry] = await auditOf('gear');
    expect(entry).toMatchObject({
      entityType: 'Widget',
      action: 'IMPORT_CREATE',
      actor: 'editor-1',
      before: null,
      after: { name: 'Gear', size: 7, sources: [importSourceId(source(3))] },
    });
    expect(entry.at).toBe(citation.importedAt);
  });

  it('finds a second import of the same file UNCHANGED and writes nothing', async () => {
    const result = await run([{ name: 'Azərişıq Lamp', size: 3, source: source(2) }]);
    expect(result).toMatchObject({
      written: false,
      created: 0,
      updated: 0,
      unchanged: 1,
      rows: [{ id: 'azerishiq-lamp', outcome: 'UNCHANGED', matchedBy: 'NATURAL_KEY' }],
    });
    expect(await auditOf('azerishiq-lamp')).toHaveLength(1);
  });

  it('matches by the folded natural key, and updates a record whose values changed, auditing before and after', async () => {
    const result = await run([{ name: 'AZERISHIQ LAMP', size: 4, source: source(2) }]);
    expect(result).toMatchObject({
      written: true,
      updated: 1,
      rows: [{ id: 'azerishiq-lamp', outcome: 'UPDATED', matchedBy: 'NATURAL_KEY' }],
    });
    expect((await widgets())[0]).toEqual({ id: 'azerishiq-lamp', name: 'AZERISHIQ LAMP', size: 4 });
    const entries = await auditOf('azerishiq-lamp');
    expect(entries.at(-1)).toMatchObject({
      action: 'IMPORT_UPDATE',
      before: { name: 'Azərişıq Lamp', size: 3, sources: [importSourceId(source(2))] },
      after: { name: 'AZERISHIQ LAMP', size: 4, sources: [importSourceId(source(2))] },
    });
  });

  it('counts a record that says nothing new but cites a new document as UPDATED, adding the citation', async () => {
    const newer = source(9, { title: 'Widget register 2027', publishedOn: '2027' });
    const result = await run([{ id: 'gear', name: 'Gear', size: 7, source: newer }]);
    expect(result.rows).toEqual([{ row: 9, id: 'gear', outcome: 'UPDATED', matchedBy: 'ID', problems: [] }]);
    expect((await citationsOf('gear')).map((c) => c.sourceId).sort()).toEqual(
      [importSourceId(source(3)), importSourceId(newer)].sort(),
    );
    expect((await auditOf('gear')).at(-1)).toMatchObject({
      before: { sources: [importSourceId(source(3))] },
      after: { sources: [importSourceId(source(3)), importSourceId(newer)].sort() },
    });
  });

  it('writes nothing of a batch with a rejected row, and reports every row’s problems', async () => {
    const result = await run([
      { name: 'Bolt', size: 1, source: source(4) },
      { name: 'Nut', size: 0, source: source(5, { language: 'AZ', url: 'ftp://x' }) },
    ]);
    expect(result).toMatchObject({ written: false, created: 1, rejected: 1 });
    expect(result.rows[1]).toEqual({
      row: 5,
      id: 'nut',
      outcome: 'REJECTED',
      matchedBy: null,
      problems: [
        { field: 'source.url', reason: 'not an http(s) URL: ftp://x' },
        { field: 'source.language', reason: 'not an ISO 639-1 code (two lowercase letters): AZ' },
        { field: 'size', reason: 'must be at least 1' },
      ],
    });
    expect((await widgets()).map((w) => w.id)).not.toContain('bolt');
    expect(await auditOf('bolt')).toEqual([]);
  });

  it('rejects a second row about the same record, naming the first row, and clears a rejected row’s match', async () => {
    const result = await run([
      { name: 'Gear', size: 8, source: source(10) },
      { id: 'gear', name: 'Gear', size: 9, source: source(11) },
    ]);
    expect(result.written).toBe(false);
    expect(result.rows[0]).toMatchObject({ outcome: 'UPDATED', matchedBy: 'NATURAL_KEY' });
    expect(result.rows[1]).toEqual({
      row: 11,
      id: 'gear',
      outcome: 'REJECTED',
      matchedBy: null,
      problems: [{ field: 'id', reason: 'the same record (gear) as row 10; each record once per file' }],
    });
    expect((await widgets()).find((w) => w.id === 'gear')?.size).toBe(7);
  });

  it('reports in a dry run what a real run would do, and writes nothing', async () => {
    const before = await dataSource().getRepository(AuditEntry).count();
    const result = await run(
      [
        { name: 'Spring', size: 2, source: source(12) },
        { name: 'Gear', size: 70, source: source(13) },
      ],
      { dryRun: true, idempotencyKey: 'dry-run-key' },
    );
    expect(result).toMatchObject({
      dryRun: true,
      written: false,
      created: 1,
      updated: 1,
      rows: [{ outcome: 'CREATED' }, { outcome: 'UPDATED' }],
    });
    expect((await widgets()).map((w) => w.id)).not.toContain('spring');
    expect(await dataSource().getRepository(AuditEntry).count()).toBe(before);
    expect(await dataSource().getRepository(Citation).countBy({ recordKey: 'widget:spring' })).toBe(0);
    // The dry run did not use up its key.
    expect(await dataSource().getRepository(IdempotencyRecord).count()).toBe(0);
  });

  it('refuses an unauthorized caller, an empty or oversized batch, and a malformed key before reading anything', async () => {
    const kind = widgetImport();
    const plan = jest.spyOn(kind, 'plan');
    const check = jest.spyOn(kind, 'check');
    const forbidden = new GraphQLError('editors only', { extensions: { code: 'FORBIDDEN' } });
    const one = [{ name: 'X', size: 1, source: source(1) }];
    const authorize = () => {
      throw forbidden;
    };
    await expect(runImport(dataSource(), kind, one, call({ authorize }))).rejects.toBe(forbidden);
    await expect(runImport(dataSource(), kind, [], call())).rejects.toMatchObject({
      message: 'Invalid value for "rows": no rows to import',
      extensions: { argumentName: 'rows' },
    });
    const tooMany = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => one[0]);
    await expect(runImport(dataSource(), kind, tooMany, call())).rejects.toMatchObject({
      message: `Invalid value for "rows": at most ${MAX_IMPORT_ROWS} rows per call, got ${MAX_IMPORT_ROWS + 1}`,
    });
    await expect(runImport(dataSource(), kind, one, call({ idempotencyKey: 'has spaces' }))).rejects.toMatchObject({
      extensions: { argumentName: 'idempotencyKey' },
    });
    expect(check).not.toHaveBeenCalled();
    expect(plan).not.toHaveBeenCalled();
  });

  it(`writes a full batch of ${MAX_IMPORT_ROWS} rows, citing them in several statements`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => ({
      name: `bulk ${i}`,
      size: i + 1,
      source: source(100 + i, { title: `Register page ${i % 600}` }),
    }));
    const result = await run(rows);
    expect(result).toMatchObject({ written: true, created: MAX_IMPORT_ROWS, rejected: 0 });
    const ids = rows.map((r) => naturalKey(r.name).replace(/ /g, '-'));
    expect(
      await dataSource()
        .getRepository(Widget)
        .countBy({ id: In(ids) }),
    ).toBe(MAX_IMPORT_ROWS);
    expect(
      await dataSource()
        .getRepository(Citation)
        .countBy({ recordKey: In(ids.map((id) => `widget:${id}`)) }),
    ).toBe(MAX_IMPORT_ROWS);
    expect(
      await dataSource()
        .getRepository(SourceDocument)
        .countBy({ title: In(Array.from({ length: 600 }, (_, i) => `Register page ${i}`)) }),
    ).toBe(600);
    expect(
      await dataSource()
        .getRepository(AuditEntry)
        .countBy({ entityId: In(ids), action: 'IMPORT_CREATE' }),
    ).toBe(MAX_IMPORT_ROWS);
  });

  it('answers a repeat with the same idempotency key as the first time, writing nothing again', async () => {
    const rows = [{ name: 'Washer', size: 1, source: source(20) }];
    const first = await run(rows, { idempotencyKey: 'import-washers-1' });
    expect(first).toMatchObject({ written: true, created: 1 });
    const kind = widgetImport();
    const plan = jest.spyOn(kind, 'plan');
    const again = await run(rows, { idempotencyKey: 'import-washers-1' }, kind);
    expect(again).toEqual(first);
    expect(plan).not.toHaveBeenCalled();
    expect(await auditOf('washer')).toHaveLength(1);
    // Without the key, the same rows are simply UNCHANGED.
    expect((await run(rows)).rows[0].outcome).toBe('UNCHANGED');
  });

  it('writes in the type’s order, audit entries too', async () => {
    const log: string[] = [];
    const kind: RecordImport<WidgetRow, Widget, string> = {
      ...widgetImport(log),
      writeOrder: (records: Array<PlannedRecord<Widget>>) => [...records].sort((a, b) => b.after.size - a.after.size),
    };
    const firstEntry = (await dataSource().getRepository(AuditEntry).maximum('id')) ?? 0;
    await run(
      [
        { name: 'Small', size: 1, source: source(30) },
        { name: 'Large', size: 9, source: source(31) },
        { name: 'Gear', size: 5, source: source(32) },
      ],
      {},
      kind,
    );
    expect(log.slice(2)).toEqual(['insert large,small', 'update gear']);
    const entries = await dataSource()
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.id > :firstEntry', { firstEntry })
      .orderBy('a.id', 'ASC')
      .getMany();
    expect(entries.map((e) => `${e.action} ${e.entityId}`)).toEqual([
      'IMPORT_CREATE large',
      'IMPORT_UPDATE gear',
      'IMPORT_CREATE small',
    ]);
  });

  it('rolls everything back when a write fails midway', async () => {
    const kind = widgetImport();
    kind.update = async () => {
      throw new Error('disk full');
    };
    await expect(
      run(
        [
          { name: 'Rolled back', size: 1, source: source(40) },
          { name: 'Gear', size: 6, source: source(41) },
        ],
        {},
        kind,
      ),
    ).rejects.toThrow('disk full');
    expect((await widgets()).map((w) => w.id)).not.toContain('rolled-back');
    expect(await citationsOf('rolled-back')).toEqual([]);
  });
});
