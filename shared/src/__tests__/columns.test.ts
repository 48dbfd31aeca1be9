import { Table } from 'typeorm';
import { undatedLastColumn } from '../database/addUndatedLastColumn';
import {
  CodeColumn,
  DateColumn,
  filteredOrderIndexes,
  KeyColumn,
  ListColumn,
  RecordKeyColumn,
  RefColumn,
  SearchableEntity,
  StatusColumn,
  TimestampColumn,
  UndatedLastKeyColumn,
  VarcharColumn,
} from '../database/columns';
import { CreateTablesMigration } from '../database/CreateTablesMigration';
import { searchIndex } from '../database/textSearch';
import { tableColumn, tableIndexes } from '../database/tableColumns';
import { TitledRecord } from '../database/TitledRecord';
import { testDatabases } from '../testing/testDatabases';
import { throwawayDatabase } from './throwawayDatabase';

/** Every column decorator once, on a titled record. */
@SearchableEntity('column_samples', {
  parent: ['parentId'],
  sort_title: ['sortTitle'],
  ...filteredOrderIndexes(['parentId'], ['startsOnSort']),
})
class ColumnSample extends TitledRecord {
  @KeyColumn('part')
  part: string;

  @RefColumn('parent_id', { nullable: true })
  parentId: string | null;

  @RefColumn('owner_id')
  ownerId: string;

  @DateColumn('starts_on')
  startsOn: string | null;

  @UndatedLastKeyColumn('starts_on')
  startsOnSort: string;

  @DateColumn()
  until: string | null;

  @TimestampColumn('created_at')
  createdAt: string;

  @TimestampColumn('seen_at', { nullable: true })
  seenAt: string | null;

  @RecordKeyColumn()
  recordKey: string;

  @ListColumn()
  areas: string[];

  @ListColumn({ name: 'other_names', nullable: true })
  otherNames: string[] | null;

  @StatusColumn()
  status: string;

  @CodeColumn('entity_type')
  entityType: string;

  @VarcharColumn(254, { name: 'contact_email', nullable: true })
  contactEmail: string | null;
}

/** The same table from the builders, as a subgraph's migration declares it. */
class CreateColumnSamples1000000000010 extends CreateTablesMigration {
  name = 'CreateColumnSamples1000000000010';

  protected tables(): Table[] {
    return [
      new Table({
        name: 'column_samples',
        columns: [
          tableColumn.key(),
          tableColumn.varchar('title', 300),
          tableColumn.varchar('description', 2000, { nullable: true }),
          tableColumn.lockVersion(),
          tableColumn.sortKey('sort_title', 300),
          tableColumn.searchText(),
          tableColumn.key('part'),
          tableColumn.ref('parent_id', { nullable: true }),
          tableColumn.ref('owner_id'),
          tableColumn.date('starts_on'),
          tableColumn.varchar('starts_on_sort', 10),
          tableColumn.date('until'),
          tableColumn.timestamp('created_at'),
          tableColumn.timestamp('seen_at', { nullable: true }),
          tableColumn.recordKey(),
          tableColumn.text('areas'),
          tableColumn.text('other_names', { nullable: true }),
          tableColumn.status(),
          tableColumn.code('entity_type'),
          tableColumn.varchar('contact_email', 254, { nullable: true }),
        ],
        indices: [
          ...tableIndexes('column_samples', {
            parent: ['parent_id'],
            sort_title: ['sort_title'],
            parent_id_starts_on_sort: ['parent_id', 'starts_on_sort'],
          }),
          searchIndex('column_samples'),
        ],
      }),
    ];
  }
}

describe('column helpers', () => {
  it('name one index per filter and order, in snake case', () => {
    expect(filteredOrderIndexes(['kind', 'status'], ['signedOn', 'sortTitle'])).toEqual({
      kind_signed_on: ['kind', 'signedOn'],
      kind_sort_title: ['kind', 'sortTitle'],
      status_signed_on: ['status', 'signedOn'],
      status_sort_title: ['status', 'sortTitle'],
    });
  });

  it('derive an undated-last sort key and its indexes from the date column', () => {
    expect(undatedLastColumn('events', 'starts_on', ['kind'])).toEqual({
      table: 'events',
      dateColumn: 'starts_on',
      sortColumn: 'starts_on_sort',
      indexes: [
        { name: 'idx_events_starts_on_sort', columnNames: ['starts_on_sort'] },
        { name: 'idx_events_kind_starts_on_sort', columnNames: ['kind', 'starts_on_sort'] },
      ],
    });
  });
});

describe.each(testDatabases())('column decorators and table builders on $label', (db) => {
  const dataSource = throwawayDatabase(db, 'columns', [ColumnSample], [CreateColumnSamples1000000000010]);

  it('describe the same table: the migrated schema is what the entity maps, with nothing pending', async () => {
    const pending = await dataSource().driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('drop the created tables going down', async () => {
    await dataSource().undoLastMigration();
    const runner = dataSource().createQueryRunner();
    try {
      expect(await runner.hasTable('column_samples')).toBe(false);
    } finally {
      await runner.release();
    }
    await dataSource().runMigrations();
  });
});
