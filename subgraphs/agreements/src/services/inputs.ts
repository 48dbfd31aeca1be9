import {
  assertNoDuplicates,
  assertValidId,
  badUserInput,
  foldText,
  optionalDate,
  optionalText,
  requireText,
  type EntityReference,
} from '@partnership-graph/shared';

/**
 * Checks and normalises mutation inputs before anything is written. Every check
 * throws BAD_USER_INPUT naming the field (e.g. "input.parties[1].institutionId").
 * The limits are the column limits of the migration.
 */
export const limits = {
  title: 300,
  description: 2000,
  area: 200,
  partyRole: 40,
  quote: 2000,
  speakerRole: 200,
  contribution: 2000,
  location: 300,
  attendance: 1000,
  listItem: 1000,
  /** Longest list of areas, commitments, parties, topics… one input may carry. */
  list: 50,
} as const;

export interface CitationInput {
  sourceId: string;
  quote?: string | null;
}
export interface Citation {
  sourceId: string;
  quote: string | null;
}

export interface PartyInput {
  institutionId: string;
  role?: string | null;
  signatoryId?: string | null;
}
export interface Party {
  institutionId: string;
  role: string | null;
  signatoryId: string | null;
}

export interface CommitmentInput {
  kind: string;
  description?: string | null;
}
export interface Commitment {
  kind: string;
  description: string | null;
}

export interface SpeakerInput {
  personId: string;
  institutionId?: string | null;
  role?: string | null;
  contribution?: string | null;
}
export interface Speaker {
  personId: string;
  institutionId: string | null;
  role: string | null;
  contribution: string | null;
}

/** True when the client sent the field (explicit null included). */
export function has<T extends object>(input: T, key: keyof T): boolean {
  return Object.prototype.hasOwnProperty.call(input, key) && input[key] !== undefined;
}

/** A field that may be omitted from an update but not set to null. */
export function notNull<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw badUserInput(field, 'must not be null');
  return value;
}

/** The fields every titled record (agreement, event) has, as an update gives them. */
export interface TitledFieldsInput {
  title?: string | null;
  titleIsDescriptive?: boolean | null;
  kind?: string | null;
  description?: string | null;
}

/** An update's changes to the fields every titled record has: omitted fields stay; a null title, flag or kind is refused. */
export function titledChanges(input: TitledFieldsInput): {
  title?: string;
  titleIsDescriptive?: boolean;
  kind?: string;
  description?: string | null;
} {
  const changes: ReturnType<typeof titledChanges> = {};
  if (has(input, 'title'))
    changes.title = requireText(notNull(input.title, 'input.title'), 'input.title', limits.title);
  if (has(input, 'titleIsDescriptive'))
    changes.titleIsDescriptive = notNull(input.titleIsDescriptive, 'input.titleIsDescriptive');
  if (has(input, 'kind')) changes.kind = notNull(input.kind, 'input.kind');
  if (has(input, 'description'))
    changes.description = optionalText(input.description, 'input.description', limits.description);
  return changes;
}

function list<T>(values: readonly T[] | null | undefined, field: string, max: number = limits.list): readonly T[] {
  const items = values ?? [];
  if (items.length > max) throw badUserInput(field, `at most ${max} items (got ${items.length})`);
  return items;
}

const ROLE_PATTERN = /^[A-Z][A-Z0-9_]*$/;

export function parseParty(party: PartyInput, field: string): Party {
  const role = optionalText(party.role, `${field}.role`, limits.partyRole);
  if (role !== null && !ROLE_PATTERN.test(role)) {
    throw badUserInput(`${field}.role`, 'must be an upper-case code such as SIGNATORY_PARTY, PARTY or ANNOUNCER');
  }
  return {
    institutionId: assertValidId(party.institutionId, `${field}.institutionId`),
    role,
    signatoryId: party.signatoryId != null ? assertValidId(party.signatoryId, `${field}.signatoryId`) : null,
  };
}

