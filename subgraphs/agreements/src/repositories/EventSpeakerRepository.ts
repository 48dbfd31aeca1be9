import { In, type DataSource, type EntityManager } from 'typeorm';
import { Event } from '../entities/Event';
import { EventSpeaker } from '../entities/EventSpeaker';
import { eventColumns, eventFromRaw, type EventRow } from './EventRepository';
import { chunks, nullableString } from './sql';

/** A person's part in an event, with the event. */
export interface EventRoleRow {
  personId: string;
  event: EventRow;
  institutionId: string | null;
  role: string | null;
  contribution: string | null;
}

/** Every SQL statement about event speakers lives here; writes take the transaction's manager. */
export class EventSpeakerRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEventIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<EventSpeaker[]> {
    return manager.getRepository(EventSpeaker).find({
      where: { eventId: In([...ids]) },
      order: { eventId: 'ASC', position: 'ASC' },
    });
  }

  /** The events each of many people spoke at, latest first, each with the event, in one statement. */
  async findRolesByPersonIds(personIds: readonly string[]): Promise<EventRoleRow[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource
      .getRepository(Event)
      .createQueryBuilder('e')
      .innerJoin(EventSpeaker, 's', 's.event_id = e.id')
      .select([
        ...eventColumns,
        's.person_id AS speaker_person_id',
        's.institution_id AS speaker_institution_id',
        's.role AS speaker_role',
        's.contribution AS speaker_contribution',
      ])
      .where('s.person_id IN (:...personIds)', { personIds: [...personIds] })
      .orderBy("COALESCE(e.starts_on, '')", 'DESC')
      .addOrderBy('e.id', 'ASC')
      .getRawMany();
    return rows.map((raw) => ({
      personId: String(raw.speaker_person_id),
      event: eventFromRaw(raw),
      institutionId: nullableString(raw.speaker_institution_id),
      role: nullableString(raw.speaker_role),
      contribution: nullableString(raw.speaker_contribution),
    }));
  }

  findForEvent(manager: EntityManager, eventId: string): Promise<EventSpeaker[]> {
    return manager.getRepository(EventSpeaker).find({ where: { eventId }, order: { position: 'ASC' } });
  }

  async insert(manager: EntityManager, speakers: EventSpeaker[]): Promise<void> {
    if (speakers.length) await manager.getRepository(EventSpeaker).insert(speakers);
  }

  /** Writes many speakers (of many events): one statement per 500. */
  async insertMany(manager: EntityManager, speakers: readonly EventSpeaker[]): Promise<void> {
    for (const chunk of chunks(speakers, 500)) await manager.getRepository(EventSpeaker).insert(chunk);
  }

  /** Removes every speaker of these events, in one statement per 500 events. */
  async deleteForEvents(manager: EntityManager, eventIds: readonly string[]): Promise<void> {
    for (const chunk of chunks(eventIds, 500)) await manager.getRepository(EventSpeaker).delete({ eventId: In(chunk) });
  }

  async delete(manager: EntityManager, eventId: string, personId: string): Promise<void> {
    await manager.getRepository(EventSpeaker).delete({ eventId, personId });
  }

  async deleteAll(manager: EntityManager, eventId: string): Promise<void> {
    await manager.getRepository(EventSpeaker).delete({ eventId });
  }
}
