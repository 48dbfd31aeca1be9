import type { DataSource, EntityManager } from 'typeorm';
import {
  assertDateOrder,
  assertValidId,
  badUserInput,
  conflict,
  recordKey,
  replayCreatedId,
  type Caller,
  type IdempotencyKeys,
  type EntityReferenceChecker,
} from '@partnership-graph/shared';
import type { Event } from '../entities/Event';
import { CitationRepository } from '../repositories/CitationRepository';
import { EventParticipantRepository } from '../repositories/EventParticipantRepository';
import { EventRepository, eventValues, type EventValues } from '../repositories/EventRepository';
import { EventSpeakerRepository } from '../repositories/EventSpeakerRepository';
import {
  has,
  institutionReferences,
  limits,
  notNull,
  optionalDate,
  optionalText,
  parseCitations,
  parseIds,
  parseSpeaker,
  parseTexts,
  requireText,
  speakerReferences,
  type Citation,
  type CitationInput,
  type SpeakerInput,
} from './inputs';
import { Auditor } from './audit';
import { assertEditor } from './authorization';
import { checkEvent, eventReferences, participantFields, type EventFields } from './rules';
import { newId, writeTransaction } from '@partnership-graph/shared';

export interface CreateEventInput extends EventFields {
  sources?: CitationInput[] | null;
}

/** Changes to an event: omitted fields stay; an explicit null is checked field by field (a null title is refused). */
export type UpdateEventInput = { [K in keyof Omit<CreateEventInput, 'speakers'>]?: CreateEventInput[K] | null };

