import { assertDateOrder, type EntityReference } from '@partnership-graph/shared';
import type { ParticipantRole } from '../entities/EventParticipant';
import type { AgreementValues } from '../repositories/AgreementRepository';
import type { EventValues } from '../repositories/EventRepository';
import {
  institutionReferences,
  limits,
  optionalDate,
  optionalText,
  parseAreas,
  parseCommitments,
  parseIds,
  parseParties,
  parseSpeakers,
  parseTexts,
  partyReferences,
  requireText,
  speakerReferences,
  type Commitment,
  type CommitmentInput,
  type Party,
  type PartyInput,
  type Speaker,
  type SpeakerInput,
} from './inputs';

/**
 * The rules a whole agreement or event follows, whether `createAgreement`/`createEvent`
 * or an import row writes it: one place checks both. Each check throws BAD_USER_INPUT
 * naming the field under `prefix` ("input.parties[1].role" for a mutation,
 * "parties[1].role" for an import row).
 */
export function fieldAt(prefix: string): (name: string) => string {
  return (name) => (prefix ? `${prefix}.${name}` : name);
}

/**
 * Where a check's BAD_USER_INPUT goes: without a collector it is thrown (a mutation stops
 * at its first problem); with one (an import row) it is handed over and the check goes on
 * with a neutral value, so one row reports every problem it has.
 */
export type ProblemCollector = (error: unknown) => void;

function step<T>(collect: ProblemCollector | undefined, check: () => T, fallback: T): T {
  if (!collect) return check();
  try {
    return check();
  } catch (error) {
    collect(error);
    return fallback;
  }
}

/** The fields of a whole agreement, as `CreateAgreementInput` and `AgreementImportInput` give them. */
export interface AgreementFields {
  title: string;
  titleIsDescriptive?: boolean | null;
  kind: string;
  status?: string | null;
  description?: string | null;
  signedOn?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  parties: PartyInput[];
  areas?: string[] | null;
  commitments?: CommitmentInput[] | null;
}

/** The fields agreements and events both open with, checked alike (a missing title is refused). */
function checkTitled(
  input: Pick<AgreementFields, 'title' | 'titleIsDescriptive' | 'kind' | 'description'>,
  at: (field: string) => string,
  collect: ProblemCollector | undefined,
) {
  return {
    title: step(collect, () => requireText(input.title, at('title'), limits.title), ''),
    titleIsDescriptive: input.titleIsDescriptive ?? false,
    kind: input.kind,
    description: step(collect, () => optionalText(input.description, at('description'), limits.description), null),
  };
}

export interface CheckedAgreement {
  /** The values with the defaults of a new agreement (ANNOUNCED, not descriptive, no areas). */
  values: AgreementValues;
  parties: Party[];
  commitments: Commitment[];
}

export function checkAgreement(input: AgreementFields, prefix: string, collect?: ProblemCollector): CheckedAgreement {
  const at = fieldAt(prefix);
  const values: AgreementValues = {
    ...checkTitled(input, at, collect),
    status: input.status ?? 'ANNOUNCED',
    signedOn: step(collect, () => optionalDate(input.signedOn, at('signedOn')), null),
    validFrom: step(collect, () => optionalDate(input.validFrom, at('validFrom')), null),
    validUntil: step(collect, () => optionalDate(input.validUntil, at('validUntil')), null),
    areas: step(collect, () => parseAreas(input.areas, at('areas')), []),
  };
  step(collect, () => assertDateOrder(values.validFrom, values.validUntil, at('validUntil'), 'validFrom'), undefined);
  return {
    values,
    parties: step(collect, () => parseParties(input.parties, at('parties')), []),
    commitments: step(collect, () => parseCommitments(input.commitments, at('commitments')), []),
  };
}

/** The institutions and people an agreement's parties name, each with its field. */
export function agreementReferences(agreement: CheckedAgreement, prefix: string): EntityReference[] {
  return partyReferences(agreement.parties, (i) => fieldAt(prefix)(`parties[${i}]`));
}

/** The fields of a whole event, as `CreateEventInput` and `EventImportInput` give them. */
export interface EventFields {
  title: string;
  titleIsDescriptive?: boolean | null;
  kind: string;
  description?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  online?: boolean | null;
  location?: string | null;
  organizerIds?: string[] | null;
  partnerIds?: string[] | null;
  participantIds?: string[] | null;
  speakers?: SpeakerInput[] | null;
  attendance?: string | null;
  topics?: string[] | null;
  decisions?: string[] | null;
}

export type ParticipantField = 'organizerIds' | 'partnerIds' | 'participantIds';

export const participantFields: ReadonlyArray<[ParticipantRole, ParticipantField]> = [
  ['ORGANIZER', 'organizerIds'],
  ['PARTNER', 'partnerIds'],
  ['PARTICIPANT', 'participantIds'],
];

export interface CheckedEvent {
  values: EventValues;
  participants: Array<{ role: ParticipantRole; key: ParticipantField; ids: string[] }>;
  speakers: Speaker[];
}

export function checkEvent(input: EventFields, prefix: string, collect?: ProblemCollector): CheckedEvent {
  const at = fieldAt(prefix);
  const values: EventValues = {
    ...checkTitled(input, at, collect),
    startsOn: step(collect, () => optionalDate(input.startsOn, at('startsOn')), null),
    endsOn: step(collect, () => optionalDate(input.endsOn, at('endsOn')), null),
    online: input.online ?? null,
    location: step(collect, () => optionalText(input.location, at('location'), limits.location), null),
    attendance: step(collect, () => optionalText(input.attendance, at('attendance'), limits.attendance), null),
    topics: step(collect, () => parseTexts(input.topics, at('topics'), limits.listItem), []),
    decisions: step(collect, () => parseTexts(input.decisions, at('decisions'), limits.listItem), []),
  };
  step(collect, () => assertDateOrder(values.startsOn, values.endsOn, at('endsOn'), 'startsOn'), undefined);
  const participants = participantFields.map(([role, key]) => ({
    role,
    key,
    ids: step(collect, () => parseIds(input[key], at(key)), []),
  }));
  return { values, participants, speakers: step(collect, () => parseSpeakers(input.speakers, at('speakers')), []) };
}

/** The institutions and people an event names, each with its field. */
export function eventReferences(event: CheckedEvent, prefix: string): EntityReference[] {
  const at = fieldAt(prefix);
  return [
    ...event.participants.flatMap((p) => institutionReferences(p.ids, at(p.key))),
    ...speakerReferences(event.speakers, (i) => at(`speakers[${i}]`)),
  ];
}
