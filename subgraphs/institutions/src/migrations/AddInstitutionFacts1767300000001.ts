import { tableColumn } from '@partnership-graph/shared';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Facts the documents state that had no column: an institution's description in the
 * documents' words and the member and country counts they give (an alliance "which
 * unites 173 universities from 27 countries"), and a person's academic titles.
 */
export class AddInstitutionFacts1767300000001 implements MigrationInterface {
  name = 'AddInstitutionFacts1767300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const nullable = { nullable: true };
    await queryRunner.addColumns(
      'institutions',
      [
        tableColumn.text('description', nullable),
        tableColumn.integer('member_count', nullable),
        tableColumn.integer('member_country_count', nullable),
      ].map((column) => new TableColumn(column)),
    );
    await queryRunner.addColumn('people', new TableColumn(tableColumn.text('academic_titles', nullable)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('people', 'academic_titles');
    await queryRunner.dropColumn('institutions', 'member_country_count');
    await queryRunner.dropColumn('institutions', 'member_count');
    await queryRunner.dropColumn('institutions', 'description');
  }
}
