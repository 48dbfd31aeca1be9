import { Table, TableIndex, type TableColumnOptions } from 'typeorm';

/**
 * Migration column builders for what every table repeats; each creates what the entity
 * decorator of the same name in `columns` maps (`tableColumn.key()` for `@KeyColumn()`…).
 */

interface Nullable {
  /** True: the column may hold NULL. */
  nullable?: boolean;
}

function varchar(name: string, length: number, options: Nullable = {}): TableColumnOptions {
  return { name, type: 'varchar', length: String(length), ...(options.nullable && { isNullable: true }) };
}

function text(name: string, options: Nullable = {}): TableColumnOptions {
  return { name, type: 'text', ...(options.nullable && { isNullable: true }) };
}

export const tableColumn = {
  /** A record's id, or one part of a composite key: varchar(64). */
  key: (name = 'id'): TableColumnOptions => ({ ...varchar(name, 64), isPrimary: true }),
  /** Another record's id: varchar(64). */
  ref: (name: string, options: Nullable = {}): TableColumnOptions => varchar(name, 64, options),
  /** A date with the precision the source gives, NULL when unknown: varchar(10). */
  date: (name: string): TableColumnOptions => varchar(name, 10, { nullable: true }),
  /** An ISO 8601 UTC timestamp: varchar(30). */
  timestamp: (name: string, options: Nullable = {}): TableColumnOptions => varchar(name, 30, options),
  /** The `<type>:<id>` of a record (citations, claims): varchar(100). */
  recordKey: (options: { primary?: boolean } = {}): TableColumnOptions => ({
    ...varchar('record_key', 100),
    ...(options.primary && { isPrimary: true }),
  }),
  varchar,
  /** A record's lifecycle status: `status` varchar(20). */
  status: (): TableColumnOptions => varchar('status', 20),
  /** A value of an API enum that names what something is or does: varchar(40). */
  code: (name: string): TableColumnOptions => varchar(name, 40),
  /** A text column: JSON lists (`simple-json`), folded keys, quotes. */
  text,
  /** A whole number. */
  integer: (name: string, options: Nullable = {}): TableColumnOptions => ({
    name,
    type: 'integer',
    ...(options.nullable && { isNullable: true }),
  }),
  /** A folded title or name (`sort_title`, `sort_name`). */
  sortKey: (name: 'sort_title' | 'sort_name', length: number): TableColumnOptions => varchar(name, length),
  /** Optimistic-locking counter. */
  lockVersion: (): TableColumnOptions => ({ name: 'version', type: 'integer', default: 1 }),
  /** The folded search text. */
  searchText: (): TableColumnOptions => text('search_text'),
};

/** The index `idx_<table>_<suffix>` over `columnNames`. */
export function tableIndex(table: string, suffix: string, columnNames: string[]): TableIndex {
  return new TableIndex({ name: `idx_${table}_${suffix}`, columnNames });
}

/** One `tableIndex` a suffix: `{ kind: ['kind'], sort_title: ['sort_title'] }`. */
export function tableIndexes(table: string, indexes: Record<string, string[]>): TableIndex[] {
  return Object.entries(indexes).map(([suffix, columnNames]) => tableIndex(table, suffix, columnNames));
}

/** Some indexes of one table. */
export interface TableIndexSet {
  table: string;
  indexes: TableIndex[];
}

/** `tableIndexes` with the table they belong to. */
export function indexesOn(table: string, indexes: Record<string, string[]>): TableIndexSet {
  return { table, indexes: tableIndexes(table, indexes) };
}

/** The table `name` with `columns` and its indexes `idx_<name>_<suffix>` (see tableIndexes). */
export function indexedTable(
  name: string,
  columns: TableColumnOptions[],
  indexes: Record<string, string[]> = {},
): Table {
  return new Table({ name, columns, indices: tableIndexes(name, indexes) });
}
