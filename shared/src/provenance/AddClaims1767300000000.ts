import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Claim-level provenance: the fields each citation states (`citations.fields`), the
 * values no citation states with their INFERRED or EDITORIAL basis (`claims`), and the
 * document that cites a source document as its own source (`sources.cited_in_*`).
 */
export class AddClaims1767300000000 implements MigrationInterface {
  name = 'AddClaims1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('citations', new TableColumn({ name: 'fields', type: 'text', isNullable: true }));
    await queryRunner.addColumns('sources', [
      new TableColumn({ name: 'cited_in_id', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'cited_in_quote', type: 'text', isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'claims',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'record_key', type: 'varchar', length: '100' },
          { name: 'field', type: 'varchar', length: '64' },
          { name: 'value', type: 'text', isNullable: true },
          { name: 'basis', type: 'varchar', length: '16' },
          { name: 'rule', type: 'text', isNullable: true },
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'added_by', type: 'varchar', length: '100', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_claims_record', columnNames: ['record_key'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('claims');
    await queryRunner.dropColumn('sources', 'cited_in_quote');
    await queryRunner.dropColumn('sources', 'cited_in_id');
    await queryRunner.dropColumn('citations', 'fields');
  }
}
