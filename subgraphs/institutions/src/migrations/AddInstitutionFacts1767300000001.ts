import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Facts the documents state that had no column: an institution's description in the
 * documents' words and the member and country counts they give (an alliance "which
 * unites 173 universities from 27 countries"), and a person's academic titles.
 */
export class AddInstitutionFacts1767300000001 implements MigrationInterface {
  name = 'AddInstitutionFacts1767300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('institutions', [
      new TableColumn({ name: 'description', type: 'text', isNullable: true }),
      new TableColumn({ name: 'member_count', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'member_country_count', type: 'integer', isNullable: true }),
    ]);
    await queryRunner.addColumn('people', new TableColumn({ name: 'academic_titles', type: 'text', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('people', 'academic_titles');
    await queryRunner.dropColumn('institutions', 'member_country_count');
    await queryRunner.dropColumn('institutions', 'member_count');
    await queryRunner.dropColumn('institutions', 'description');
  }
}
