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
}
