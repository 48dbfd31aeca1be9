import type { DataSource } from 'typeorm';
import {
  AuditRepository,
  assertDateOrder,
  assertImportBatch,
  citeImportSources,
  finishImport,
  foldText,
  importSourceId,
  isValidId,
  naturalKey,
  recordKey,
  reject,
  rejectRepeatedRecords,
  writeTransaction,
  type Caller,
  type EntityReferenceChecker,
  type ImportResult,
  type ImportRowResult,
  type ImportSource,
  type NewAuditEntry,
} from '@partnership-graph/shared';
import type { EventParticipant, ParticipantRole } from '../entities/EventParticipant';
import type { EventSpeaker } from '../entities/EventSpeaker';
import { CitationRepository } from '../repositories/CitationRepository';
import { EventParticipantRepository } from '../repositories/EventParticipantRepository';
import { EventRepository, type EventRow, type EventValues } from '../repositories/EventRepository';
import { EventSpeakerRepository } from '../repositories/EventSpeakerRepository';
import { eventSnapshot } from '../services/audit';
import { assertEditor } from '../services/authorization';
import type { Speaker } from '../services/inputs';
import { checkEvent, eventReferences, participantFields, type CheckedEvent, type EventFields } from '../services/rules';
import { attempt, checkBatchReferences, rejectWith, citationsWith, groupBy, importedId, sameJson, startRow, type StoredCitation } from './importRows';

/** One row of `importEvents`: a whole event, optionally its id, and its source. */
export interface EventImportRow extends EventFields {
  id?: string | null;
  source: ImportSource;
}

type Participant = { institutionId: string; role: ParticipantRole };

interface Planned {
  index: number;
  id: string;
  source: ImportSource;
  values: EventValues;
  /** Organisers, partners and participants, each role in its order. */
  participants: Participant[];
  speakers: Speaker[];
  stored: (EventRow & { participants: EventParticipant[]; speakers: EventSpeaker[]; citations: StoredCitation[] }) | null;
}

const speakerState = (speakers: readonly Speaker[]) => speakers.map((s) => [s.personId, s.institutionId, s.role, s.contribution]);
const participantState = (participants: readonly Participant[]) => participants.map((p) => [p.role, p.institutionId]);

function valuesOfRow(row: EventRow): EventValues {
  return {
    title: row.title,
    titleIsDescriptive: row.titleIsDescriptive,
    kind: row.kind,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    online: row.online,
    location: row.location,
    attendance: row.attendance,
    topics: row.topics,
    decisions: row.decisions,
  };
}

/**
 * `importEvents` (docs/import/MUTATIONS.md): the rules of `createEvent`, every
 * organiser, partner, participant and speaker checked with ONE request to the
 * institutions subgraph, matching by id else by natural key (folded title and first
 * day), and one transaction with citations and audit entries; see AgreementImport.
 */
