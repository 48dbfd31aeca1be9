import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const index = new TableIndex({ name: 'idx_agreement_commitments_kind', columnNames: ['kind', 'agreement_id'] });

/** The `commitmentKinds` filter reads the agreements with a commitment of a kind from this index alone. */
export class AddCommitmentKindIndex1766800000001 implements MigrationInterface {
  name = 'AddCommitmentKindIndex1766800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('agreement_commitments', index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('agreement_commitments', index.name!);
  }
}
