import { AddIndexesMigration, indexesOn } from '@partnership-graph/shared';

/**
 * Composite indexes for a filtered page at scale: `filter.country` or `filter.kinds`
 * ordered by name reads the index in order instead of sorting every match.
 */
export class AddScaleIndexes1766200000000 extends AddIndexesMigration {
  name = 'AddScaleIndexes1766200000000';
  protected added = indexesOn('institutions', {
    country_sort_name: ['country', 'sort_name'],
    kind_sort_name: ['kind', 'sort_name'],
  });
}
