import type { Role } from '@partnership-graph/shared';

/**
 * What each kind of import file holds and where its rows go: the import mutation of
 * the subgraph that owns the records, the mutation's row input type (its fields are
 * the file's columns), the role that may write, how two rows in one file are the same
 * record, and which columns refer to other rows of the same type.
 */
export interface RecordType {
  name: string;
  mutation: string;
  inputType: string;
  role: Role;
  /**
   * Fields that identify a record, tried in order: each entry is one key (all its
   * fields folded and joined). The first key a row has values for is its key.
   */
  keys: ReadonlyArray<readonly string[]>;
  /** Reference column → the column of another row of this type it names. */
  references: Readonly<Record<string, string>>;
}

const programme = (name: string, mutation: string, inputType: string): RecordType => ({
  name,
  mutation,
  inputType,
  role: 'editor:talent',
  keys: [['id'], ['title', 'startsOn']],
  references: {},
});

export const recordTypes: readonly RecordType[] = [
  {
    name: 'institutions',
    mutation: 'importInstitutions',
    inputType: 'InstitutionImportInput',
    role: 'editor:institutions',
    keys: [['id'], ['rorId'], ['name', 'country']],
    references: { parentId: 'id', parentRorId: 'rorId' },
  },
  {
    name: 'people',
    mutation: 'importPeople',
    inputType: 'PersonImportInput',
    role: 'editor:institutions',
    keys: [['id'], ['name']],
    references: {},
  },
  {
    name: 'positions',
    mutation: 'importPositions',
    inputType: 'PositionImportInput',
    role: 'editor:institutions',
    keys: [['id'], ['personId', 'institutionId', 'title', 'since']],
    references: {},
  },
  {
    name: 'memberships',
    mutation: 'importMemberships',
    inputType: 'MembershipImportInput',
    role: 'editor:institutions',
    keys: [['id'], ['memberId', 'organizationId', 'role']],
    references: {},
  },
  {
    name: 'agreements',
    mutation: 'importAgreements',
    inputType: 'AgreementImportInput',
    role: 'editor:agreements',
    keys: [['id'], ['title', 'signedOn']],
    references: {},
  },
  {
    name: 'events',
    mutation: 'importEvents',
    inputType: 'EventImportInput',
    role: 'editor:agreements',
    keys: [['id'], ['title', 'startsOn']],
    references: {},
  },
  programme('internship-programmes', 'importInternshipPrograms', 'InternshipProgramImportInput'),
  programme('thesis-programmes', 'importThesisPrograms', 'ThesisProgramImportInput'),
  programme('training-programmes', 'importTrainingPrograms', 'TrainingProgramImportInput'),
];

/** The record type named by `--type`, or by the start of the file's name (institutions-2025.csv). */
export function recordTypeFor(typeName: string | null, fileName: string): RecordType | null {
  if (typeName) return recordTypes.find((t) => t.name === typeName) ?? null;
  const base = fileName.toLowerCase().replace(/\.[^.]+$/, '');
  const matches = recordTypes.filter(
    (t) =>
      base === t.name ||
      base.startsWith(`${t.name}-`) ||
      base.startsWith(`${t.name}_`) ||
      base.startsWith(`${t.name}.`),
  );
  return matches.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
}

/**
 * The order of an object's fields inside a CSV cell (`aztu:SIGNATORY_PARTY:person-id`):
 * the natural reading order, since the composed schema lists fields alphabetically.
 */
export const cellFieldOrder: Readonly<Record<string, readonly string[]>> = {
  AgreementPartyInput: ['institutionId', 'role', 'signatoryId'],
  CommitmentInput: ['kind', 'description'],
  EventSpeakerInput: ['personId', 'institutionId', 'role', 'contribution'],
  LocalizedNameInput: ['language', 'value'],
};
