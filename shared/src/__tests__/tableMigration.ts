import { Table, type MigrationInterface, type QueryRunner, type TableOptions } from 'typeorm';

/**
 * A migration that creates one table (and drops it going down), for a test's tiny entity:
 * named `Create_<table><timestamp>`, the timestamp last as TypeORM expects.
 */
export function tableMigration(timestamp: number, table: TableOptions): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `Create_${table.name}${timestamp}`;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.createTable(new Table(table));
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.dropTable(table.name!);
    }
  };
}
