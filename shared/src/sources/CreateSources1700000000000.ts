import { createTablesMigration } from '../database/CreateTablesMigration';
import { indexedTable, tableColumn } from '../database/tableColumns';

/** The `sources` and `citations` tables every subgraph has. */
export class CreateSources1700000000000 extends createTablesMigration('CreateSources1700000000000', () => [
  indexedTable('sources', [
    tableColumn.key(),
    tableColumn.varchar('title', 500),
    { name: 'title_is_descriptive', type: 'boolean' },
    tableColumn.varchar('publisher', 300, { nullable: true }),
    tableColumn.varchar('url', 1000, { nullable: true }),
    tableColumn.date('published_on'),
    tableColumn.varchar('language', 8),
  ]),
  indexedTable(
    'citations',
    [
      tableColumn.recordKey({ primary: true }),
      tableColumn.key('source_id'),
      tableColumn.text('quote', { nullable: true }),
    ],
    { source: ['source_id'] },
  ),
]) {}
