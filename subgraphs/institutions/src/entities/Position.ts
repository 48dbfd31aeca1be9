import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('positions')
export class Position {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index('idx_positions_person')
  @Column({ name: 'person_id', type: 'varchar', length: 64 })
  personId: string;

  @Index('idx_positions_institution')
  @Column({ name: 'institution_id', type: 'varchar', length: 64 })
  institutionId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  since: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  until: string | null;

  /** The latest of `observedDates`. */
  @Column({ name: 'observed_on', type: 'varchar', length: 10, nullable: true })
  observedOn: string | null;

  /** Every date on which a source shows the person in the role, in order. */
  @Column({ name: 'observed_dates', type: 'simple-json' })
  observedDates: string[];

  /** A source calls the role former. */
  @Column({ type: 'boolean', default: false })
  former: boolean;

  /** The date of the earliest dated source that calls the role former. */
  @Column({ name: 'former_on', type: 'varchar', length: 10, nullable: true })
  formerOn: string | null;

  // What the facts above settle (positionEvidence), kept for filtering in SQL.
  @Column({ name: 'held_from', type: 'varchar', length: 10, nullable: true })
  heldFrom: string | null;

  @Column({ name: 'held_to', type: 'varchar', length: 10, nullable: true })
  heldTo: string | null;

  @Column({ name: 'not_before', type: 'varchar', length: 10, nullable: true })
  notBefore: string | null;

  @Column({ name: 'not_after', type: 'varchar', length: 10, nullable: true })
  notAfter: string | null;
}