/** Each item parsed under its index (`field[i]`); two items with the same `keyOf` are refused. */
function parseUnique<I, T>(
  items: readonly I[],
  field: string,
  parse: (item: I, at: string) => T,
  keyOf: (parsed: T) => string,
  describe: (key: string) => string,
): T[] {
  const parsed = items.map((item, i) => parse(item, `${field}[${i}]`));
  assertNoDuplicates(parsed.map(keyOf), field, describe);
  return parsed;
}

export function parseParties(parties: readonly PartyInput[] | null | undefined, field: string): Party[] {
  const items = list(parties, field);
  if (!items.length) throw badUserInput(field, 'an agreement needs at least one party');
  return parseUnique(
    items,
    field,
    parseParty,
    (p) => p.institutionId,
    (id) => `the institution "${id}"`,
  );
}

export function partyReferences(parties: readonly Party[], field: (index: number) => string): EntityReference[] {
  return parties.flatMap((p, i) => [
    { typename: 'Institution', id: p.institutionId, field: `${field(i)}.institutionId` },
    ...(p.signatoryId ? [{ typename: 'Person', id: p.signatoryId, field: `${field(i)}.signatoryId` }] : []),
  ]);
}

export function parseAreas(areas: readonly string[] | null | undefined, field: string): string[] {
  return parseUnique(
    list(areas, field),
    field,
    (area, at) => requireText(area, at, limits.area),
    (area) => area,
    (area) => `the area "${foldText(area)}"`,
  );
}

export function parseCommitments(
  commitments: readonly CommitmentInput[] | null | undefined,
  field: string,
): Commitment[] {
  return list(commitments, field).map((c, i) => ({
    kind: c.kind,
    description: optionalText(c.description, `${field}[${i}].description`, limits.description),
  }));
}

export function parseCitations(citations: readonly CitationInput[] | null | undefined, field: string): Citation[] {
  return parseUnique(
    list(citations, field),
    field,
    (c, at) => ({
      sourceId: assertValidId(c.sourceId, `${at}.sourceId`),
      quote: optionalText(c.quote, `${at}.quote`, limits.quote),
    }),
    (c) => c.sourceId,
    (id) => `the source "${id}"`,
  );
}

/** A list of non-empty texts such as topics or decisions. */
export function parseTexts(values: readonly string[] | null | undefined, field: string, maxLength: number): string[] {
  return list(values, field).map((value, i) => requireText(value, `${field}[${i}]`, maxLength));
}

/** A list of institution ids, each once. */
export function parseIds(ids: readonly string[] | null | undefined, field: string): string[] {
  return parseUnique(
    list(ids, field),
    field,
    assertValidId,
    (id) => id,
    (id) => `"${id}"`,
  );
}

export function institutionReferences(ids: readonly string[], field: string): EntityReference[] {
  return ids.map((id, i) => ({ typename: 'Institution', id, field: `${field}[${i}]` }));
}

export function parseSpeaker(speaker: SpeakerInput, field: string): Speaker {
  return {
    personId: assertValidId(speaker.personId, `${field}.personId`),
    institutionId:
      speaker.institutionId != null ? assertValidId(speaker.institutionId, `${field}.institutionId`) : null,
    role: optionalText(speaker.role, `${field}.role`, limits.speakerRole),
    contribution: optionalText(speaker.contribution, `${field}.contribution`, limits.contribution),
  };
}

export function parseSpeakers(speakers: readonly SpeakerInput[] | null | undefined, field: string): Speaker[] {
  return parseUnique(
    list(speakers, field),
    field,
    parseSpeaker,
    (s) => s.personId,
    (id) => `the person "${id}"`,
  );
}

export function speakerReferences(speakers: readonly Speaker[], field: (index: number) => string): EntityReference[] {
  return speakers.flatMap((s, i) => [
    { typename: 'Person', id: s.personId, field: `${field(i)}.personId` },
    ...(s.institutionId ? [{ typename: 'Institution', id: s.institutionId, field: `${field(i)}.institutionId` }] : []),
  ]);
}

export { optionalDate, optionalText, requireText };
