import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Links one record (e.g. "institution:aztu") to a source that states it. */
@Entity('citations')
export class Citation {
  /** `<type>:<id>` of the cited record, so one indexed column serves every record type. */
  @PrimaryColumn({ name: 'record_key', type: 'varchar', length: 100 })
  recordKey: string;

  @Index('idx_citations_source')
  @PrimaryColumn({ name: 'source_id', type: 'varchar', length: 64 })
  sourceId: string;

  @Column({ type: 'text', nullable: true })
  quote: string | null;

  /** For an imported record: the file's name, the row in it and when it was imported (ISO 8601). */
  @Column({ name: 'import_file', type: 'varchar', length: 300, nullable: true })
  importFile?: string | null;

  @Column({ name: 'import_row', type: 'integer', nullable: true })
  importRow?: number | null;

  @Column({ name: 'imported_at', type: 'varchar', length: 30, nullable: true })
  importedAt?: string | null;

  /**
   * The record's fields this citation states (GraphQL field names); null when not
   * declared. For an imported row: the columns it gave, which are named after the fields.
   */
  @Column({ type: 'simple-json', nullable: true })
  fields?: string[] | null;
}
