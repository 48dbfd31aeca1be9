import { addUndatedLastColumn, dropUndatedLastColumn, type UndatedLastColumn } from '@partnership-graph/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const column: UndatedLastColumn = {
  table: 'institutions',
  dateColumn: 'founded_on',
  sortColumn: 'founded_on_sort',
  indexes: [
    { name: 'idx_institutions_founded_on_sort', columnNames: ['founded_on_sort'] },
    { name: 'idx_institutions_country_founded_on_sort', columnNames: ['country', 'founded_on_sort'] },
    { name: 'idx_institutions_kind_founded_on_sort', columnNames: ['kind', 'founded_on_sort'] },
  ],
};

/**
 * FOUNDED_ON_ASC puts undated institutions last. MySQL has no NULLS LAST, so
 * `ORDER BY COALESCE(founded_on, '9999')` sorted every matching row; a stored key column
 * with an index gives those pages in index order.
 */
export class AddUndatedLastSortKeys1766400000000 implements MigrationInterface {
  name = 'AddUndatedLastSortKeys1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addUndatedLastColumn(queryRunner, column);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropUndatedLastColumn(queryRunner, column);
  }
}
