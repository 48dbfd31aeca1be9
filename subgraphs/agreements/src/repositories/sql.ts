import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { groupBy, type Cursor, type KeysetOrder, type PageRequest } from '@partnership-graph/shared';

/**
 * Small SQL helpers the repositories share. Everything here is plain SQL that SQLite
 * and MySQL read alike.
 */

/** The keyset condition of `applyKeyset`, without its ORDER BY and LIMIT (for window queries). */
export function andAfter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  after: Cursor | null,
): SelectQueryBuilder<T> {
  if (!after) return query;
  const { sortExpression, idExpression, direction } = order;
  const op = direction === 'ASC' ? '>' : '<';
  return query.andWhere(
    `(${sortExpression} ${op} :keysetKey OR (${sortExpression} = :keysetKey AND ${idExpression} ${op} :keysetId))`,
    { keysetKey: after.key ?? '', keysetId: after.id },
  );
}

/**
 * `expression` holds a partial ISO date; the condition holds when the period it names
 * ends on or after `from`: "2025" reaches 2025-07-01, "2025-05-15" reaches 2025-05-15.
 * A stored date that is a prefix of `from` (its year or month) names a period that
 * contains `from`.
 */
export function periodReaches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  expression: string,
  from: string,
  name: string,
): SelectQueryBuilder<T> {
  return query.andWhere(`(${expression} >= :${name} OR ${expression} IN (:${name}Year, :${name}Month))`, {
    [name]: from,
    [`${name}Year`]: from.slice(0, 4),
    [`${name}Month`]: from.slice(0, 7),
  });
}

/** A `simple-json` list column read through a raw query. */
export function jsonList(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value !== 'string' || value === '') return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? (parsed as string[]) : [];
}

/** A boolean column read through a raw query (SQLite gives 0/1, MySQL 0/1 or "0"/"1"). */
export function bool(value: unknown): boolean {
  return value === true || Number(value) === 1;
}

export function nullableBool(value: unknown): boolean | null {
  return value === null || value === undefined ? null : bool(value);
}

export function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Runs one query per distinct `groupOf(key)` and returns the results in the keys' order. */
export async function batchByGroup<K, R>(
  keys: readonly K[],
  groupOf: (key: K) => string,
  run: (keysOfGroup: K[]) => Promise<Map<K, R>>,
  fallback: R,
): Promise<R[]> {
  const groups = groupBy(keys, groupOf);
  const results = new Map<K, R>();
  for (const keysOfGroup of groups.values()) {
    for (const [key, value] of await run(keysOfGroup)) results.set(key, value);
  }
  return keys.map((key) => results.get(key) ?? fallback);
}

/** How a filtered record query reaches the parents a list hangs under (an agreement's parties, an event's institutions). */
export interface ParentJoin<T extends ObjectLiteral> {
  /** Joins the parents to `query` and keeps those named (parameter `parentIds`); the parent's id is `parentColumn`. */
  join(query: SelectQueryBuilder<T>, parentIds: readonly string[]): SelectQueryBuilder<T>;
  parentColumn: string;
  /** The record's id column (the keyset's tie-breaker): a.id, e.id. */
  idColumn: string;
}

/**
 * One page of records for each of many parents, in ONE statement: the filtered records
 * joined to their parents, numbered per parent by a window function (ROW_NUMBER, on
 * SQLite ≥ 3.25 and MySQL 8 / MariaDB 10.2), and cut at the page size. The cursor is
 * the same keyset as the list's own page.
 */
export async function findPagesByParent<T extends ObjectLiteral, R>(
  dataSource: DataSource,
  filtered: SelectQueryBuilder<T>,
  parents: ParentJoin<T>,
  parentIds: readonly string[],
  columns: string[],
  order: KeysetOrder,
  page: PageRequest,
  fromRaw: (raw: Record<string, unknown>) => R,
): Promise<Map<string, R[]>> {
  const { parentColumn, idColumn } = parents;
  const inner = parents
    .join(filtered, parentIds)
    .select([...columns, `${parentColumn} AS parent_id`])
    .addSelect(
      `ROW_NUMBER() OVER (PARTITION BY ${parentColumn} ORDER BY ${order.sortExpression} ${order.direction}, ${idColumn} ${order.direction})`,
      'rn',
    );
  andAfter(inner, order, page.after);
  const [sql, parameters] = inner.getQueryAndParameters();
  const rows: Array<Record<string, unknown>> = await dataSource.query(
    `SELECT * FROM (${sql}) numbered WHERE numbered.rn <= ? ORDER BY numbered.parent_id, numbered.rn`,
    [...parameters, page.limit],
  );
  const byParent = new Map<string, R[]>();
  for (const raw of rows) {
    const parent = String(raw.parent_id);
    const list = byParent.get(parent) ?? [];
    list.push(fromRaw(raw));
    byParent.set(parent, list);
  }
  return byParent;
}

/** How many filtered records each of many parents has, in one statement. */
export async function countByParent<T extends ObjectLiteral>(
  filtered: SelectQueryBuilder<T>,
  parents: ParentJoin<T>,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const rows: Array<Record<string, unknown>> = await parents
    .join(filtered, parentIds)
    .select(parents.parentColumn, 'parent_id')
    .addSelect('COUNT(*)', 'total')
    .groupBy(parents.parentColumn)
    .getRawMany();
  return new Map(rows.map((r) => [String(r.parent_id), Number(r.total)]));
}
