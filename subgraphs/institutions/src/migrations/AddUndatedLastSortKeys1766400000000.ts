import { UndatedLastSortKeysMigration, undatedLastColumn } from '@partnership-graph/shared';

/**
 * FOUNDED_ON_ASC puts undated institutions last. MySQL has no NULLS LAST, so
 * `ORDER BY COALESCE(founded_on, '9999')` sorted every matching row; a stored key column
 * with an index gives those pages in index order.
 */
export class AddUndatedLastSortKeys1766400000000 extends UndatedLastSortKeysMigration {
  name = 'AddUndatedLastSortKeys1766400000000';
  protected columns = [undatedLastColumn('institutions', 'founded_on', ['country', 'kind'])];
}
