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

/**
 * The base of a migration named `name` that creates `tables()`: the migration declares
 * only its class, `class CreateX1700000000000 extends createTablesMigration('CreateX1700000000000', () => [...]) {}`.
 */
export function createTablesMigration(name: string, tables: () => Table[]) {
  return class extends CreateTablesMigration {
    readonly name = name;

    tables(): Table[] {
      return tables();
    }
  };
}
