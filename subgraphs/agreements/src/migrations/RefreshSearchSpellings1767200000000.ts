import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshSearchTexts } from '@partnership-graph/shared';

/**
 * Search texts hold spelling skeletons and the other-language names of places, so that
 * "azerisiq", "gence" and "Aserbaidschan" find what a person means: the stored texts are
 * rebuilt by the kit's rules.
 */
export class RefreshSearchSpellings1767200000000 implements MigrationInterface {
  name = 'RefreshSearchSpellings1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await refreshSearchTexts(queryRunner, ['agreements', 'events']);
  }

  /** The old texts match a subset of today's needles only after the same rebuild; nothing to undo. */
  async down(): Promise<void> {}
}
