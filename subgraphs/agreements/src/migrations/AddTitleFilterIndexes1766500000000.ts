import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Agreements of some kinds or statuses in TITLE_ASC order: with only `(kind)` and
 * `(sort_title)` to choose from, MySQL walked the title index and skipped every other
 * kind, over 5 s at 1,000,000 agreements; `(kind, sort_title)` and `(status, sort_title)`
 * give the page in index order.
 */
export class AddTitleFilterIndexes1766500000000 implements MigrationInterface {
  name = 'AddTitleFilterIndexes1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'agreements',
      new TableIndex({ name: 'idx_agreements_kind_sort_title', columnNames: ['kind', 'sort_title'] }),
    );
    await queryRunner.createIndex(
      'agreements',
      new TableIndex({ name: 'idx_agreements_status_sort_title', columnNames: ['status', 'sort_title'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('agreements', 'idx_agreements_status_sort_title');
    await queryRunner.dropIndex('agreements', 'idx_agreements_kind_sort_title');
  }
}
