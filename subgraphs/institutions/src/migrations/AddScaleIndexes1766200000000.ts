import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Composite indexes for a filtered page at scale: `filter.country` or `filter.kinds`
 * ordered by name reads the index in order instead of sorting every match.
 */
export class AddScaleIndexes1766200000000 implements MigrationInterface {
  name = 'AddScaleIndexes1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'institutions',
      new TableIndex({ name: 'idx_institutions_country_sort_name', columnNames: ['country', 'sort_name'] }),
    );
    await queryRunner.createIndex(
      'institutions',
      new TableIndex({ name: 'idx_institutions_kind_sort_name', columnNames: ['kind', 'sort_name'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('institutions', 'idx_institutions_kind_sort_name');
    await queryRunner.dropIndex('institutions', 'idx_institutions_country_sort_name');
  }
}
