import {
  assertDateOrder,
  assertValidId,
  badUserInput,
  optionalDate,
  optionalText,
  requireText,
  type EntityReference,
} from '@partnership-graph/shared';
import { areaList, idList, levelList, limits, optionalId, seatCount, type Check } from './validation';

/**
 * The rules of a programme's fields, run by the create mutations (which throw at the
 * first refusal, fields named `input.…`) and by the imports (which collect every
 * refusal of a row, fields named as in the row). A value is `undefined` when the input
 * leaves it out (or null) or when its rule refused it; callers apply the defaults of a
 * creation or keep the stored value of an update.
 */

/** Names a field: `input.title` in a mutation, `title` in an import row. */
export type FieldName = (name: string) => string;

export interface ProgramFieldsInput {
  title?: string | null;
  description?: string | null;
  areas?: string[] | null;
  startsOn?: string | null;
  endsOn?: string | null;
  status?: string | null;
  agreementId?: string | null;
}

export interface InternshipProgramFieldsInput extends ProgramFieldsInput {
  hostId?: string | null;
  universityIds?: string[] | null;
  levels?: string[] | null;
  seats?: number | null;
}

export interface ThesisProgramFieldsInput extends ProgramFieldsInput {
  universityId?: string | null;
  industryPartnerId?: string | null;
  levels?: string[] | null;
}

export interface TrainingProgramFieldsInput extends ProgramFieldsInput {
  kind?: string | null;
  providerIds?: string[] | null;
  audience?: string | null;
  seats?: number | null;
}

const given = <T>(value: T | null | undefined): value is T => value != null;
const orUndefined = <T>(value: T | null | undefined): T | undefined => (value == null ? undefined : value);

/** Title (required), description, areas, dates, status and agreement (the date order: `programDateOrder`). */
export function programFieldRules(input: ProgramFieldsInput, check: Check, f: FieldName) {
  return {
    title: check(() => requireText(input.title, f('title'), limits.title)),
    description: given(input.description)
      ? orUndefined(check(() => optionalText(input.description, f('description'), limits.description)))
      : undefined,
    areas: given(input.areas) ? check(() => areaList(input.areas, f('areas'))) : undefined,
    startsOn: given(input.startsOn) ? orUndefined(check(() => optionalDate(input.startsOn, f('startsOn')))) : undefined,
    endsOn: given(input.endsOn) ? orUndefined(check(() => optionalDate(input.endsOn, f('endsOn')))) : undefined,
    status: orUndefined(input.status),
    agreementId: given(input.agreementId)
      ? orUndefined(check(() => optionalId(input.agreementId, f('agreementId'))))
      : undefined,
  };
}

/** A programme does not end before it starts. */
export function programDateOrder(
  dates: { startsOn?: string | null; endsOn?: string | null },
  check: Check,
  f: FieldName,
): void {
  check(() => assertDateOrder(dates.startsOn ?? null, dates.endsOn ?? null, f('endsOn'), f('startsOn')));
}

export function internshipProgramFieldRules(input: InternshipProgramFieldsInput, check: Check, f: FieldName) {
  const fields = {
    ...programFieldRules(input, check, f),
    hostId: given(input.hostId) ? orUndefined(check(() => optionalId(input.hostId, f('hostId')))) : undefined,
    universityIds: given(input.universityIds)
      ? check(() => idList(input.universityIds, f('universityIds')))
      : undefined,
    levels: check(() => levelList(input.levels, f('levels'))),
    seats: given(input.seats) ? orUndefined(check(() => seatCount(input.seats, f('seats')))) : undefined,
  };
  programDateOrder(fields, check, f);
  return fields;
}

export function thesisProgramFieldRules(input: ThesisProgramFieldsInput, check: Check, f: FieldName) {
  const common = programFieldRules(input, check, f);
  const fields = {
    ...common,
    universityId: check(() => assertValidId(input.universityId as string, f('universityId'))),
    industryPartnerId: given(input.industryPartnerId)
      ? orUndefined(check(() => optionalId(input.industryPartnerId, f('industryPartnerId'))))
      : undefined,
    levels: check(() => levelList(input.levels, f('levels'))),
  };
  check(() => assertPartnerIsNotUniversity(fields.universityId, fields.industryPartnerId, f));
  programDateOrder(fields, check, f);
  return fields;
}

export function trainingProgramFieldRules(input: TrainingProgramFieldsInput, check: Check, f: FieldName) {
  const fields = {
    ...programFieldRules(input, check, f),
    kind: orUndefined(input.kind),
    providerIds: check(() => idList(input.providerIds, f('providerIds'), { min: 1 })),
    audience: given(input.audience)
      ? orUndefined(check(() => optionalText(input.audience, f('audience'), limits.audience)))
      : undefined,
    seats: given(input.seats) ? orUndefined(check(() => seatCount(input.seats, f('seats')))) : undefined,
  };
  programDateOrder(fields, check, f);
  return fields;
}

/** A thesis programme's industry partner is another institution than its university. */
export function assertPartnerIsNotUniversity(
  universityId: string | null | undefined,
  industryPartnerId: string | null | undefined,
  f: FieldName,
): void {
  if (industryPartnerId != null && industryPartnerId === universityId)
    throw badUserInput(f('industryPartnerId'), 'must not be the university itself');
}

// ─── references to other subgraphs' records ─────────────────────────────────────

export function institutionRefs(
  ids: readonly (string | null | undefined)[],
  field: (i: number) => string,
): EntityReference[] {
  return ids.flatMap((id, i) => (id ? [{ typename: 'Institution', id, field: field(i) }] : []));
}

export function agreementRefs(id: string | null | undefined, f: FieldName): EntityReference[] {
  return id ? [{ typename: 'Agreement', id, field: f('agreementId') }] : [];
}

export function internshipProgramReferences(
  fields: { hostId?: string | null; universityIds?: readonly string[] | null; agreementId?: string | null },
  f: FieldName,
): EntityReference[] {
  return [
    ...institutionRefs([fields.hostId], () => f('hostId')),
    ...institutionRefs(fields.universityIds ?? [], (i) => f(`universityIds[${i}]`)),
    ...agreementRefs(fields.agreementId, f),
  ];
}

export function thesisProgramReferences(
  fields: { universityId?: string | null; industryPartnerId?: string | null; agreementId?: string | null },
  f: FieldName,
): EntityReference[] {
  return [
    ...institutionRefs([fields.universityId], () => f('universityId')),
    ...institutionRefs([fields.industryPartnerId], () => f('industryPartnerId')),
    ...agreementRefs(fields.agreementId, f),
  ];
}

export function trainingProgramReferences(
  fields: { providerIds?: readonly string[] | null; agreementId?: string | null },
  f: FieldName,
): EntityReference[] {
  return [
    ...institutionRefs(fields.providerIds ?? [], (i) => f(`providerIds[${i}]`)),
    ...agreementRefs(fields.agreementId, f),
  ];
}
