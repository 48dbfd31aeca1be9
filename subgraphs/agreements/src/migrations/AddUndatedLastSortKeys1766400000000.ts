import { addUndatedLastColumn, dropUndatedLastColumn, type UndatedLastColumn } from '@partnership-graph/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const columns: UndatedLastColumn[] = [
  {
    table: 'agreements',
    dateColumn: 'signed_on',
    sortColumn: 'signed_on_sort',
    indexes: [
      { name: 'idx_agreements_signed_on_sort', columnNames: ['signed_on_sort'] },
      { name: 'idx_agreements_kind_signed_on_sort', columnNames: ['kind', 'signed_on_sort'] },
      { name: 'idx_agreements_status_signed_on_sort', columnNames: ['status', 'signed_on_sort'] },
    ],
  },
  {
    table: 'events',
    dateColumn: 'starts_on',
    sortColumn: 'starts_on_sort',
    indexes: [{ name: 'idx_events_starts_on_sort', columnNames: ['starts_on_sort'] }],
  },
];

/**
 * SIGNED_ON_ASC and STARTS_ON_ASC put undated records last. MySQL has no NULLS LAST, so
 * `ORDER BY COALESCE(date, '9999')` sorted every matching row; a stored key column with
 * an index gives those pages in index order, as the descending orders already are.
 */
export class AddUndatedLastSortKeys1766400000000 implements MigrationInterface {
  name = 'AddUndatedLastSortKeys1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of columns) await addUndatedLastColumn(queryRunner, column);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [...columns].reverse()) await dropUndatedLastColumn(queryRunner, column);
  }
}
