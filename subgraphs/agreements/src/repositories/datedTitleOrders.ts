import { foldText, undatedLast, type KeysetOrder } from '@partnership-graph/shared';

/** A keyset order with the key a row has in it (for cursors). */
export type RowOrder<Row> = KeysetOrder & { keyOf: (row: Row) => string };

/**
 * The orders of a titled record with a date (agreements by signing, events by start): by the
 * date either way, undated ones last in both directions, and by folded title.
 */
export function datedTitleOrders<Row extends { title: string }>(
  alias: string,
  dateColumn: string,
  dateOf: (row: Row) => string | null,
): { dateDesc: RowOrder<Row>; dateAsc: RowOrder<Row>; titleAsc: RowOrder<Row> } {
  const idExpression = `${alias}.id`;
  return {
    dateDesc: {
      sortExpression: `COALESCE(${alias}.${dateColumn}, '')`,
      idExpression,
      direction: 'DESC',
      // Pages are ordered by the bare column (NULLs last in DESC): the column's own index serves them.
      nullsLast: { column: `${alias}.${dateColumn}`, nullKey: '' },
      keyOf: (row) => dateOf(row) ?? '',
    },
    dateAsc: {
      sortExpression: `${alias}.${dateColumn}_sort`,
      idExpression,
      direction: 'ASC',
      keyOf: (row) => undatedLast(dateOf(row)),
    },
    titleAsc: {
      sortExpression: `${alias}.sort_title`,
      idExpression,
      direction: 'ASC',
      keyOf: (row) => foldText(row.title).slice(0, 300),
    },
  };
}
