import { Column } from 'typeorm';
import { IndexedEntity, KeyColumn, RecordKeyColumn } from '../database/columns';

/**
 * The basis of one value of a record that no citation states: INFERRED (a rule applied
 * to what the documents say) or EDITORIAL (general knowledge an editor added, with the
 * reason). Stated values need no row here: the citation that states them lists the
 * field (`citations.fields`).
 */
@IndexedEntity('claims', { record: ['recordKey'] })
export class Claim {
  /** A hash of the record key, field, value and basis: the same claim keeps its id, so seeding is idempotent. */
  @KeyColumn()
  id: string;

  /** `<type>:<id>` of the record, as in `citations`. */
  @RecordKeyColumn()
  recordKey: string;

  /** The record's GraphQL field the value is in (name, country, parties…). */
  @Column({ type: 'varchar', length: 64 })
  field: string;

  /** For a list field: the one element the claim is about; null: the field's whole value. */
  @Column({ type: 'text', nullable: true })
  value: string | null;

  /** INFERRED or EDITORIAL. */
  @Column({ type: 'varchar', length: 16 })
  basis: string;

  /** INFERRED: the rule that gives the value from what the documents state. */
  @Column({ type: 'text', nullable: true })
  rule: string | null;

  /** EDITORIAL: why the value is kept although no document states it. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Who added the value (an editor, a team). */
  @Column({ name: 'added_by', type: 'varchar', length: 100, nullable: true })
  addedBy: string | null;
}
