import { Table } from 'typeorm';
import { CreateTablesMigration } from '../database/CreateTablesMigration';
import { tableColumn, tableIndexes } from '../database/tableColumns';

/** The `sources` and `citations` tables every subgraph has. */
export class CreateSources1700000000000 extends CreateTablesMigration {
  name = 'CreateSources1700000000000';

  protected tables(): Table[] {
    return [
      new Table({
        name: 'sources',
        columns: [
          tableColumn.key(),
          tableColumn.varchar('title', 500),
          { name: 'title_is_descriptive', type: 'boolean' },
          tableColumn.varchar('publisher', 300, { nullable: true }),
          tableColumn.varchar('url', 1000, { nullable: true }),
          tableColumn.date('published_on'),
          tableColumn.varchar('language', 8),
        ],
      }),
      new Table({
        name: 'citations',
        columns: [
          tableColumn.recordKey({ primary: true }),
          tableColumn.key('source_id'),
          tableColumn.text('quote', { nullable: true }),
        ],
        indices: tableIndexes('citations', { source: ['source_id'] }),
      }),
    ];
  }
}
