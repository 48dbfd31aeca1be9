import { UndatedLastSortKeysMigration, undatedLastColumn } from '@partnership-graph/shared';

/**
 * SIGNED_ON_ASC and STARTS_ON_ASC put undated records last. MySQL has no NULLS LAST, so
 * `ORDER BY COALESCE(date, '9999')` sorted every matching row; a stored key column with
 * an index gives those pages in index order, as the descending orders already are.
 */
export class AddUndatedLastSortKeys1766400000000 extends UndatedLastSortKeysMigration {
  name = 'AddUndatedLastSortKeys1766400000000';
  protected columns = [
    undatedLastColumn('agreements', 'signed_on', ['kind', 'status']),
    undatedLastColumn('events', 'starts_on'),
  ];
}
