import type { DataSource, EntityManager } from 'typeorm';
import { ChildRows } from '@partnership-graph/shared';
import { EventParticipant, type ParticipantRole } from '../entities/EventParticipant';

/** Every SQL statement about event organisers, partners and participants lives here (the rows of an event: ChildRows). */
export class EventParticipantRepository extends ChildRows<EventParticipant> {
  constructor(dataSource: DataSource) {
    super(dataSource, EventParticipant, 'eventId', { role: 'ASC', position: 'ASC' });
  }

  /** Writes the institutions in `role` of a new event. */
  insert(manager: EntityManager, eventId: string, role: ParticipantRole, institutionIds: readonly string[]) {
    return this.insertFor(manager, { eventId, role }, institutionIds.map(positioned));
  }

  /** Makes an existing event's institutions in `role` exactly these, in this order. */
  replace(manager: EntityManager, eventId: string, role: ParticipantRole, institutionIds: readonly string[]) {
    return this.replaceFor(manager, { eventId, role }, institutionIds.map(positioned));
  }
}

function positioned(institutionId: string, position: number) {
  return { institutionId, position };
}
