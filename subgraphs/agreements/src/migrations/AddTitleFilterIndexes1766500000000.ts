import { AddIndexesMigration, indexesOn } from '@partnership-graph/shared';

/**
 * Agreements of some kinds or statuses in TITLE_ASC order: with only `(kind)` and
 * `(sort_title)` to choose from, MySQL walked the title index and skipped every other
 * kind, over 5 s at 1,000,000 agreements; `(kind, sort_title)` and `(status, sort_title)`
 * give the page in index order.
 */
export class AddTitleFilterIndexes1766500000000 extends AddIndexesMigration {
  name = 'AddTitleFilterIndexes1766500000000';
  protected added = indexesOn('agreements', {
    kind_sort_title: ['kind', 'sort_title'],
    status_sort_title: ['status', 'sort_title'],
  });
}
