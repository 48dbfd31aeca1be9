import type { QueryRunner } from 'typeorm';
import { rebuildSearchText } from '../text/foldText';

/** Rows rewritten per statement. */
const batch = 500;

/**
 * Rewrites the `search_text` of every row of `tables` by today's search rules (see
 * searchTextOfFolded), from the terms the stored text holds: in batches by id, one UPDATE
 * per batch and only for rows whose text changes, so a database written before searches
 * exactly as one written now. For migrations that change how search texts are built.
 */
export async function refreshSearchTexts(queryRunner: QueryRunner, tables: readonly string[]): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  for (const table of tables) {
    let after = '';
    for (;;) {
      const rows: Array<{ id: string; search_text: string }> = await queryRunner.query(
        `SELECT ${q('id')} AS id, ${q('search_text')} AS search_text FROM ${q(table)} WHERE ${q('id')} > ? ORDER BY ${q('id')} LIMIT ${batch}`,
        [after],
      );
      if (!rows.length) break;
      after = String(rows[rows.length - 1].id);
      const changed = rows.flatMap((row) => {
        const text = rebuildSearchText(String(row.search_text ?? ''));
        return text === row.search_text ? [] : [{ id: String(row.id), text }];
      });
      if (!changed.length) continue;
      await queryRunner.query(
        `UPDATE ${q(table)} SET ${q('search_text')} = CASE ${q('id')} ${changed.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE ${q('id')} IN (${changed.map(() => '?').join(', ')})`,
        [...changed.flatMap((c) => [c.id, c.text]), ...changed.map((c) => c.id)],
      );
    }
  }
}
