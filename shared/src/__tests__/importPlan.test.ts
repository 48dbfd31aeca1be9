import { GraphQLError } from 'graphql';
import {
  assertImportBatch,
  finishImport,
  MAX_IMPORT_ROWS,
  naturalKey,
  reject,
  rejectRepeatedRecords,
  type ImportRowResult,
} from '../import/importPlan';

const row = (n: number, id: string | null, outcome: ImportRowResult['outcome'] = 'CREATED'): ImportRowResult => ({
  row: n,
  id,
  outcome,
  matchedBy: null,
  problems: [],
});

describe('assertImportBatch', () => {
  it(`takes 1 to ${MAX_IMPORT_ROWS} rows`, () => {
    expect(() => assertImportBatch(1)).not.toThrow();
    expect(() => assertImportBatch(MAX_IMPORT_ROWS)).not.toThrow();
  });

  it('refuses an empty or oversized batch on `rows`', () => {
    expect(() => assertImportBatch(0)).toThrow(new GraphQLError('Invalid value for "rows": no rows to import'));
    expect(() => assertImportBatch(MAX_IMPORT_ROWS + 1)).toThrow(
      `at most ${MAX_IMPORT_ROWS} rows per call, got ${MAX_IMPORT_ROWS + 1}`,
    );
  });
});

describe('naturalKey', () => {
  it('folds every part, so spellings of one name match', () => {
    expect(naturalKey('Azərişıq', 'Bakı')).toBe(naturalKey('AZERISHIQ', 'BAKI'));
    expect(naturalKey('Azərişıq', 'Bakı')).toBe('azerishiq|baki');
  });

  it('keeps the parts apart, and a missing part empty', () => {
    expect(naturalKey('a b', 'c')).not.toBe(naturalKey('a', 'b c'));
    expect(naturalKey('x', null, undefined)).toBe('x||');
    expect(naturalKey()).toBe('');
  });
});

describe('reject and rejectRepeatedRecords', () => {
  it('marks a row rejected, keeping every problem given', () => {
    const r = row(2, 'a');
    reject(r, { field: 'name', reason: 'missing' });
    reject(r, { field: 'country', reason: 'unknown' });
    expect(r).toMatchObject({ outcome: 'REJECTED', problems: [{ field: 'name' }, { field: 'country' }] });
  });

  it('rejects every later row about the same record, naming the first, and leaves the first alone', () => {
    const rows = [row(2, 'a'), row(3, 'b', 'UPDATED'), row(4, 'a', 'UNCHANGED'), row(5, 'a')];
    rejectRepeatedRecords(rows);
    expect(rows.map((r) => r.outcome)).toEqual(['CREATED', 'UPDATED', 'REJECTED', 'REJECTED']);
    expect(rows[2].problems).toEqual([
      { field: 'id', reason: 'the same record (a) as row 2; each record once per file' },
    ]);
    expect(rows[3].problems[0].reason).toContain('as row 2');
  });

  it('ignores rows without an id and rows already rejected when looking for repeats', () => {
    const rows = [row(2, null), row(3, null), row(4, 'a', 'REJECTED'), row(5, 'a')];
    rejectRepeatedRecords(rows);
    expect(rows.map((r) => r.outcome)).toEqual(['CREATED', 'CREATED', 'REJECTED', 'CREATED']);
    expect(rows[2].problems).toEqual([]);
  });
});

describe('finishImport', () => {
  it('writes and counts each outcome when nothing is rejected', async () => {
    const write = jest.fn(async () => undefined);
    const rows = [row(2, 'a'), row(3, 'b', 'UPDATED'), row(4, 'c', 'UNCHANGED')];
    expect(await finishImport(rows, false, write)).toEqual({
      dryRun: false,
      written: true,
      created: 1,
      updated: 1,
      unchanged: 1,
      rejected: 0,
      rows,
    });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when one row is rejected, yet reports the others as planned', async () => {
    const write = jest.fn(async () => undefined);
    const result = await finishImport([row(2, 'a'), row(3, null, 'REJECTED')], false, write);
    expect(result).toMatchObject({ written: false, created: 1, rejected: 1 });
    expect(write).not.toHaveBeenCalled();
  });

  it('writes nothing in a dry run, nor when every row is unchanged', async () => {
    const write = jest.fn(async () => undefined);
    expect(await finishImport([row(2, 'a')], true, write)).toMatchObject({ dryRun: true, written: false, created: 1 });
    expect(await finishImport([row(2, 'a', 'UNCHANGED')], false, write)).toMatchObject({
      written: false,
      unchanged: 1,
    });
    expect(write).not.toHaveBeenCalled();
  });

  it('passes a failed write on', async () => {
    await expect(finishImport([row(2, 'a')], false, () => Promise.reject(new Error('deadlock')))).rejects.toThrow(
      'deadlock',
    );
  });
});
