import { TableColumn, TableIndex, type QueryRunner } from 'typeorm';
import { UNDATED_LAST } from './keyset';

/** An ascending sort-key column of a nullable date column: see `undatedLast`. */
export interface UndatedLastColumn {
  table: string;
  /** The nullable date column the key is derived from. */
  dateColumn: string;
  /** The new NOT NULL column: the date, or UNDATED_LAST. */
  sortColumn: string;
  /** Indexes over the new column: name and columns (the sort column among them). */
  indexes: Array<{ name: string; columnNames: string[] }>;
}

/**
 * The sort key `<dateColumn>_sort` of `table`, indexed alone (`idx_<table>_<key>`) and
 * after each column of `groupedBy` (`idx_<table>_<column>_<key>`), for filtered pages.
 */
export function undatedLastColumn(table: string, dateColumn: string, groupedBy: string[] = []): UndatedLastColumn {
  const sortColumn = `${dateColumn}_sort`;
  return {
    table,
    dateColumn,
    sortColumn,
    indexes: [
      { name: `idx_${table}_${sortColumn}`, columnNames: [sortColumn] },
      ...groupedBy.map((column) => ({
        name: `idx_${table}_${column}_${sortColumn}`,
        columnNames: [column, sortColumn],
      })),
    ],
  };
}

/**
 * Adds a sort-key column to a table that may already hold rows: nullable first, filled
 * from the date column, then NOT NULL (so no write can leave it out), then indexed.
 */
export async function addUndatedLastColumn(queryRunner: QueryRunner, spec: UndatedLastColumn): Promise<void> {
  const { table, dateColumn, sortColumn, indexes } = spec;
  const column = (isNullable: boolean) =>
    new TableColumn({ name: sortColumn, type: 'varchar', length: '10', isNullable });
  await queryRunner.addColumn(table, column(true));
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  await queryRunner.query(`UPDATE ${q(table)} SET ${q(sortColumn)} = COALESCE(${q(dateColumn)}, ?)`, [UNDATED_LAST]);
  await queryRunner.changeColumn(table, sortColumn, column(false));
  for (const index of indexes) await queryRunner.createIndex(table, new TableIndex(index));
}

/** Reverts `addUndatedLastColumn`. */
export async function dropUndatedLastColumn(queryRunner: QueryRunner, spec: UndatedLastColumn): Promise<void> {
  for (const index of [...spec.indexes].reverse()) await queryRunner.dropIndex(spec.table, index.name);
  await queryRunner.dropColumn(spec.table, spec.sortColumn);
}
