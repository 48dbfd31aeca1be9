import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Cursor } from '../graphql/pagination';

export interface KeysetOrder {
  /** SQL expression of the sort key (already null-free, e.g. COALESCE(...)). */
  sortExpression: string;
  /** SQL expression of the unique tie-breaker. */
  idExpression: string;
  direction: 'ASC' | 'DESC';
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
  const { sortExpression, idExpression, direction } = order;
  if (after) {
    const op = direction === 'ASC' ? '>' : '<';
    query.andWhere(
      `(${sortExpression} ${op} :keysetKey OR (${sortExpression} = :keysetKey AND ${idExpression} ${op} :keysetId))`,
      { keysetKey: after.key ?? '', keysetId: after.id },
    );
  }
  return query.orderBy(sortExpression, direction).addOrderBy(idExpression, direction).limit(limit);
}

/** Groups rows under the keys a DataLoader asked for, in the keys' order. */
export function groupRows<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row (or null) per key, in the keys' order. */
export function indexRows<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): Array<R | null> {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}
