import { IndexedEntity, KeyColumn } from '@partnership-graph/shared';
import { Column, PrimaryColumn } from 'typeorm';

export type ParticipantRole = 'ORGANIZER' | 'PARTNER' | 'PARTICIPANT';

/** An institution's part in an event: organiser, partner or other participant. */
@IndexedEntity('event_participants', { institution: ['institutionId'] })
export class EventParticipant {
  @KeyColumn('event_id')
  eventId: string;

  @KeyColumn('institution_id')
  institutionId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  role: ParticipantRole;

  @Column({ type: 'integer' })
  position: number;
}
