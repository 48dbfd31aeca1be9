import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The `sources` and `citations` tables every subgraph has. */
export class CreateSources1700000000000 implements MigrationInterface {
  name = 'CreateSources1700000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'sources',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'title_is_descriptive', type: 'boolean' },
          { name: 'publisher', type: 'varchar', length: '300', isNullable: true },
          { name: 'url', type: 'varchar', length: '1000', isNullable: true },
          { name: 'published_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'language', type: 'varchar', length: '8' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'citations',
        columns: [
          { name: 'record_key', type: 'varchar', length: '100', isPrimary: true },
          { name: 'source_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'quote', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_citations_source', columnNames: ['source_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('citations');
    await queryRunner.dropTable('sources');
  }
}
