import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { tableColumn } from '../database/tableColumns';

/** Where an imported citation came from: the file, its row and when it was imported. */
export class AddCitationProvenance1766100000000 implements MigrationInterface {
  name = 'AddCitationProvenance1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns(
      'citations',
      [
        tableColumn.varchar('import_file', 300, { nullable: true }),
        tableColumn.integer('import_row', { nullable: true }),
        tableColumn.timestamp('imported_at', { nullable: true }),
      ].map((column) => new TableColumn(column)),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('citations', 'imported_at');
    await queryRunner.dropColumn('citations', 'import_row');
    await queryRunner.dropColumn('citations', 'import_file');
  }
}
