import { Column, Entity, PrimaryColumn, type DataSource } from 'typeorm';
import { applyKeyset, groupRows, indexRows, undatedLast, UNDATED_LAST, type KeysetOrder } from '../database/keyset';
import type { Cursor } from '../graphql/pagination';
import { testDatabases } from '../testing/testDatabases';
import { tableMigration } from './tableMigration';
import { throwawayDatabase } from './throwawayDatabase';

@Entity('keyset_rows')
class KeysetRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** A folded sort key, as `sort_title` columns hold. */
  @Column({ name: 'sort_title', type: 'varchar', length: 100 })
  sortTitle: string;

  @Column({ name: 'signed_on', type: 'varchar', length: 10, nullable: true })
  signedOn: string | null;

  /** `undatedLast(signedOn)`: never NULL, so ascending order needs no NULLS LAST. */
  @Column({ name: 'signed_on_sort', type: 'varchar', length: 10 })
  signedOnSort: string;
}

const CreateKeysetRows1000000000001 = tableMigration(1000000000001, {
  name: 'keyset_rows',
  columns: [
    { name: 'id', type: 'varchar', length: '64', isPrimary: true },
    { name: 'sort_title', type: 'varchar', length: '100' },
    { name: 'signed_on', type: 'varchar', length: '10', isNullable: true },
    { name: 'signed_on_sort', type: 'varchar', length: '10' },
  ],
});

/** Ties on every key, undated rows, and ids whose order differs from their insertion order. */
const rows: Array<[id: string, sortTitle: string, signedOn: string | null]> = [
  ['m-2', 'baku', '2020-05-01'],
  ['a-9', 'baku', null],
  ['z-1', 'azerishiq', '2020-05-01'],
  ['c-3', 'baku', '2019'],
  ['b-4', 'ganja', null],
  ['k-5', 'azerishiq', '2021-01-15'],
  ['d-6', 'sumqayit', '2020-05-01'],
  ['e-7', 'baku', '2020-05'],
  ['f-8', 'ganja', null],
];

interface Order {
  keyset: KeysetOrder;
  keyOf: (row: KeysetRow) => string | null;
}

const titleAsc: Order = {
  keyset: { sortExpression: 'r.sort_title', idExpression: 'r.id', direction: 'ASC' },
  keyOf: (r) => r.sortTitle,
};
const titleDesc: Order = {
  keyset: { sortExpression: 'r.sort_title', idExpression: 'r.id', direction: 'DESC' },
  keyOf: (r) => r.sortTitle,
};
const signedAsc: Order = {
  keyset: { sortExpression: 'r.signed_on_sort', idExpression: 'r.id', direction: 'ASC' },
  keyOf: (r) => r.signedOnSort,
};
/** Newest first, undated last: the shape of agreements' SIGNED_ON_DESC. */
const signedDesc: Order = {
  keyset: {
    sortExpression: "COALESCE(r.signed_on, '')",
    idExpression: 'r.id',
    direction: 'DESC',
    nullsLast: { column: 'r.signed_on', nullKey: '' },
  },
  keyOf: (r) => r.signedOn ?? '',
};

/** What the order promises, computed in JavaScript: by key, then id, in the direction; undated last where so declared. */
function expected(compare: (a: KeysetRow, b: KeysetRow) => number): string[] {
  return toRows()
    .sort(compare)
    .map((r) => r.id);
}
function toRows(): KeysetRow[] {
  return rows.map(([id, sortTitle, signedOn]) =>
    Object.assign(new KeysetRow(), { id, sortTitle, signedOn, signedOnSort: undatedLast(signedOn) }),
  );
}
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('undatedLast', () => {
  it('keeps a date, full or partial, and sorts an undated record after every ISO date', () => {
    expect(undatedLast('2020-05-01')).toBe('2020-05-01');
    expect(undatedLast('2020')).toBe('2020');
    expect(undatedLast(null)).toBe(UNDATED_LAST);
    for (const date of ['0001-01-01', '2020', '2020-12', '9998-12-31']) expect(date < UNDATED_LAST).toBe(true);
  });
});

describe('groupRows and indexRows', () => {
  const found = [
    { owner: 'b', n: 1 },
    { owner: 'a', n: 2 },
    { owner: 'b', n: 3 },
  ];

  it('groups rows under the keys asked for, in the keys’ order, with an empty list for a key with none', () => {
    expect(groupRows(['a', 'c', 'b'], found, (r) => r.owner)).toEqual([
      [{ owner: 'a', n: 2 }],
      [],
      [
        { owner: 'b', n: 1 },
        { owner: 'b', n: 3 },
      ],
    ]);
  });

  it('answers one row or null per key, and the same row for a key asked twice', () => {
    const rowsByKey = indexRows([2, 9, 2], found, (r) => r.n);
    expect(rowsByKey).toEqual([{ owner: 'a', n: 2 }, null, { owner: 'a', n: 2 }]);
  });
});

