import { In, type DataSource, type EntityManager } from 'typeorm';
import { EventParticipant, type ParticipantRole } from '../entities/EventParticipant';

/** Every SQL statement about event organisers, partners and participants lives here. */
export class EventParticipantRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEventIds(ids: readonly string[]): Promise<EventParticipant[]> {
    return this.dataSource.getRepository(EventParticipant).find({
      where: { eventId: In([...ids]) },
      order: { eventId: 'ASC', role: 'ASC', position: 'ASC' },
    });
  }

  /** An event's organisers, partners and participants as stored, read inside a transaction. */
  findForEvent(manager: EntityManager, eventId: string): Promise<EventParticipant[]> {
    return manager.getRepository(EventParticipant).find({ where: { eventId }, order: { role: 'ASC', position: 'ASC' } });
  }

  /** Writes the institutions in `role` of a new event (no DELETE first; see AgreementCommitmentRepository.insert). */
  async insert(manager: EntityManager, eventId: string, role: ParticipantRole, institutionIds: readonly string[]): Promise<void> {
    if (institutionIds.length) {
      await manager
        .getRepository(EventParticipant)
        .insert(institutionIds.map((institutionId, position) => ({ eventId, institutionId, role, position })));
    }
  }

  /** Makes an existing event's institutions in `role` exactly these, in this order. */
  async replace(manager: EntityManager, eventId: string, role: ParticipantRole, institutionIds: readonly string[]): Promise<void> {
    await manager.getRepository(EventParticipant).delete({ eventId, role });
    await this.insert(manager, eventId, role, institutionIds);
  }
}
