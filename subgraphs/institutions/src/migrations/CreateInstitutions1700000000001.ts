import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Institutions, people, positions and memberships. */
export class CreateInstitutions1700000000001 implements MigrationInterface {
  name = 'CreateInstitutions1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'institutions',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '300' },
          { name: 'names', type: 'text' },
          { name: 'acronym', type: 'varchar', length: '50', isNullable: true },
          { name: 'aliases', type: 'text' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'sector', type: 'varchar', length: '200', isNullable: true },
          { name: 'country', type: 'varchar', length: '2', isNullable: true },
          { name: 'city', type: 'varchar', length: '120', isNullable: true },
          { name: 'website', type: 'varchar', length: '300', isNullable: true },
          { name: 'ror_id', type: 'varchar', length: '40', isNullable: true },
          { name: 'founded_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'parent_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'sort_name', type: 'varchar', length: '300' },
          { name: 'search_text', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'idx_institutions_kind', columnNames: ['kind'] }),
          new TableIndex({ name: 'idx_institutions_country', columnNames: ['country'] }),
          new TableIndex({ name: 'idx_institutions_parent', columnNames: ['parent_id'] }),
          new TableIndex({ name: 'idx_institutions_sort_name', columnNames: ['sort_name'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'people',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'names', type: 'text' },
          { name: 'aliases', type: 'text' },
          { name: 'sort_name', type: 'varchar', length: '200' },
          { name: 'search_text', type: 'text' },
        ],
        indices: [new TableIndex({ name: 'idx_people_sort_name', columnNames: ['sort_name'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'positions',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'person_id', type: 'varchar', length: '64' },
          { name: 'institution_id', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'since', type: 'varchar', length: '10', isNullable: true },
          { name: 'until', type: 'varchar', length: '10', isNullable: true },
          { name: 'observed_on', type: 'varchar', length: '10', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_positions_person', columnNames: ['person_id'] }),
          new TableIndex({ name: 'idx_positions_institution', columnNames: ['institution_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'memberships',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'member_id', type: 'varchar', length: '64' },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'role', type: 'varchar', length: '40' },
          { name: 'since', type: 'varchar', length: '10', isNullable: true },
          { name: 'until', type: 'varchar', length: '10', isNullable: true },
          { name: 'note', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_memberships_member', columnNames: ['member_id'] }),
          new TableIndex({ name: 'idx_memberships_organization', columnNames: ['organization_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['memberships', 'positions', 'people', 'institutions']) await queryRunner.dropTable(table);
  }
}
