import type { MigrationInterface, QueryRunner } from 'typeorm';
import { buildSearchText } from '@partnership-graph/shared';

const parse = (value: unknown): unknown[] =>
  typeof value === 'string' ? JSON.parse(value) : ((value as unknown[]) ?? []);
const names = (value: unknown) => (parse(value) as Array<{ value: string }>).map((n) => n.value);
const aliases = (value: unknown) => parse(value) as string[];

/**
 * Search texts also hold names with the Azerbaijani "ə" typed as "a" (see buildSearchText),
 * which the stored folded text cannot give back: the institutions' and people's texts are
 * rebuilt from their names, acronyms and aliases, one UPDATE per changed row.
 */
export class RefreshSchwaSpellings1767300000002 implements MigrationInterface {
  name = 'RefreshSchwaSpellings1767300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const institutions: Array<Record<string, unknown>> = await queryRunner.query(
      'SELECT id, name, names, acronym, aliases, search_text FROM institutions',
    );
    for (const row of institutions) {
      const text = buildSearchText([
        String(row.name),
        ...names(row.names),
        row.acronym as string | null,
        ...aliases(row.aliases),
      ]);
      if (text !== row.search_text)
        await queryRunner.query('UPDATE institutions SET search_text = ? WHERE id = ?', [text, row.id]);
    }
    const people: Array<Record<string, unknown>> = await queryRunner.query(
      'SELECT id, name, names, aliases, search_text FROM people',
    );
    for (const row of people) {
      const text = buildSearchText([String(row.name), ...names(row.names), ...aliases(row.aliases)]);
      if (text !== row.search_text)
        await queryRunner.query('UPDATE people SET search_text = ? WHERE id = ?', [text, row.id]);
    }
  }

  /** The old texts are a subset of the new ones; nothing to undo. */
  async down(): Promise<void> {}
}
