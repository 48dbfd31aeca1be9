import type { DataSource } from 'typeorm';
import { ChildRows } from '@partnership-graph/shared';
import { Event } from '../entities/Event';
import { EventSpeaker } from '../entities/EventSpeaker';
import { eventColumns, eventFromRaw, type EventRow } from './EventRepository';
import { nullableString } from './sql';

/** A person's part in an event, with the event. */
export interface EventRoleRow {
  personId: string;
  event: EventRow;
  institutionId: string | null;
  role: string | null;
  contribution: string | null;
}

/** Every SQL statement about event speakers lives here (the rows of an event: ChildRows); writes take the transaction's manager. */
export class EventSpeakerRepository extends ChildRows<EventSpeaker> {
  constructor(dataSource: DataSource) {
    super(dataSource, EventSpeaker, 'eventId', { position: 'ASC' });
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
}
