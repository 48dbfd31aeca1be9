import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Cursor } from '../graphql/pagination';

export interface KeysetOrder {
  /** SQL expression of the sort key (already null-free, e.g. COALESCE(...)). */
  sortExpression: string;
  /** SQL expression of the unique tie-breaker. */
  idExpression: string;
  direction: 'ASC' | 'DESC';
  /**
   * For a DESC order whose sort key is a nullable column with NULLs last
   * (`sortExpression` is then `COALESCE(column, nullKey)`, nullKey below every value):
   * the page is ordered by the bare column, where both SQLite and MySQL put NULLs last
   * in DESC order, so an index on (column, id) serves it without sorting every row.
   */
  nullsLast?: { column: string; nullKey: string };
}

/** Sorts after every ISO date: an undated record's key in an ascending date order. */
export const UNDATED_LAST = '9999';

/**
 * The stored ascending sort key of a nullable date (`signed_on_sort` and its kind): the
 * date, or UNDATED_LAST. MySQL has no NULLS LAST, so "undated last" in ascending order
 * is served from an index only on a column that holds no NULL.
 */
export function undatedLast(date: string | null): string {
  return date ?? UNDATED_LAST;
}

/**
 * Orders a query by (sort key, id) and continues after a cursor without OFFSET,
 * so a deep page costs what the first does.
 */
export function applyKeyset<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  after: Cursor | null,
  limit: number,
): SelectQueryBuilder<T> {
  const { sortExpression, idExpression, direction, nullsLast } = order;
  if (nullsLast && direction === 'DESC') {
    const { column, nullKey } = nullsLast;
    if (after && (after.key ?? nullKey) === nullKey) {
      query.andWhere(`(${column} IS NULL AND ${idExpression} < :keysetId)`, { keysetId: after.id });
    } else if (after) {
      query.andWhere(
        `(${column} < :keysetKey OR ${column} IS NULL OR (${column} = :keysetKey AND ${idExpression} < :keysetId))`,
        { keysetKey: after.key, keysetId: after.id },
      );
    }
    return query.orderBy(column, 'DESC').addOrderBy(idExpression, 'DESC').limit(limit);
  }
  if (after) {
    const op = direction === 'ASC' ? '>' : '<';
    query.andWhere(
      `(${sortExpression} ${op} :keysetKey OR (${sortExpression} = :keysetKey AND ${idExpression} ${op} :keysetId))`,
      { keysetKey: after.key ?? '', keysetId: after.id },
    );
  }
  return query.orderBy(sortExpression, direction).addOrderBy(idExpression, direction).limit(limit);
}

/** Groups items by a key, keeping their order within each group. */
export function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Groups rows under the keys a DataLoader asked for, in the keys' order. */
export function groupRows<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = groupBy(rows, keyOf);
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row (or null) per key, in the keys' order. */
export function indexRows<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): Array<R | null> {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}
