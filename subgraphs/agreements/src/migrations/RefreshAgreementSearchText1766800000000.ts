import type { MigrationInterface, QueryRunner } from 'typeorm';
import { agreementAreaKeys, agreementSearchText } from '../repositories/AgreementRepository';

/** Agreements rewritten per statement. */
const batch = 500;

/**
 * Agreements' search text now holds their commitments (their words and the names of
 * their kinds in every language) and the area labels of every language, and their
 * area keys name vocabulary areas by their English key. Rewrites both derived columns
 * of every stored agreement from its values and commitments, in batches by id (one
 * UPDATE per batch, only rows whose text changes), with the code that writes them, so
 * a database written before reads exactly as one written now.
 */
export class RefreshAgreementSearchText1766800000000 implements MigrationInterface {
  name = 'RefreshAgreementSearchText1766800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (name: string) => queryRunner.connection.driver.escape(name);
    let after = '';
    for (;;) {
      const rows: Array<Record<string, unknown>> = await queryRunner.query(
        `SELECT id, title, description, areas, area_keys, search_text FROM agreements WHERE id > ? ORDER BY id LIMIT ${batch}`,
        [after],
      );
      if (!rows.length) return;
      after = String(rows[rows.length - 1].id);
      const ids = rows.map((r) => String(r.id));
      const commitments: Array<Record<string, unknown>> = await queryRunner.query(
        `SELECT agreement_id, kind, description FROM agreement_commitments WHERE agreement_id IN (${ids.map(() => '?').join(', ')}) ORDER BY agreement_id, position`,
        ids,
      );
      const commitmentsOf = new Map<string, Array<{ kind: string; description: string | null }>>();
      for (const c of commitments) {
        const list = commitmentsOf.get(String(c.agreement_id)) ?? [];
        list.push({ kind: String(c.kind), description: c.description == null ? null : String(c.description) });
        commitmentsOf.set(String(c.agreement_id), list);
      }
      const changed: Array<{ id: string; areaKeys: string; searchText: string }> = [];
      for (const row of rows) {
        const id = String(row.id);
        const areas = typeof row.areas === 'string' && row.areas ? (JSON.parse(row.areas) as string[]) : [];
        const values = {
          title: String(row.title),
          description: row.description == null ? null : String(row.description),
          areas,
        };
        const columns = {
          areaKeys: agreementAreaKeys(areas),
          searchText: agreementSearchText(values, commitmentsOf.get(id) ?? []),
        };
        if (columns.areaKeys !== row.area_keys || columns.searchText !== row.search_text)
          changed.push({ id, ...columns });
      }
      if (!changed.length) continue;
      const cases = `CASE ${q('id')} ${changed.map(() => 'WHEN ? THEN ?').join(' ')} END`;
      await queryRunner.query(
        `UPDATE agreements SET area_keys = ${cases}, search_text = ${cases} WHERE id IN (${changed.map(() => '?').join(', ')})`,
        [
          ...changed.flatMap((c) => [c.id, c.areaKeys]),
          ...changed.flatMap((c) => [c.id, c.searchText]),
          ...changed.map((c) => c.id),
        ],
      );
    }
  }

  /** The old texts are a subset of what a search finds now; nothing to undo. */
  async down(): Promise<void> {}
}
