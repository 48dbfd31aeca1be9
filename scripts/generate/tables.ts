import type { SubgraphName } from '@partnership-graph/shared';
import type { TableShape } from './sql';

/**
 * The tables the generator writes, with their columns in the order of the subgraphs'
 * migrations (subgraphs/<name>/src/migrations and shared/src/sources).
 */
const t = (name: string, columns: string[]): TableShape => ({ name, columns });

export const sources = t('sources', [
  'id',
  'title',
  'title_is_descriptive',
  'publisher',
  'url',
  'published_on',
  'language',
]);
export const citations = t('citations', ['record_key', 'source_id', 'quote']);

// institutions subgraph
export const institutions = t('institutions', [
  'id',
  'name',
  'names',
  'acronym',
  'aliases',
  'kind',
  'sector',
  'country',
  'city',
  'website',
  'ror_id',
  'founded_on',
  'parent_id',
  'sort_name',
  'search_text',
  'founded_on_sort',
]);
export const people = t('people', ['id', 'name', 'names', 'aliases', 'sort_name', 'search_text']);
export const positions = t('positions', [
  'id',
  'person_id',
  'institution_id',
  'title',
  'since',
  'until',
  'observed_on',
  'observed_dates',
  'former',
  'former_on',
  'held_from',
  'held_to',
  'not_before',
  'not_after',
  'role',
  'search_text',
]);
export const memberships = t('memberships', ['id', 'member_id', 'organization_id', 'role', 'since', 'until', 'note']);

// agreements subgraph
export const agreements = t('agreements', [
  'id',
  'title',
  'title_is_descriptive',
  'kind',
  'status',
  'description',
  'signed_on',
  'valid_from',
  'valid_until',
  'areas',
  'area_keys',
  'version',
  'sort_title',
  'search_text',
  'signed_on_sort',
]);
export const agreementParties = t('agreement_parties', [
  'agreement_id',
  'institution_id',
  'role',
  'signatory_id',
  'position',
]);
export const agreementCommitments = t('agreement_commitments', ['agreement_id', 'position', 'kind', 'description']);
export const events = t('events', [
  'id',
  'title',
  'title_is_descriptive',
  'kind',
  'description',
  'starts_on',
  'ends_on',
  'online',
  'location',
  'attendance',
  'topics',
  'decisions',
  'version',
  'sort_title',
  'search_text',
  'starts_on_sort',
]);
export const eventParticipants = t('event_participants', ['event_id', 'institution_id', 'role', 'position']);
export const eventSpeakers = t('event_speakers', [
  'event_id',
  'person_id',
  'institution_id',
  'role',
  'contribution',
  'position',
]);

// talent subgraph
export const internshipPrograms = t('internship_programs', [
  'id',
  'title',
  'description',
  'host_id',
  'levels',
  'areas',
  'seats',
  'starts_on',
  'ends_on',
  'status',
  'agreement_id',
  'version',
  'sort_title',
  'search_text',
]);
export const internshipProgramUniversities = t('internship_program_universities', ['program_id', 'institution_id']);
export const internships = t('internships', [
  'id',
  'program_id',
  'student_id',
  'level',
  'starts_on',
  'ends_on',
  'status',
  'version',
  'created_at',
]);
export const thesisPrograms = t('thesis_programs', [
  'id',
  'title',
  'description',
  'university_id',
  'industry_partner_id',
  'levels',
  'areas',
  'starts_on',
  'ends_on',
  'status',
  'agreement_id',
  'version',
  'sort_title',
  'search_text',
]);
export const theses = t('theses', [
  'id',
  'program_id',
  'student_id',
  'title',
  'level',
  'year',
  'academic_supervisor_id',
  'industry_supervisor_id',
  'status',
  'version',
  'created_at',
  'search_text',
]);
export const trainingPrograms = t('training_programs', [
  'id',
  'title',
  'description',
  'kind',
  'audience',
  'areas',
  'seats',
  'starts_on',
  'ends_on',
  'status',
  'agreement_id',
  'version',
  'sort_title',
  'search_text',
]);
export const trainingProgramProviders = t('training_program_providers', ['program_id', 'institution_id']);
export const trainingEnrollments = t('training_enrollments', [
  'id',
  'program_id',
  'student_id',
  'starts_on',
  'ends_on',
  'status',
  'version',
  'created_at',
]);
export const students = t('students', ['id', 'name', 'email', 'university_id', 'created_at']);

export type { SubgraphName };

/** Tables whose rows are records with an `id` (every id must start with `syn-`). */
export const recordTables: Record<SubgraphName, readonly string[]> = {
  institutions: ['institutions', 'people', 'positions', 'memberships'],
  agreements: ['agreements', 'events'],
  talent: [
    'internship_programs',
    'internships',
    'thesis_programs',
    'theses',
    'training_programs',
    'training_enrollments',
    'students',
  ],
};

/** Every table the generator writes or --replace empties, children before parents. */
export const dataTables: Record<SubgraphName, readonly string[]> = {
  institutions: ['citations', 'memberships', 'positions', 'people', 'institutions', 'sources'],
  agreements: [
    'citations',
    'event_speakers',
    'event_participants',
    'events',
    'agreement_commitments',
    'agreement_parties',
    'agreements',
    'audit_log',
    'sources',
  ],
  talent: [
    'citations',
    'training_enrollments',
    'training_program_providers',
    'training_programs',
    'theses',
    'thesis_programs',
    'internships',
    'internship_program_universities',
    'internship_programs',
    'students',
    'audit_log',
    'sources',
  ],
};
