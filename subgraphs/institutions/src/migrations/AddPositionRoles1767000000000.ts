import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { searchIndex, tableColumn, tableIndex } from '@partnership-graph/shared';
import { positionRoleColumns } from '../positions/positionRecord';

const role = (nullable: boolean) => new TableColumn(tableColumn.varchar('role', 40, { nullable }));
const searchText = (nullable: boolean) => new TableColumn(tableColumn.text('search_text', { nullable }));
const roleIndex = tableIndex('positions', 'role_institution', ['role', 'institution_id']);

/**
 * The role each position's title names (Rektor, Rector and rektoru are all RECTOR) and
 * the text `positions(filter: { search })` looks in, filled for the rows already stored.
 */
export class AddPositionRoles1767000000000 implements MigrationInterface {
  name = 'AddPositionRoles1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('positions', [role(true), searchText(true)]);
    const rows: Array<{ id: string; title: string }> = await queryRunner.query('SELECT id, title FROM positions');
    // One statement per row: the role is derived by the same code that writes new rows.
    for (const row of rows) {
      const derived = positionRoleColumns(row.title);
      await queryRunner.query('UPDATE positions SET role = ?, search_text = ? WHERE id = ?', [
        derived.role,
        derived.searchText,
        row.id,
      ]);
    }
    await queryRunner.changeColumn('positions', 'role', role(false));
    await queryRunner.changeColumn('positions', 'search_text', searchText(false));
    await queryRunner.createIndex('positions', roleIndex);
    await queryRunner.createIndex('positions', searchIndex('positions'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('positions', searchIndex('positions').name!);
    await queryRunner.dropIndex('positions', roleIndex.name!);
    await queryRunner.dropColumn('positions', 'search_text');
    await queryRunner.dropColumn('positions', 'role');
  }
}
