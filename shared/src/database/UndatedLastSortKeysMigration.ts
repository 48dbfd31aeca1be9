import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addUndatedLastColumn, dropUndatedLastColumn, type UndatedLastColumn } from './addUndatedLastColumn';

/** A subgraph's migration adding each of its undated-last sort keys (`columns`), reverted last first. */
export abstract class UndatedLastSortKeysMigration implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly columns: readonly UndatedLastColumn[];

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of this.columns) await addUndatedLastColumn(queryRunner, column);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [...this.columns].reverse()) await dropUndatedLastColumn(queryRunner, column);
  }
}
