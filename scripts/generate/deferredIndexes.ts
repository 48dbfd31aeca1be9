/**
 * Bulk loading with the secondary indexes built afterwards. Inserting a million rows
 * into a table with six indexes updates each index row by row, at random places once
 * the index outgrows the buffer pool; an index added to a full table is built by
 * sorting its entries once. The generator drops the secondary indexes of the tables it
 * fills and adds them back when it is done — also after Ctrl-C or a failure, and at the
 * start of a `--replace` run, so a run killed outright is mended by the next one.
 */

export interface SecondaryIndex {
  table: string;
  name: string;
  columns: readonly string[];
  /** A FULLTEXT index (search_text): InnoDB builds one per ALTER TABLE. */
  fulltext: boolean;
}

type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** What this needs of a TypeORM DataSource: its entities' tables and indexes. */
interface EntityIndexMetadata {
  entityMetadatas: ReadonlyArray<{
    tableName: string;
    indices: ReadonlyArray<{
      name?: string;
      isUnique: boolean;
      isFulltext: boolean;
      isSpatial: boolean;
      where?: string;
      columns: ReadonlyArray<{ databaseName: string }>;
    }>;
  }>;
}

const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/**
 * The secondary indexes of `tables` as the subgraph's entities declare them; its
 * migrations create exactly these (each subgraph's migrations test holds them equal).
 */
export function declaredIndexes(dataSource: EntityIndexMetadata, tables: readonly string[]): SecondaryIndex[] {
  return dataSource.entityMetadatas
    .filter((metadata) => tables.includes(metadata.tableName))
    .flatMap((metadata) =>
      metadata.indices.map((index) => {
        if (index.isUnique || index.isSpatial || index.where) {
          throw new Error(`${metadata.tableName}.${index.name}: only plain and FULLTEXT indexes can be deferred`);
        }
        return {
          table: metadata.tableName,
          name: index.name!,
          columns: index.columns.map((c) => c.databaseName),
          fulltext: index.isFulltext,
        };
      }),
    );
}

async function presentIndexNames(query: Query, table: string): Promise<Set<string>> {
  const rows = await query(`SHOW INDEX FROM ${quote(table)}`);
  return new Set(rows.map((r) => String(r.Key_name)).filter((name) => name !== 'PRIMARY'));
}

function byTable(indexes: readonly SecondaryIndex[]): Map<string, SecondaryIndex[]> {
  const tables = new Map<string, SecondaryIndex[]>();
  for (const index of indexes) tables.set(index.table, [...(tables.get(index.table) ?? []), index]);
  return tables;
}

/** Drops those of `indexes` that exist, one ALTER TABLE per table; returns how many. */
export async function dropIndexes(query: Query, indexes: readonly SecondaryIndex[]): Promise<number> {
  let dropped = 0;
  for (const [table, list] of byTable(indexes)) {
    const present = await presentIndexNames(query, table);
    const existing = list.filter((index) => present.has(index.name));
    if (!existing.length) continue;
    await query(`ALTER TABLE ${quote(table)} ${existing.map((index) => `DROP INDEX ${quote(index.name)}`).join(', ')}`);
    dropped += existing.length;
  }
  return dropped;
}

/**
 * Adds those of `indexes` that are missing: the plain ones of a table in one ALTER TABLE
 * (one pass over its rows builds them all), each FULLTEXT one in its own; `onTable` hears of each table before its build starts.
 */
export async function addMissingIndexes(
  query: Query,
  indexes: readonly SecondaryIndex[],
  onTable: (table: string, count: number) => void = () => undefined,
): Promise<number> {
  let added = 0;
  for (const [table, list] of byTable(indexes)) {
    const present = await presentIndexNames(query, table);
    const missing = list.filter((index) => !present.has(index.name));
    if (!missing.length) continue;
    onTable(table, missing.length);
    const clause = (index: SecondaryIndex) =>
      `ADD ${index.fulltext ? 'FULLTEXT ' : ''}INDEX ${quote(index.name)} (${index.columns.map(quote).join(', ')})`;
    const plain = missing.filter((index) => !index.fulltext);
    if (plain.length) await query(`ALTER TABLE ${quote(table)} ${plain.map(clause).join(', ')}`);
    for (const index of missing.filter((i) => i.fulltext)) await query(`ALTER TABLE ${quote(table)} ${clause(index)}`);
    added += missing.length;
  }
  return added;
}
