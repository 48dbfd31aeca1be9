import { IndexedEntity, KeyColumn, RefColumn } from '@partnership-graph/shared';
import { Column } from 'typeorm';

/** A person who spoke at an event; a person speaks at an event at most once here. */
@IndexedEntity('event_speakers', { person: ['personId'], institution: ['institutionId'] })
export class EventSpeaker {
  @KeyColumn('event_id')
  eventId: string;

  @KeyColumn('person_id')
  personId: string;

  @RefColumn('institution_id', { nullable: true })
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
