import { Column } from 'typeorm';
import { IndexedEntity, KeyColumn, ListColumn, RecordKeyColumn, TimestampColumn } from '../database/columns';

/** Links one record (e.g. "institution:aztu") to a source that states it. */
@IndexedEntity('citations', { source: ['sourceId'] })
export class Citation {
  /** `<type>:<id>` of the cited record, so one indexed column serves every record type. */
  @RecordKeyColumn({ primary: true })
  recordKey: string;

  @KeyColumn('source_id')
  sourceId: string;

  @Column({ type: 'text', nullable: true })
  quote: string | null;

  /** For an imported record: the file's name, the row in it and when it was imported (ISO 8601). */
  @Column({ name: 'import_file', type: 'varchar', length: 300, nullable: true })
  importFile?: string | null;

  @Column({ name: 'import_row', type: 'integer', nullable: true })
  importRow?: number | null;

  @TimestampColumn('imported_at', { nullable: true })
  importedAt?: string | null;

  /**
   * The record's fields this citation states (GraphQL field names); null when not
   * declared. For an imported row: the columns it gave, which are named after the fields.
   */
  @ListColumn({ nullable: true })
  fields?: string[] | null;
}
