import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person who spoke at an event; a person speaks at an event at most once here. */
@Entity('event_speakers')
export class EventSpeaker {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId: string;

  @Index('idx_event_speakers_person')
  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 64 })
  personId: string;

  @Index('idx_event_speakers_institution')
  @Column({ name: 'institution_id', type: 'varchar', length: 64, nullable: true })
  institutionId: string | null;

  /** The speaker's title as the source words it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  role: string | null;

  /** What the speaker did or spoke about, in the source's words. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  contribution: string | null;

  @Column({ type: 'integer' })
  position: number;
}
