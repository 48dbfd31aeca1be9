import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ParticipantRole = 'ORGANIZER' | 'PARTNER' | 'PARTICIPANT';

/** An institution's part in an event: organiser, partner or other participant. */
@Entity('event_participants')
export class EventParticipant {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId: string;

  @Index('idx_event_participants_institution')
  @PrimaryColumn({ name: 'institution_id', type: 'varchar', length: 64 })
  institutionId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  role: ParticipantRole;

  @Column({ type: 'integer' })
  position: number;
}
