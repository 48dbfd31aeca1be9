import { SearchIndexesMigration } from '@partnership-graph/shared';

/** A FULLTEXT index on every searchable table's `search_text`, for rare words (see findTextSearchPage). */
export class AddSearchIndexes1766600000000 extends SearchIndexesMigration {
  name = 'AddSearchIndexes1766600000000';
  protected tables = ['institutions', 'people'];
}
