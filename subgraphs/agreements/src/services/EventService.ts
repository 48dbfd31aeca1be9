import type { DataSource } from 'typeorm';
import {
  assertDateOrder,
  assertValidId,
  type Caller,
  type EntityReferenceChecker,
  type WritePipeline,
} from '@partnership-graph/shared';
import type { Event } from '../entities/Event';
import { EventParticipantRepository } from '../repositories/EventParticipantRepository';
import { EventRepository, eventValues, type EventValues } from '../repositories/EventRepository';
import { EventSpeakerRepository } from '../repositories/EventSpeakerRepository';
import {
  has,
  titledChanges,
  institutionReferences,
  limits,
  optionalDate,
  optionalText,
  parseIds,
  parseSpeaker,
  parseTexts,
  speakerReferences,
  type CitationInput,
  type SpeakerInput,
} from './inputs';
import { checkEvent, eventReferences, participantFields, type EventFields } from './rules';
import { TitledRecordWrites, type CreateArgs, type Versioned } from './TitledRecordWrites';

export interface CreateEventInput extends EventFields {
  sources?: CitationInput[] | null;
}

/** Changes to an event: omitted fields stay; an explicit null is checked field by field (a null title is refused). */
export type UpdateEventInput = { [K in keyof Omit<CreateEventInput, 'speakers'>]?: CreateEventInput[K] | null };

/** The write side of events (see TitledRecordWrites for the flow every method follows). */
export class EventService extends TitledRecordWrites<Event> {
  private readonly events: EventRepository;
  private readonly participants: EventParticipantRepository;
  private readonly speakers: EventSpeakerRepository;

  constructor(dataSource: DataSource, references: EntityReferenceChecker, pipeline: WritePipeline) {
    const events = new EventRepository(dataSource);
    super(dataSource, references, pipeline, 'Event', events);
    this.events = events;
    this.participants = new EventParticipantRepository(dataSource);
    this.speakers = new EventSpeakerRepository(dataSource);
  }

  create(caller: Caller, args: CreateArgs<CreateEventInput>): Promise<string> {
    return this.createRecord(
      caller,
      'createEvent',
      args,
      { check: () => checkEvent(args.input, 'input'), references: (e) => eventReferences(e, 'input') },
      async (manager, id, { values, participants, speakers }) => {
        await this.events.insert(manager, id, values);
        for (const p of participants) await this.participants.insert(manager, id, p.role, p.ids);
        await this.speakers.insertRows(
          manager,
          speakers.map((s, position) => ({ eventId: id, ...s, position })),
        );
      },
    );
  }

  update(caller: Caller, args: Versioned & { id: string; input: UpdateEventInput }): Promise<string> {
    const { id, input } = args;
    return this.changeRecord(
      caller,
      'updateEvent',
      { field: 'id', id, expectedVersion: args.expectedVersion, action: 'UPDATE', sources: input.sources },
      {
        check: () => {
          const changes: Partial<EventValues> = titledChanges(input);
          if (has(input, 'startsOn')) changes.startsOn = optionalDate(input.startsOn, 'input.startsOn');
          if (has(input, 'endsOn')) changes.endsOn = optionalDate(input.endsOn, 'input.endsOn');
          if (has(input, 'online')) changes.online = input.online ?? null;
          if (has(input, 'location'))
            changes.location = optionalText(input.location, 'input.location', limits.location);
          if (has(input, 'attendance'))
            changes.attendance = optionalText(input.attendance, 'input.attendance', limits.attendance);
          if (has(input, 'topics')) changes.topics = parseTexts(input.topics, 'input.topics', limits.listItem);
          if (has(input, 'decisions'))
            changes.decisions = parseTexts(input.decisions, 'input.decisions', limits.listItem);
          const participants = participantFields
            .filter(([, key]) => has(input, key))
            .map(([role, key]) => ({ role, key, ids: parseIds(input[key], `input.${key}`) }));
          return { changes, participants };
        },
        references: ({ participants }) => participants.flatMap((p) => institutionReferences(p.ids, `input.${p.key}`)),
      },
      async (manager, current, { changes, participants }) => {
        const values = { ...eventValues(current), ...changes };
        const field = has(input, 'endsOn') || !has(input, 'startsOn') ? 'input.endsOn' : 'input.startsOn';
        assertDateOrder(values.startsOn, values.endsOn, field, 'startsOn');
        await this.events.update(manager, id, current.version, values);
        for (const p of participants) await this.participants.replace(manager, id, p.role, p.ids);
      },
    );
  }

  addSpeaker(caller: Caller, args: Versioned & { eventId: string; speaker: SpeakerInput }): Promise<string> {
    const { eventId } = args;
    return this.changeRecord(
      caller,
      'addEventSpeaker',
      { field: 'eventId', id: eventId, expectedVersion: args.expectedVersion, action: 'UPDATE' },
      {
        check: () => parseSpeaker(args.speaker, 'speaker'),
        references: (speaker) => speakerReferences([speaker], () => 'speaker'),
      },
      (manager, current, speaker) =>
        this.appendToList(
          manager,
          current,
          this.speakers,
          {
            already: (s) => s.personId === speaker.personId,
            duplicate: ['speaker.personId', `"${speaker.personId}" is already a speaker of event "${eventId}"`],
            full: ['speaker', `an event has at most ${limits.list} speakers`],
          },
          (position) => ({ eventId, ...speaker, position }),
        ),
    );
  }

  removeSpeaker(caller: Caller, args: Versioned & { eventId: string; personId: string }): Promise<string> {
    const { eventId, personId } = args;
    return this.changeRecord(
      caller,
      'removeEventSpeaker',
      { field: 'eventId', id: eventId, expectedVersion: args.expectedVersion, action: 'UPDATE' },
      { check: () => assertValidId(personId, 'personId') },
      (manager, current) =>
        this.removeFromList(manager, current, this.speakers, {
          is: (s) => s.personId === personId,
          where: { eventId, personId },
          absent: ['personId', `"${personId}" is not a speaker of event "${eventId}"`],
        }),
    );
  }
}