describe.each(testDatabases())('applyKeyset on $label', (db) => {
  const dataSource = throwawayDatabase(db, 'keyset', [KeysetRow], [CreateKeysetRows1000000000001]);

  beforeAll(async () => {
    await dataSource().getRepository(KeysetRow).insert(toRows());
  });

  const query = (ds: DataSource) => ds.getRepository(KeysetRow).createQueryBuilder('r');

  /** Every row, fetched `size` at a time, each page continuing after the previous page's last row. */
  async function pageThrough(order: Order, size: number): Promise<string[][]> {
    const pages: string[][] = [];
    let after: Cursor | null = null;
    for (;;) {
      const fetched: KeysetRow[] = await applyKeyset(query(dataSource()), order.keyset, after, size + 1).getMany();
      const page = fetched.slice(0, size);
      pages.push(page.map((r) => r.id));
      if (fetched.length <= size) return pages;
      const last = page[page.length - 1];
      after = { key: order.keyOf(last), id: last.id };
    }
  }

  it.each([1, 2, 4])('orders ties by id and pages %i at a time without skipping or repeating a row', async (size) => {
    const ascending = expected((a, b) => byText(a.sortTitle, b.sortTitle) || byText(a.id, b.id));
    const pages = await pageThrough(titleAsc, size);
    expect(pages.flat()).toEqual(ascending);
    expect(pages.slice(0, -1).every((page) => page.length === size)).toBe(true);
    expect((await pageThrough(titleDesc, size)).flat()).toEqual([...ascending].reverse());
  });

  it('puts undated records last in ascending date order through their stored key', async () => {
    const order = expected((a, b) => byText(a.signedOnSort, b.signedOnSort) || byText(a.id, b.id));
    expect(order.slice(-3)).toEqual(['a-9', 'b-4', 'f-8']);
    expect((await pageThrough(signedAsc, 2)).flat()).toEqual(order);
  });

  it.each([1, 2, 3])(
    'puts undated records last in descending date order, newest first, paging %i at a time',
    async (size) => {
      const order = expected((a, b) => {
        if (a.signedOn === null || b.signedOn === null)
          return a.signedOn === b.signedOn ? byText(b.id, a.id) : a.signedOn === null ? 1 : -1;
        return byText(b.signedOn, a.signedOn) || byText(b.id, a.id);
      });
      expect(order).toEqual(['k-5', 'z-1', 'm-2', 'd-6', 'e-7', 'c-3', 'f-8', 'b-4', 'a-9']);
      expect((await pageThrough(signedDesc, size)).flat()).toEqual(order);
    },
  );

  it('continues after an undated record whether its cursor holds a null key or the null key itself', async () => {
    const afterNull = await applyKeyset(query(dataSource()), signedDesc.keyset, { key: null, id: 'f-8' }, 10).getMany();
    const afterEmpty = await applyKeyset(query(dataSource()), signedDesc.keyset, { key: '', id: 'f-8' }, 10).getMany();
    expect(afterNull.map((r) => r.id)).toEqual(['b-4', 'a-9']);
    expect(afterEmpty.map((r) => r.id)).toEqual(['b-4', 'a-9']);
  });

  it('reads a null key as the empty key when the order has no nullsLast', async () => {
    const ids = async (key: string | null) =>
      (await applyKeyset(query(dataSource()), titleDesc.keyset, { key, id: 'a' }, 10).getMany()).map((r) => r.id);
    expect(await ids(null)).toEqual([]);
    expect(await ids(null)).toEqual(await ids(''));
    const ascending = await applyKeyset(query(dataSource()), titleAsc.keyset, { key: null, id: 'a' }, 100).getMany();
    expect(ascending).toHaveLength(rows.length);
  });

  it('continues after a cursor whose row is gone, from where that row would sort', async () => {
    const after = await applyKeyset(query(dataSource()), titleAsc.keyset, { key: 'baku', id: 'd-0' }, 10).getMany();
    expect(after.map((r) => r.id)).toEqual(['e-7', 'm-2', 'b-4', 'f-8', 'd-6']);
  });

  it('keeps the query’s own conditions and never uses OFFSET', async () => {
    const q = applyKeyset(
      query(dataSource()).where('r.sort_title = :t', { t: 'baku' }),
      titleAsc.keyset,
      { key: 'baku', id: 'c-3' },
      10,
    );
    expect(q.getQuery()).not.toMatch(/OFFSET/i);
    expect((await q.getMany()).map((r) => r.id)).toEqual(['e-7', 'm-2']);
  });

  it('answers an empty page after the last row', async () => {
    const last = expected((a, b) => byText(a.sortTitle, b.sortTitle) || byText(a.id, b.id)).at(-1)!;
    expect(
      await applyKeyset(query(dataSource()), titleAsc.keyset, { key: 'sumqayit', id: last }, 10).getMany(),
    ).toEqual([]);
  });
});
