import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Where an imported citation came from: the file, its row and when it was imported. */
export class AddCitationProvenance1766100000000 implements MigrationInterface {
  name = 'AddCitationProvenance1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('citations', [
      new TableColumn({ name: 'import_file', type: 'varchar', length: '300', isNullable: true }),
      new TableColumn({ name: 'import_row', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'imported_at', type: 'varchar', length: '30', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('citations', 'imported_at');
    await queryRunner.dropColumn('citations', 'import_row');
    await queryRunner.dropColumn('citations', 'import_file');
  }
}
