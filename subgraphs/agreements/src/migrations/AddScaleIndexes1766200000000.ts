import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Composite indexes for a filtered page at scale: agreements of one kind or status in
 * the default order (signed_on DESC, id DESC) read the index in order instead of
 * sorting every match.
 */
export class AddScaleIndexes1766200000000 implements MigrationInterface {
  name = 'AddScaleIndexes1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'agreements',
      new TableIndex({ name: 'idx_agreements_kind_signed_on', columnNames: ['kind', 'signed_on'] }),
    );
    await queryRunner.createIndex(
      'agreements',
      new TableIndex({ name: 'idx_agreements_status_signed_on', columnNames: ['status', 'signed_on'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('agreements', 'idx_agreements_status_signed_on');
    await queryRunner.dropIndex('agreements', 'idx_agreements_kind_signed_on');
  }
}
