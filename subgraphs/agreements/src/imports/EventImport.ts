import type { EntityManager } from 'typeorm';
import {
  assertDateOrder,
  naturalKey,
  type ImportRowResult,
  type ImportSource,
  type RecordChange,
} from '@partnership-graph/shared';
import type { ParticipantRole } from '../entities/EventParticipant';
import { EventParticipantRepository } from '../repositories/EventParticipantRepository';
import { EventRepository, eventValues, type EventRow, type EventValues } from '../repositories/EventRepository';
import { EventSpeakerRepository } from '../repositories/EventSpeakerRepository';
import { eventSnapshot } from '../services/audit';
import type { Speaker } from '../services/inputs';
import { checkEvent, eventReferences, participantFields, type CheckedEvent, type EventFields } from '../services/rules';
import { attempt, citationsWith, sameJson, type StoredCitation } from './importRows';
import { TitledRecordImport } from './TitledRecordImport';

/** One row of `importEvents`: a whole event, optionally its id, and its source. */
export interface EventImportRow extends EventFields {
  id?: string | null;
  source: ImportSource;
}

type Participant = { institutionId: string; role: ParticipantRole };

/** An event as an import compares and writes it: its values, lists and citations. */
export interface ImportedEvent {
  id: string;
  version: number;
  values: EventValues;
  /** Organisers, partners and participants, role by role, each role in its order. */
  participants: Participant[];
  speakers: Speaker[];
  citations: StoredCitation[];
}

const speakerState = (speakers: readonly Speaker[]) =>
  speakers.map((s) => [s.personId, s.institutionId, s.role, s.contribution]);
const participantState = (participants: readonly Participant[]) => participants.map((p) => [p.role, p.institutionId]);

/** The institutions of each role, role by role in the order of participantFields. */
function byRole(participants: readonly Participant[]): Participant[] {
  return participantFields.flatMap(([role]) =>
    participants.filter((p) => p.role === role).map((p) => ({ institutionId: p.institutionId, role })),
  );
}

/**
 * `importEvents` (docs/import/MUTATIONS.md): the rules of `createEvent`, every
 * organiser, partner, participant and speaker checked with ONE request to the
 * institutions subgraph, matching by id else by natural key (folded title and first
 * day), and one transaction with citations and audit entries; see AgreementImport.
 */
export class EventImport extends TitledRecordImport<EventImportRow, CheckedEvent, EventRow, ImportedEvent> {
  readonly entityType = 'Event';
  readonly recordType = 'event';
  protected readonly operation = 'importEvents';
  protected readonly naturalKeyParts = 'title and first day';
  private readonly events = new EventRepository(this.dataSource);
  private readonly participants = new EventParticipantRepository(this.dataSource);
  private readonly speakers = new EventSpeakerRepository(this.dataSource);

  protected checkRow(input: EventImportRow, collect: (error: unknown) => void): CheckedEvent {
    return checkEvent(input, '', collect);
  }

  protected referencesOf(checked: CheckedEvent) {
    return eventReferences(checked, '');
  }

  protected naturalKeyOf(event: { title: string; startsOn: string | null }): string {
    return naturalKey(event.title, event.startsOn);
  }

  protected findStored(
    manager: EntityManager,
    ids: readonly string[],
    sortTitles: readonly string[],
  ): Promise<EventRow[]> {
    return this.events.findByIdsOrSortTitles(manager, ids, sortTitles);
  }

  protected loadStored(
    manager: EntityManager,
    rows: readonly EventRow[],
    citationsOf: (id: string) => StoredCitation[],
  ): Promise<Map<string, ImportedEvent>> {
    return this.withLists(manager, rows, [this.participants, this.speakers], (row, participants, speakers) => ({
      id: row.id,
      version: row.version,
      values: eventValues(row),
      participants: byRole(participants),
      speakers: speakers.map((s) => ({
        personId: s.personId,
        institutionId: s.institutionId,
        role: s.role,
        contribution: s.contribution,
      })),
      citations: citationsOf(row.id),
    }));
  }

