import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { searchIndex } from '@partnership-graph/shared';
import { positionRoleColumns } from '../positions/positionRecord';

const role = (isNullable: boolean) => new TableColumn({ name: 'role', type: 'varchar', length: '40', isNullable });
const searchText = (isNullable: boolean) => new TableColumn({ name: 'search_text', type: 'text', isNullable });
const roleIndex = new TableIndex({ name: 'idx_positions_role_institution', columnNames: ['role', 'institution_id'] });

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
