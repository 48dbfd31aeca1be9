import type { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** A migration that creates `tables()` in order, with their indexes, and drops them in reverse order on revert. */
export abstract class CreateTablesMigration implements MigrationInterface {
  abstract readonly name: string;
  protected abstract tables(): Table[];

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of this.tables()) await queryRunner.createTable(table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of this.tables().reverse()) await queryRunner.dropTable(table.name);
  }
}
