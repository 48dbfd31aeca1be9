import type { TypePolicies, TypePolicy } from '@apollo/client/core';
import { connectionPolicy } from './connectionPolicy';

/**
 * Types with a stable `id: ID!`: an object with an id has the same field values wherever
 * it appears in the graph, so the cache keeps one object per `__typename` + `id`.
 */
export const typesKeyedById = [
  'Agreement',
  'AgreementParty',
  'AuditEntry',
  'Commitment',
  'Event',
  'EventRole',
  'EventSpeaker',
  'Institution',
  'Internship',
  'InternshipProgram',
  'Membership',
  'Partner',
  'Person',
  'Position',
  'Source',
  'Student',
  'Thesis',
  'ThesisProgram',
  'TrainingEnrollment',
  'TrainingProgram',
] as const;

/**
 * Value objects: no identity of their own, they belong to the field that holds them.
 * `merge: true` joins what a card and a detail query each select of the same field
 * (an institution's talentSummary…) instead of replacing one with the other.
 */
export const valueTypes = [
  'AgreementEdge',
  'AgreementOutcomes',
  'AuditEntryEdge',
  'Citation',
  'Claim',
  'EventEdge',
  'ImportProblem',
  'ImportResult',
  'ImportRowResult',
  'ImportedFrom',
  'InstitutionEdge',
  'InstitutionFacets',
  'InternshipEdge',
  'InternshipFunnel',
  'InternshipProgramEdge',
  'InternshipProgramStats',
  'LocalizedName',
  'PageInfo',
  'PartnershipEdge',
  'PartnershipNetwork',
  'PartnershipPath',
  'PersonEdge',
  'PositionEdge',
  'SourceEdge',
  'SourceMention',
  'StatsBucket',
  'TalentSummary',
  'ThesisEdge',
  'ThesisFunnel',
  'ThesisProgramEdge',
  'ThesisProgramStats',
  'TrainingEnrollmentEdge',
  'TrainingFunnel',
  'TrainingProgramEdge',
  'TrainingProgramStats',
] as const;

/** Every connection field, by parent type, with the arguments that pick a list (all but `first` and `after`). */
export const connectionFields: Record<string, Record<string, string[]>> = {
  Query: {
    agreements: ['filter', 'orderBy'],
    auditLog: ['entityId'],
    events: ['filter', 'orderBy'],
    institutionAuditLog: ['entityId'],
    institutions: ['filter', 'orderBy'],
    internshipPrograms: ['filter'],
    people: ['filter'],
    positions: ['filter'],
    sources: ['filter'],
    talentAuditLog: ['entityId'],
    theses: ['filter'],
    thesisPrograms: ['filter'],
    trainingPrograms: ['filter'],
  },
  Agreement: { history: [] },
  Event: { history: [] },
  Institution: { agreements: ['filter', 'orderBy'], events: ['filter', 'orderBy'], history: [] },
  Internship: { history: [] },
  InternshipProgram: { history: [], internships: ['statuses'] },
  Membership: { history: [] },
  Person: { history: [], supervisedTheses: ['role'] },
  Position: { history: [] },
  Source: {
    agreements: [],
    events: [],
    institutions: [],
    internshipPrograms: [],
    people: [],
    thesisPrograms: [],
    trainingPrograms: [],
  },
  Thesis: { history: [] },
  ThesisProgram: { history: [], theses: ['statuses'] },
  TrainingEnrollment: { history: [] },
  TrainingProgram: { enrollments: ['statuses'], history: [] },
};

/**
 * Query fields that fetch one record by its id. `merge: true`: the argument names the
 * record, so two queries that read it without selecting `id` (it then stays inside the
 * field, not normalized) add up instead of replacing each other.
 */
export const recordByIdFields = [
  'agreement',
  'event',
  'institution',
  'internship',
  'internshipProgram',
  'person',
  'source',
  'student',
  'thesis',
  'thesisProgram',
  'trainingEnrollment',
  'trainingProgram',
] as const;

/**
 * An object is normalized by its id only when the query selected the id; without it, it
 * stays inside its parent (explicit `keyFields: ['id']` would throw on such an answer).
 * The cache id is Apollo's usual `<__typename>:<id>`, e.g. `Institution:aztu`.
 */
const byIdWhenSelected: Extract<TypePolicy['keyFields'], (...args: never[]) => unknown> = (object, context) =>
  object.id == null ? false : `${context.typename}:${String(object.id)}`;

/** The cache's type policies for the whole API schema (see README: why each kind of type has the policy it has). */
export function createTypePolicies(): TypePolicies {
  const policies: TypePolicies = {};
  for (const type of typesKeyedById) policies[type] = { keyFields: byIdWhenSelected };
  // Never normalized, not even ImportRowResult, whose nullable id names the imported record, not the result.
  for (const type of valueTypes) policies[type] = { keyFields: false, merge: true };
  policies.Query = { fields: Object.fromEntries(recordByIdFields.map((field) => [field, { merge: true }])) };
  for (const [type, fields] of Object.entries(connectionFields)) {
    policies[type] = {
      ...policies[type],
      fields: {
        ...policies[type]?.fields,
        ...Object.fromEntries(Object.entries(fields).map(([field, keyArgs]) => [field, connectionPolicy(keyArgs)])),
      },
    };
  }
  return policies;
}