  protected created(c: CheckedEvent, id: string, source: ImportSource): ImportedEvent {
    const participants = participantFields.flatMap(([role]) =>
      given(c, role).map((institutionId) => ({ institutionId, role })),
    );
    return {
      id,
      version: 1,
      values: c.values,
      participants,
      speakers: c.speakers,
      citations: citationsWith([], source),
    };
  }

  protected merged(c: CheckedEvent, input: EventImportRow, stored: ImportedEvent, row: ImportRowResult): ImportedEvent {
    const match = stored.values;
    const keep = <K extends keyof EventValues>(key: K): EventValues[K] =>
      input[key as keyof EventFields] != null ? c.values[key] : match[key];
    const values: EventValues = {
      title: c.values.title,
      titleIsDescriptive: input.titleIsDescriptive ?? match.titleIsDescriptive,
      kind: c.values.kind,
      description: keep('description'),
      startsOn: keep('startsOn'),
      endsOn: keep('endsOn'),
      online: keep('online'),
      location: keep('location'),
      attendance: keep('attendance'),
      topics: keep('topics'),
      decisions: keep('decisions'),
    };
    // Per role: the row's list replaces the stored one; a role the row leaves out keeps its institutions.
    const participants = participantFields.flatMap(([role, key]) =>
      input[key] != null
        ? given(c, role).map((institutionId) => ({ institutionId, role }))
        : stored.participants.filter((p) => p.role === role),
    );
    const speakers = input.speakers != null ? c.speakers : stored.speakers;
    const orderField = input.endsOn != null || input.startsOn == null ? 'endsOn' : 'startsOn';
    attempt(row, () => assertDateOrder(values.startsOn, values.endsOn, orderField, 'startsOn'));
    return {
      id: stored.id,
      version: stored.version + 1,
      values,
      participants,
      speakers,
      citations: citationsWith(stored.citations, input.source),
    };
  }

  sameRecord(before: ImportedEvent, after: ImportedEvent): boolean {
    return (
      sameJson(after.values, before.values) &&
      sameJson(participantState(after.participants), participantState(before.participants)) &&
      sameJson(speakerState(after.speakers), speakerState(before.speakers))
    );
  }

  snapshot(e: ImportedEvent): object {
    return eventSnapshot({ id: e.id, version: e.version, ...e.values }, e.participants, e.speakers, e.citations);
  }

  async insert(manager: EntityManager, created: ImportedEvent[]): Promise<void> {
    await this.events.insertMany(
      manager,
      created.map((e) => ({ id: e.id, values: e.values })),
    );
    await this.insertLists(manager, created);
  }

  /** Changes by version (CONFLICT if one moved on meanwhile); lists replaced. */
  async update(manager: EntityManager, changes: Array<RecordChange<ImportedEvent>>): Promise<void> {
    for (const { before, after } of changes) await this.events.update(manager, after.id, before.version, after.values);
    const ids = changes.map((c) => c.after.id);
    await this.participants.deleteForParents(manager, ids);
    await this.speakers.deleteForParents(manager, ids);
    await this.insertLists(
      manager,
      changes.map((c) => c.after),
    );
  }

  private async insertLists(manager: EntityManager, events: readonly ImportedEvent[]): Promise<void> {
    await this.participants.insertMany(
      manager,
      events.flatMap((e) =>
        participantFields.flatMap(([role]) =>
          e.participants
            .filter((x) => x.role === role)
            .map((x, position) => ({ eventId: e.id, institutionId: x.institutionId, role, position })),
        ),
      ),
    );
    await this.speakers.insertMany(
      manager,
      events.flatMap((e) => e.speakers.map((s, position) => ({ eventId: e.id, ...s, position }))),
    );
  }
}

/** The institutions the row gives for a role. */
function given(c: CheckedEvent, role: ParticipantRole): string[] {
  return c.participants.find((p) => p.role === role)!.ids;
}