/** The write side of events, for one caller; see AgreementService for the rules every method follows (authorization, input, references, one transaction with its audit entry). */
export class EventService {
  private readonly events: EventRepository;
  private readonly participants: EventParticipantRepository;
  private readonly speakers: EventSpeakerRepository;
  private readonly citations: CitationRepository;
  private readonly auditor: Auditor;

  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceChecker,
    private readonly caller: Caller,
    private readonly idempotency: IdempotencyKeys,
  ) {
    this.auditor = new Auditor(dataSource);
    this.events = new EventRepository(dataSource);
    this.participants = new EventParticipantRepository(dataSource);
    this.speakers = new EventSpeakerRepository(dataSource);
    this.citations = new CitationRepository(dataSource);
  }

  /** With `idempotencyKey`, a repeat of the same input answers the first call's event (see IdempotencyKeys). */
  async create(input: CreateEventInput, idempotencyKey?: string | null): Promise<string> {
    const actor = assertEditor(this.caller, 'createEvent');
    const event = checkEvent(input, 'input');
    const { values, participants, speakers } = event;
    const citations = parseCitations(input.sources, 'input.sources');
    await this.assertSourcesKnown(citations, 'input.sources');
    await this.references.assertExist(eventReferences(event, 'input'));

    const call = { key: idempotencyKey, caller: actor, operation: 'createEvent', input };
    return this.idempotency.run(
      this.dataSource,
      call,
      async (manager) => {
        const id = await this.freshId(manager, values.title);
        await this.events.insert(manager, id, values);
        for (const p of participants) await this.participants.insert(manager, id, p.role, p.ids);
        await this.speakers.insert(
          manager,
          speakers.map((s, position) => ({ eventId: id, ...s, position })),
        );
        await this.citations.insert(manager, recordKey('event', id), citations);
        await this.auditor.record(manager, {
          action: 'createEvent',
          actor,
          entityType: 'Event',
          entityId: id,
          before: null,
        });
        return id;
      },
      replayCreatedId,
    );
  }

  async update(id: string, expectedVersion: number, input: UpdateEventInput): Promise<string> {
    const actor = assertEditor(this.caller, 'updateEvent');
    assertValidId(id, 'id');
    const changes: Partial<EventValues> = {};
    if (has(input, 'title'))
      changes.title = requireText(notNull(input.title, 'input.title'), 'input.title', limits.title);
    if (has(input, 'titleIsDescriptive'))
      changes.titleIsDescriptive = notNull(input.titleIsDescriptive, 'input.titleIsDescriptive');
    if (has(input, 'kind')) changes.kind = notNull(input.kind, 'input.kind');
    if (has(input, 'description'))
      changes.description = optionalText(input.description, 'input.description', limits.description);
    if (has(input, 'startsOn')) changes.startsOn = optionalDate(input.startsOn, 'input.startsOn');
    if (has(input, 'endsOn')) changes.endsOn = optionalDate(input.endsOn, 'input.endsOn');
    if (has(input, 'online')) changes.online = input.online ?? null;
    if (has(input, 'location')) changes.location = optionalText(input.location, 'input.location', limits.location);
    if (has(input, 'attendance'))
      changes.attendance = optionalText(input.attendance, 'input.attendance', limits.attendance);
    if (has(input, 'topics')) changes.topics = parseTexts(input.topics, 'input.topics', limits.listItem);
    if (has(input, 'decisions')) changes.decisions = parseTexts(input.decisions, 'input.decisions', limits.listItem);
    const participants = participantFields
      .filter(([, key]) => has(input, key))
      .map(([role, key]) => ({ role, key, ids: parseIds(input[key], `input.${key}`) }));
    const citations = has(input, 'sources') ? parseCitations(input.sources, 'input.sources') : null;
    if (citations) await this.assertSourcesKnown(citations, 'input.sources');
    await this.references.assertExist(participants.flatMap((p) => institutionReferences(p.ids, `input.${p.key}`)));

    return writeTransaction(this.dataSource, async (manager) => {
      const current = await this.loadCurrent(manager, id, expectedVersion, 'id');
      const before = await this.auditor.snapshot(manager, 'Event', id);
      const values = { ...eventValues(current), ...changes };
      const field = has(input, 'endsOn') || !has(input, 'startsOn') ? 'input.endsOn' : 'input.startsOn';
      assertDateOrder(values.startsOn, values.endsOn, field, 'startsOn');
      await this.events.update(manager, id, expectedVersion, values);
      for (const p of participants) await this.participants.replace(manager, id, p.role, p.ids);
      if (citations) await this.citations.replace(manager, recordKey('event', id), citations);
      await this.auditor.record(manager, { action: 'updateEvent', actor, entityType: 'Event', entityId: id, before });
      return id;
    });
  }

  async addSpeaker(eventId: string, expectedVersion: number, input: SpeakerInput): Promise<string> {
    const actor = assertEditor(this.caller, 'addEventSpeaker');
    assertValidId(eventId, 'eventId');
    const speaker = parseSpeaker(input, 'speaker');
    await this.references.assertExist(speakerReferences([speaker], () => 'speaker'));

    return writeTransaction(this.dataSource, async (manager) => {
      await this.loadCurrent(manager, eventId, expectedVersion, 'eventId');
      const existing = await this.speakers.findForEvent(manager, eventId);
      if (existing.some((s) => s.personId === speaker.personId)) {
        throw badUserInput('speaker.personId', `"${speaker.personId}" is already a speaker of event "${eventId}"`);
      }
      if (existing.length >= limits.list) throw badUserInput('speaker', `an event has at most ${limits.list} speakers`);
      const before = await this.auditor.snapshot(manager, 'Event', eventId);
      await this.events.touch(manager, eventId, expectedVersion);
      const position = existing.reduce((max, s) => Math.max(max, s.position + 1), 0);
      await this.speakers.insert(manager, [{ eventId, ...speaker, position }]);
      await this.auditor.record(manager, {
        action: 'addEventSpeaker',
        actor,
        entityType: 'Event',
        entityId: eventId,
        before,
      });
      return eventId;
    });
  }

  async removeSpeaker(eventId: string, expectedVersion: number, personId: string): Promise<string> {
    const actor = assertEditor(this.caller, 'removeEventSpeaker');
    assertValidId(eventId, 'eventId');
    assertValidId(personId, 'personId');

    return writeTransaction(this.dataSource, async (manager) => {
      await this.loadCurrent(manager, eventId, expectedVersion, 'eventId');
      const existing = await this.speakers.findForEvent(manager, eventId);
      if (!existing.some((s) => s.personId === personId)) {
        throw badUserInput('personId', `"${personId}" is not a speaker of event "${eventId}"`);
      }
      const before = await this.auditor.snapshot(manager, 'Event', eventId);
      await this.events.touch(manager, eventId, expectedVersion);
      await this.speakers.delete(manager, eventId, personId);
      await this.auditor.record(manager, {
        action: 'removeEventSpeaker',
        actor,
        entityType: 'Event',
        entityId: eventId,
        before,
      });
      return eventId;
    });
  }

  private async loadCurrent(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    field: string,
  ): Promise<Event> {
    const current = await this.events.findForUpdate(manager, id);
    if (!current) throw badUserInput(field, `no event has id "${id}"`);
    if (current.version !== expectedVersion) {
      throw conflict(
        `The event "${id}" is at version ${current.version}, not ${expectedVersion}: it was changed by someone else; reload it and try again`,
        { id, expectedVersion, currentVersion: current.version },
      );
    }
    return current;
  }

  private async assertSourcesKnown(citations: readonly Citation[], field: string): Promise<void> {
    const known = await this.citations.knownSourceIds(citations.map((c) => c.sourceId));
    const index = citations.findIndex((c) => !known.has(c.sourceId));
    if (index >= 0)
      throw badUserInput(`${field}[${index}].sourceId`, `no source has id "${citations[index].sourceId}"`);
  }

  private async freshId(manager: EntityManager, title: string): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = newId(title, 'event');
      if (!(await this.events.exists(manager, id))) return id;
    }
    throw new Error('could not find a free event id');
  }
}
