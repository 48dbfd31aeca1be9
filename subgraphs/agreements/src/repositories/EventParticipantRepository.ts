import { In, type DataSource, type EntityManager } from 'typeorm';
import { EventParticipant, type ParticipantRole } from '../entities/EventParticipant';
import { chunks } from './sql';

/** Every SQL statement about event organisers, partners and participants lives here. */
export class EventParticipantRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEventIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventParticipant[]> {
    return manager.getRepository(EventParticipant).find({
      where: { eventId: In([...ids]) },
      order: { eventId: 'ASC', role: 'ASC', position: 'ASC' },
    });
  }

  /** An event's organisers, partners and participants as stored, read inside a transaction. */
  findForEvent(manager: EntityManager, eventId: string): Promise<EventParticipant[]> {
    return manager
      .getRepository(EventParticipant)
      .find({ where: { eventId }, order: { role: 'ASC', position: 'ASC' } });
  }

  /** Writes the institutions in `role` of a new event (no DELETE first; see AgreementCommitmentRepository.insert). */
  async insert(
    manager: EntityManager,
    eventId: string,
    role: ParticipantRole,
    institutionIds: readonly string[],
  ): Promise<void> {
    if (institutionIds.length) {
      await manager
        .getRepository(EventParticipant)
        .insert(institutionIds.map((institutionId, position) => ({ eventId, institutionId, role, position })));
    }
  }

  /** Makes an existing event's institutions in `role` exactly these, in this order. */
  async replace(
    manager: EntityManager,
    eventId: string,
    role: ParticipantRole,
    institutionIds: readonly string[],
  ): Promise<void> {
    await manager.getRepository(EventParticipant).delete({ eventId, role });
    await this.insert(manager, eventId, role, institutionIds);
  }

  /** Writes many organisers, partners and participants (of many events): one statement per 500. */
  async insertMany(manager: EntityManager, participants: readonly EventParticipant[]): Promise<void> {
    for (const chunk of chunks(participants, 500)) await manager.getRepository(EventParticipant).insert(chunk);
  }

  /** Removes every organiser, partner and participant of these events, in one statement per 500 events. */
  async deleteForEvents(manager: EntityManager, eventIds: readonly string[]): Promise<void> {
    for (const chunk of chunks(eventIds, 500))
      await manager.getRepository(EventParticipant).delete({ eventId: In(chunk) });
  }
}
