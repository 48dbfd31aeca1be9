import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { TableIndexSet } from './tableColumns';

/** A migration that adds indexes to one table (see indexesOn) and drops them, last first, on revert. */
export abstract class AddIndexesMigration implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly added: TableIndexSet;

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of this.added.indexes) await queryRunner.createIndex(this.added.table, index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const { table, indexes } = this.added;
    for (const index of [...indexes].reverse()) await queryRunner.dropIndex(table, index.name!);
  }
}
