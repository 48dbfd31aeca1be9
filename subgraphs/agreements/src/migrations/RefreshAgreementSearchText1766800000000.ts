import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rewriteRowsInBatches } from '@partnership-graph/shared';
import { agreementAreaKeys, agreementSearchText } from '../repositories/AgreementRepository';

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
    const columns = ['title', 'description', 'areas', 'area_keys', 'search_text'];
    await rewriteRowsInBatches(queryRunner, 'agreements', columns, async (rows) => {
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
      return rows.flatMap((row) => {
        const id = String(row.id);
        const areas = typeof row.areas === 'string' && row.areas ? (JSON.parse(row.areas) as string[]) : [];
        const values = {
          title: String(row.title),
          description: row.description == null ? null : String(row.description),
          areas,
        };
        const set = {
          area_keys: agreementAreaKeys(areas),
          search_text: agreementSearchText(values, commitmentsOf.get(id) ?? []),
        };
        return set.area_keys === row.area_keys && set.search_text === row.search_text ? [] : [{ id, set }];
      });
    });
  }

  /** The old texts are a subset of what a search finds now; nothing to undo. */
  async down(): Promise<void> {}
}
