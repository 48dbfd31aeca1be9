import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Imports match institutions by ROR id: an index makes that one indexed lookup per batch. */
export class AddInstitutionImports1766300000000 implements MigrationInterface {
  name = 'AddInstitutionImports1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'institutions',
      new TableIndex({ name: 'idx_institutions_ror_id', columnNames: ['ror_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('institutions', 'idx_institutions_ror_id');
  }
}