export class EventImport {
  private readonly events: EventRepository;
  private readonly participants: EventParticipantRepository;
  private readonly speakers: EventSpeakerRepository;
  private readonly citations: CitationRepository;
  private readonly audit: AuditRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceChecker,
    private readonly caller: Caller,
  ) {
    this.events = new EventRepository(dataSource);
    this.participants = new EventParticipantRepository(dataSource);
    this.speakers = new EventSpeakerRepository(dataSource);
    this.citations = new CitationRepository(dataSource);
    this.audit = new AuditRepository(dataSource);
  }

  async run(inputs: readonly EventImportRow[], dryRun: boolean): Promise<ImportResult> {
    const actor = assertEditor(this.caller, 'importEvents');
    assertImportBatch(inputs.length);

    const rows = inputs.map((input, i) => startRow(i, input));
    // Every problem of a row is reported, unknown references included; a row whose title or id does not pass is not matched.
    const results = inputs.map((input, i) => checkEvent(input, '', (error) => rejectWith(rows[i], error)));
    await checkBatchReferences(
      this.references,
      rows,
      results.flatMap((c, index) => eventReferences(c, '').map((reference) => ({ index, reference }))),
    );
    const checked: Array<CheckedEvent | undefined> = results.map((c, i) =>
      c.values.title && (inputs[i].id == null || isValidId(inputs[i].id!)) ? c : undefined,
    );

    const keys = checked.map((c) => (c ? naturalKey(c.values.title, c.values.startsOn) : ''));
    const wantedIds = inputs.map((input, i) => input.id ?? (checked[i] ? importedId(checked[i]!.values.title, keys[i], 'event') : null));
    const stored = await this.events.findByIdsOrSortTitles(
      [...new Set(wantedIds.filter((id): id is string => id !== null))],
      [...new Set(checked.flatMap((c) => (c ? [foldText(c.values.title).slice(0, 300)] : [])))],
    );
    const byId = new Map(stored.map((e) => [e.id, e]));
    const byKey = groupBy(stored, (e) => naturalKey(e.title, e.startsOn));

    const matches: Array<EventRow | null | undefined> = checked.map((c, i) => {
      if (!c) return undefined;
      const row = rows[i];
      if (inputs[i].id != null) {
        row.id = inputs[i].id!;
        row.matchedBy = byId.has(row.id) ? 'ID' : null;
        return byId.get(row.id) ?? null;
      }
      const candidates = byKey.get(keys[i]) ?? [];
      if (candidates.length > 1) {
        const ids = candidates.map((e) => e.id).join(', ');
        reject(row, { field: 'title', reason: `matches ${candidates.length} events with this title and first day (${ids}); give the id of one` });
        return undefined;
      }
      if (candidates.length === 1) {
        row.id = candidates[0].id;
        row.matchedBy = 'NATURAL_KEY';
        return candidates[0];
      }
      row.id = wantedIds[i]!;
      if (byId.has(row.id)) reject(row, { field: 'id', reason: `the generated id ${row.id} is taken by another event; give an id` });
      return null;
    });

    const matchedIds = [...new Set(matches.flatMap((m) => (m ? [m.id] : [])))];
    const [storedParticipants, storedSpeakers, storedCitations] = matchedIds.length
      ? await Promise.all([
          this.participants.findByEventIds(matchedIds),
          this.speakers.findByEventIds(matchedIds),
          this.citations.findForRecords(matchedIds.map((id) => recordKey('event', id))),
        ])
      : [[], [], []];
    const participantsOf = groupBy(storedParticipants, (p) => p.eventId);
    const speakersOf = groupBy(storedSpeakers, (s) => s.eventId);
    const citationsOf = groupBy(storedCitations, (c) => c.recordKey);

    const planned: Planned[] = [];
    checked.forEach((c, index) => {
      const match = matches[index];
      if (!c || match === undefined) return;
      const row = rows[index];
      const input = inputs[index];
      const given = (role: ParticipantRole) => c.participants.find((p) => p.role === role)!;
      if (match === null) {
        const participants = participantFields.flatMap(([role]) => given(role).ids.map((institutionId) => ({ institutionId, role })));
        planned.push({ index, id: row.id!, source: input.source, values: c.values, participants, speakers: c.speakers, stored: null });
        return;
      }
      const current = {
        ...match,
        participants: participantsOf.get(match.id) ?? [],
        speakers: speakersOf.get(match.id) ?? [],
        citations: citationsOf.get(recordKey('event', match.id)) ?? [],
      };
      const keep = <K extends keyof EventValues>(key: K): EventValues[K] => (input[key as keyof EventFields] != null ? c.values[key] : match[key]);
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
      const storedParticipants = (role: ParticipantRole) =>
        current.participants.filter((p) => p.role === role).map((p) => ({ institutionId: p.institutionId, role }));
      const participants = participantFields.flatMap(([role, key]) =>
        input[key] != null ? given(role).ids.map((institutionId) => ({ institutionId, role })) : storedParticipants(role),
      );
      const storedSpeakerList = current.speakers.map((s) => ({
        personId: s.personId,
        institutionId: s.institutionId,
        role: s.role,
        contribution: s.contribution,
      }));
      const speakers = input.speakers != null ? c.speakers : storedSpeakerList;
      const orderField = input.endsOn != null || input.startsOn == null ? 'endsOn' : 'startsOn';
      attempt(row, () => assertDateOrder(values.startsOn, values.endsOn, orderField, 'startsOn'));
      const cited = current.citations.some((x) => x.sourceId === importSourceId(input.source));
      const same =
        sameJson(values, valuesOfRow(match)) &&
        sameJson(participantState(participants), participantState(participantFields.flatMap(([role]) => storedParticipants(role)))) &&
        sameJson(speakerState(speakers), speakerState(storedSpeakerList));
      if (row.outcome !== 'REJECTED') row.outcome = same && cited ? 'UNCHANGED' : 'UPDATED';
      planned.push({ index, id: match.id, source: input.source, values, participants, speakers, stored: current });
    });
    rejectRepeatedRecords(rows);

    return finishImport(rows, dryRun, () => this.write(planned.filter((p) => isWritten(rows[p.index])), actor));
  }

  private write(planned: readonly Planned[], actor: string): Promise<void> {
    return writeTransaction(this.dataSource, async (manager) => {
      const importedAt = new Date().toISOString();
      const created = planned.filter((p) => p.stored === null);
      const updated = planned.filter((p) => p.stored !== null);
      await this.events.insertMany(manager, created.map((p) => ({ id: p.id, values: p.values })));
      for (const p of updated) await this.events.update(manager, p.id, p.stored!.version, p.values);
      if (updated.length) {
        await this.participants.deleteForEvents(manager, updated.map((p) => p.id));
        await this.speakers.deleteForEvents(manager, updated.map((p) => p.id));
      }
      await this.participants.insertMany(
        manager,
        planned.flatMap((p) =>
          participantFields.flatMap(([role]) =>
            p.participants.filter((x) => x.role === role).map((x, position) => ({ eventId: p.id, institutionId: x.institutionId, role, position })),
          ),
        ),
      );
      await this.speakers.insertMany(manager, planned.flatMap((p) => p.speakers.map((s, position) => ({ eventId: p.id, ...s, position }))));
      await citeImportSources(manager, planned.map((p) => ({ recordKey: recordKey('event', p.id), source: p.source })), importedAt);
      await this.audit.insertMany(manager, planned.map((p) => auditEntry(p, actor, importedAt)));
    });
  }
}

function isWritten(row: ImportRowResult): boolean {
  return row.outcome === 'CREATED' || row.outcome === 'UPDATED';
}

function auditEntry(p: Planned, actor: string, at: string): NewAuditEntry {
  const version = p.stored ? p.stored.version + 1 : 1;
  const after = eventSnapshot({ id: p.id, version, ...p.values }, p.participants, p.speakers, citationsWith(p.stored?.citations ?? [], p.source));
  const before = p.stored ? eventSnapshot(p.stored, p.stored.participants, p.stored.speakers, p.stored.citations) : null;
  return { entityType: 'Event', entityId: p.id, action: p.stored ? 'IMPORT_UPDATE' : 'IMPORT_CREATE', actor, at, before, after };
}
