import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { tableColumn, tableIndexes } from '../database/tableColumns';

/**
 * Claim-level provenance: the fields each citation states (`citations.fields`), the
 * values no citation states with their INFERRED or EDITORIAL basis (`claims`), and the
 * document that cites a source document as its own source (`sources.cited_in_*`).
 */
export class AddClaims1767300000000 implements MigrationInterface {
  name = 'AddClaims1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('citations', new TableColumn(tableColumn.text('fields', { nullable: true })));
    await queryRunner.addColumns('sources', [
      new TableColumn(tableColumn.ref('cited_in_id', { nullable: true })),
      new TableColumn(tableColumn.text('cited_in_quote', { nullable: true })),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'claims',
        columns: [
          tableColumn.key(),
          tableColumn.recordKey(),
          tableColumn.varchar('field', 64),
          tableColumn.text('value', { nullable: true }),
          tableColumn.varchar('basis', 16),
          tableColumn.text('rule', { nullable: true }),
          tableColumn.text('reason', { nullable: true }),
          tableColumn.varchar('added_by', 100, { nullable: true }),
        ],
        indices: tableIndexes('claims', { record: ['record_key'] }),
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
