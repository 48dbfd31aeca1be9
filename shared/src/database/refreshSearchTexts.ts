import type { QueryRunner } from 'typeorm';
import { rebuildSearchText } from '../text/foldText';

/** Rows rewritten per statement. */
const batch = 500;

/** A row's new values of derived columns (only rows whose values change). */
export interface RewrittenRow {
  id: string;
  set: Record<string, string>;
}

/**
 * Rewrites derived columns of every row of `table` for a migration: reads `columns` (and
 * the id) in batches by id, asks `rewrite` for the rows whose values change, and writes
 * each batch with ONE UPDATE (a CASE per column), so a database written before reads
 * exactly as one written now.
 */
export async function rewriteRowsInBatches(
  queryRunner: QueryRunner,
  table: string,
  columns: readonly string[],
  rewrite: (rows: Array<Record<string, unknown>>) => RewrittenRow[] | Promise<RewrittenRow[]>,
): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  const selected = columns.map((c) => `${q(c)} AS ${q(c)}`).join(', ');
  let after = '';
  for (;;) {
    const rows: Array<Record<string, unknown>> = await queryRunner.query(
      `SELECT ${q('id')} AS id, ${selected} FROM ${q(table)} WHERE ${q('id')} > ? ORDER BY ${q('id')} LIMIT ${batch}`,
      [after],
    );
    if (!rows.length) return;
    after = String(rows[rows.length - 1].id);
    const changed = await rewrite(rows);
    if (!changed.length) continue;
    const set = Object.keys(changed[0].set);
    const cases = set.map(
      (column) => `${q(column)} = CASE ${q('id')} ${changed.map(() => 'WHEN ? THEN ?').join(' ')} END`,
    );
    await queryRunner.query(
      `UPDATE ${q(table)} SET ${cases.join(', ')} WHERE ${q('id')} IN (${changed.map(() => '?').join(', ')})`,
      [...set.flatMap((column) => changed.flatMap((c) => [c.id, c.set[column]])), ...changed.map((c) => c.id)],
    );
  }
}

/**
 * Rewrites the `search_text` of every row of `tables` by today's search rules (see
 * searchTextOfFolded), from the terms the stored text holds: in batches by id, one UPDATE
 * per batch and only for rows whose text changes. For migrations that change how search
 * texts are built.
 */
export async function refreshSearchTexts(queryRunner: QueryRunner, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await rewriteRowsInBatches(queryRunner, table, ['search_text'], (rows) =>
      rows.flatMap((row) => {
        const text = rebuildSearchText(String(row.search_text ?? ''));
        return text === row.search_text ? [] : [{ id: String(row.id), set: { search_text: text } }];
      }),
    );
  }
}
