import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Entity decorators for the columns every subgraph's records repeat. Each matches a
 * builder of `tableColumn` (what the migrations create), so an entity and its
 * migration say the same thing the same way.
 */

interface Nullable {
  /** True: the column may hold NULL. */
  nullable?: boolean;
}

/** A record's id, or one part of a composite key: varchar(64). */
export function KeyColumn(name?: string): PropertyDecorator {
  return PrimaryColumn({ ...(name && { name }), type: 'varchar', length: 64 });
}

/** A varchar(`length`) column; NOT NULL unless `nullable`. */
export function VarcharColumn(length: number, options: Nullable & { name?: string } = {}): PropertyDecorator {
  const { name, nullable } = options;
  return Column({ ...(name && { name }), type: 'varchar', length, ...(nullable && { nullable: true }) });
}

/** A record's lifecycle status, a value of its API enum: `status` varchar(20). */
export function StatusColumn(): PropertyDecorator {
  return VarcharColumn(20);
}

/** A value of an API enum that names what something is or does (a role, an action, a type): varchar(40). */
export function CodeColumn(name?: string): PropertyDecorator {
  return VarcharColumn(40, { name });
}

/** Another record's id (of this subgraph or another): varchar(64). */
export function RefColumn(name: string, options: Nullable = {}): PropertyDecorator {
  return Column({ name, type: 'varchar', length: 64, nullable: options.nullable ?? false });
}

/** A date with the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD), NULL when unknown. */
export function DateColumn(name?: string): PropertyDecorator {
  return Column({ ...(name && { name }), type: 'varchar', length: 10, nullable: true });
}

/** An ISO 8601 UTC timestamp: varchar(30). */
export function TimestampColumn(name?: string, options: Nullable = {}): PropertyDecorator {
  return Column({ ...(name && { name }), type: 'varchar', length: 30, ...(options.nullable && { nullable: true }) });
}

/** The `<type>:<id>` of a record (citations, claims), so one indexed column serves every record type. */
export function RecordKeyColumn(options: { primary?: boolean } = {}): PropertyDecorator {
  return (options.primary ? PrimaryColumn : Column)({ name: 'record_key', type: 'varchar', length: 100 });
}

/** Optimistic-locking counter; only `updateVersioned` changes it. */
export function LockVersionColumn(): PropertyDecorator {
  return Column({ type: 'integer', default: 1 });
}

/** A title or name folded (see foldText): orders alike on every database. */
export function SortKeyColumn(name: 'sort_title' | 'sort_name', length: number): PropertyDecorator {
  return Column({ name, type: 'varchar', length });
}

/** `<dateColumn>_sort`: the date, or UNDATED_LAST when it is NULL (see undatedLast and undatedLastColumn). */
export function UndatedLastKeyColumn(dateColumn: string): PropertyDecorator {
  return Column({ name: `${dateColumn}_sort`, type: 'varchar', length: 10 });
}

/** The record's words folded, for case- and diacritic-insensitive search (see buildSearchText). */
export function SearchTextColumn(): PropertyDecorator {
  return Column({ name: 'search_text', type: 'text' });
}

/** A list (or other JSON value) kept as JSON text. */
export function ListColumn(options: Nullable & { name?: string } = {}): PropertyDecorator {
  const { name, nullable } = options;
  return Column({ ...(name && { name }), type: 'simple-json', ...(nullable && { nullable: true }) });
}

/** `property` in snake case: the column name a property maps to by convention. */
function snake(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * One index per filter and order, `idx_<table>_<filter>_<order>` (the properties in snake
 * case): a page filtered on one column reads its order from the index.
 */
export function filteredOrderIndexes(filters: string[], orders: string[]): Record<string, string[]> {
  return Object.fromEntries(
    filters.flatMap((filter) => orders.map((order) => [`${snake(filter)}_${snake(order)}`, [filter, order]])),
  );
}

/** The entity of `table`, with indexes named `idx_<table>_<suffix>`, one a suffix, over the given properties. */
export function IndexedEntity(table: string, indexes: Record<string, string[]> = {}): ClassDecorator {
  return (target) => {
    Entity(table)(target);
    for (const [suffix, properties] of Object.entries(indexes)) Index(`idx_${table}_${suffix}`, properties)(target);
  };
}

/**
 * An `IndexedEntity` whose `search_text` also has a FULLTEXT index on MySQL (a plain one
 * on SQLite) for rare search words: see findTextSearchPage and `searchIndex`.
 */
export function SearchableEntity(table: string, indexes: Record<string, string[]> = {}): ClassDecorator {
  return (target) => {
    IndexedEntity(table, indexes)(target);
    Index(`ft_${table}_search`, ['searchText'], { fulltext: true })(target);
  };
}
