import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { InternshipProgram as InternshipProgramRow } from '../entities/InternshipProgram';
import { Internship as InternshipRow } from '../entities/Internship';
import { ThesisProgram as ThesisProgramRow } from '../entities/ThesisProgram';
import { Thesis as ThesisRow } from '../entities/Thesis';
import { TrainingProgram as TrainingProgramRow } from '../entities/TrainingProgram';
import { TrainingEnrollment as TrainingEnrollmentRow } from '../entities/TrainingEnrollment';
import { Student as StudentRow } from '../entities/Student';
import { AuditEntryRow, SourceParent, RecordCitation, ClaimView, SourceMentionView, Connection } from '@partnership-graph/shared';
import { EntityRef, TalentSummaryParent, AgreementOutcomesParent } from '../resolvers/parents';
import { LazyConnection, AnyConnection } from '../resolvers/connections';
import { TalentContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date as an ISO 8601 string with the precision the source gives:
   * YYYY-MM-DD, YYYY-MM or YYYY.
   */
  Date: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * An agreement between institutions: a memorandum of understanding, a cooperation
 * agreement, a membership, or a cooperation programme that one side announces.
 */
export type Agreement = {
  __typename?: 'Agreement';
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /** The internship, thesis and training programmes that come from this agreement. */
  outcomes?: Maybe<AgreementOutcomes>;
};

/** The talent programmes an agreement produced. */
export type AgreementOutcomes = {
  __typename?: 'AgreementOutcomes';
  /** How many internship programmes. */
  internshipProgramCount: Scalars['Int']['output'];
  /** Internship programmes from the agreement, by title. */
  internshipPrograms: Array<InternshipProgram>;
  /** How many thesis programmes. */
  thesisProgramCount: Scalars['Int']['output'];
  /** Thesis programmes from the agreement, by title. */
  thesisPrograms: Array<ThesisProgram>;
  /** How many training programmes. */
  trainingProgramCount: Scalars['Int']['output'];
  /** Training programmes from the agreement, by title. */
  trainingPrograms: Array<TrainingProgram>;
};

/** One recorded change: who did what to which record, and when, with the record before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. CREATE, UPDATE, TRANSITION. */
  action: Scalars['String']['output'];
  /** Who did it (the token's subject). */
  actor: Scalars['String']['output'];
  /** The record after the change, as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** When, as an ISO 8601 timestamp. */
  at: Scalars['String']['output'];
  /** The record before the change, as JSON; null for a creation. */
  before?: Maybe<Scalars['String']['output']>;
  /** The id of the changed record. */
  entityId: Scalars['ID']['output'];
  /** The type of the changed record, e.g. Agreement. */
  entityType: Scalars['String']['output'];
  /** Stable id of the entry. */
  id: Scalars['ID']['output'];
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries on this page, each with its cursor. */
  edges: Array<AuditEntryEdge>;
  /** The entries on this page, newest first. */
  nodes: Array<AuditEntry>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries the record has in all. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** How widely an answer may be shared by caches (Apollo's cache-control scope). */
export type CacheControlScope =
  /** The answer depends on the caller: only the caller's own cache may keep it. */
  | 'PRIVATE'
  /** Every caller gets the same answer: shared caches (the gateway's, a CDN) may keep it. */
  | 'PUBLIC';

/** One record's citation of a document: which document, the passage it quotes for this record and, for an imported record, the file row it came from. */
export type Citation = {
  __typename?: 'Citation';
  /** The record's fields (GraphQL names) whose values this document states; for an imported row, the columns it gave. Empty when not declared. */
  fields: Array<Scalars['String']['output']>;
  /** For a record that came in through an import: the file, its row and when. */
  importedFrom?: Maybe<ImportedFrom>;
  /** The passage of the document that states this record's facts, verbatim; null when none is quoted. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The document, the same wherever it is cited. */
  source: Source;
};

/**
 * The basis of one value of a record: which field (and, for a list, which element), and
 * why the graph holds it — a document states it (STATED, with the citations), a rule
 * gives it from what documents state (INFERRED), an editor added it from general
 * knowledge (EDITORIAL), or an imported file's row and column gave it (IMPORTED).
 */
export type Claim = {
  __typename?: 'Claim';
  /** EDITORIAL: who added the value. */
  addedBy?: Maybe<Scalars['String']['output']>;
  /** Why the graph holds the value. */
  basis: ClaimBasis;
  /** STATED: the citations whose documents state the value; IMPORTED: the imported row's citation; empty otherwise. */
  citations: Array<Citation>;
  /** The record's field the value is in, by its GraphQL name (for an imported value: the file's column, named after the field). */
  field: Scalars['String']['output'];
  /** IMPORTED: the file, row and column that gave the value. */
  importedFrom?: Maybe<ImportedFrom>;
  /** STATED: the passage of the first citing document that states the value, verbatim. */
  quote?: Maybe<Scalars['String']['output']>;
  /** EDITORIAL: why the value is kept although no document states it. */
  reason?: Maybe<Scalars['String']['output']>;
  /** INFERRED: the rule that gives the value from what the documents state. */
  rule?: Maybe<Scalars['String']['output']>;
  /** For a list field (names, aliases, parties…): the one element the claim is about; null when it covers the field's value. */
  value?: Maybe<Scalars['String']['output']>;
};

/** Why the graph holds a value. */
export type ClaimBasis =
  /** General knowledge an editor added: see the claim's reason and addedBy. */
  | 'EDITORIAL'
  /** An imported file's row gave it: see the claim's importedFrom (file, row, column). */
  | 'IMPORTED'
  /** A rule gives it from what documents state: see the claim's rule. */
  | 'INFERRED'
  /** A document states it: see the claim's citations and quote. */
  | 'STATED';

/** A new internship programme. */
export type CreateInternshipProgramInput = {
  /** The id of the agreement it comes from, if any. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic areas (at most 20, each at most 100 characters). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the programme is (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End date, if known (not before the start). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The host institution's id, if known. */
  hostId?: InputMaybe<Scalars['ID']['input']>;
  /** A kebab-case id to use; generated from the title when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The levels it is open to (at least one). */
  levels: Array<StudyLevel>;
  /** Seats (1 to 100000); omit when there is no limit. */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** Start date, if known. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Initial status (default ANNOUNCED). */
  status?: InputMaybe<ProgramStatus>;
  /** A short title (at most 300 characters). */
  title: Scalars['String']['input'];
  /** Ids of the universities whose students take part. */
  universityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A new thesis programme. */
export type CreateThesisProgramInput = {
  /** The id of the agreement it comes from, if any. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic areas (at most 20, each at most 100 characters). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the programme is (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End date, if known (not before the start). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A kebab-case id to use; generated from the title when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The industry partner's id, if known. */
  industryPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** The levels of the theses (at least one). */
  levels: Array<StudyLevel>;
  /** Start date, if known. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Initial status (default ANNOUNCED). */
  status?: InputMaybe<ProgramStatus>;
  /** A short title (at most 300 characters). */
  title: Scalars['String']['input'];
  /** The university's id. */
  universityId: Scalars['ID']['input'];
};

/** A new training programme. */
export type CreateTrainingProgramInput = {
  /** The id of the agreement it comes from, if any. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic areas (at most 20, each at most 100 characters). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who it is for (at most 500 characters). */
  audience?: InputMaybe<Scalars['String']['input']>;
  /** What the programme is (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End date, if known (not before the start). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A kebab-case id to use; generated from the title when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of training. */
  kind: TrainingKind;
  /** Ids of the institutions that run it (at least one). */
  providerIds: Array<Scalars['ID']['input']>;
  /** Seats (1 to 100000); omit when there is no limit. */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** Start date, if known. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Initial status (default ANNOUNCED). */
  status?: InputMaybe<ProgramStatus>;
  /** A short title (at most 300 characters). */
  title: Scalars['String']['input'];
};

/** An enrolment in an internship programme: give exactly one of `studentId` and `student`. */
export type EnrollInInternshipProgramInput = {
  /** When it ends, if known (not before the start; within the programme's dates). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The level the student enrols at; the programme must offer it. */
  level: StudyLevel;
  /** The internship programme. */
  programId: Scalars['ID']['input'];
  /** When the internship starts, if known (within the programme's dates). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new student to create. */
  student?: InputMaybe<NewStudentInput>;
  /** An existing student. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

/** An enrolment in a training programme: give exactly one of `studentId` and `student`. */
export type EnrollInTrainingProgramInput = {
  /** When the participant finishes, if known (not before the start; within the programme's dates). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The training programme. */
  programId: Scalars['ID']['input'];
  /** When the participant starts, if known (within the programme's dates). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new participant to create. */
  student?: InputMaybe<NewStudentInput>;
  /** An existing student. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

/** How an imported row found its existing record. */
export type ImportMatch =
  /** By the record's id. */
  | 'ID'
  /** By the normalised natural key (e.g. name and country), folding case, diacritics and transliterations. */
  | 'NATURAL_KEY'
  /** By the institution's ROR id. */
  | 'ROR_ID';

/** What importing a row does to its record. */
export type ImportOutcome =
  /** A new record is created. */
  | 'CREATED'
  /** The row has problems; see `problems`. */
  | 'REJECTED'
  /** An existing record already says everything the row says. */
  | 'UNCHANGED'
  /** An existing record is changed (and the change is audited). */
  | 'UPDATED';

/** One reason a row is rejected. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The field of the row, e.g. country, parties[1].institutionId, source.url. */
  field: Scalars['String']['output'];
  /** What is wrong, e.g. unknown institution: xyz. */
  reason: Scalars['String']['output'];
};

/** What an import call did, or would do in a dry run. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** Rows that create a record. */
  created: Scalars['Int']['output'];
  /** True when nothing was written because `dryRun` was set. */
  dryRun: Scalars['Boolean']['output'];
  /** Rows with problems; when there are any, nothing is written. */
  rejected: Scalars['Int']['output'];
  /** Each row's outcome, in the order given. */
  rows: Array<ImportRowResult>;
  /** Rows that match a record which already says all they say. */
  unchanged: Scalars['Int']['output'];
  /** Rows that change a record. */
  updated: Scalars['Int']['output'];
  /** True when the rows were written: no row was rejected, this was no dry run and something changed. */
  written: Scalars['Boolean']['output'];
};

/** What importing one row does. */
export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** The record's id: the matched record's, or the one a creation gets. */
  id?: Maybe<Scalars['ID']['output']>;
  /** How an existing record was found; null for a creation or a rejection. */
  matchedBy?: Maybe<ImportMatch>;
  /** What happens to the record. */
  outcome: ImportOutcome;
  /** Why the row is rejected; empty otherwise. */
  problems: Array<ImportProblem>;
  /** The row of the imported file (the row's `source.row`). */
  row: Scalars['Int']['output'];
};

/** Where an imported row came from: the document that states it and the row of the imported file. */
export type ImportSourceInput = {
  /** The name of the imported file. */
  file: Scalars['String']['input'];
  /** ISO 639-1 language of the document, e.g. az. */
  language: Scalars['String']['input'];
  /** When the document was published, with the precision it gives. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who published the document. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The passage that states the row's facts, verbatim. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** The row of the file (a CSV line number, or a JSON array position from 1). */
  row: Scalars['Int']['input'];
  /** The document's title (at most 500 characters). */
  title: Scalars['String']['input'];
  /** Where the document can be read (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Where in which imported file a record's source was given, and when it was imported. */
export type ImportedFrom = {
  __typename?: 'ImportedFrom';
  /** Under a `Claim`: the file's column that gave the value (named after the record's field); null elsewhere. */
  column?: Maybe<Scalars['String']['output']>;
  /** The imported file's name. */
  file: Scalars['String']['output'];
  /** When it was imported, as an ISO 8601 timestamp. */
  importedAt: Scalars['String']['output'];
  /** The row of the file. */
  row: Scalars['Int']['output'];
};

/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type Institution = {
  __typename?: 'Institution';
  /** Stable id (a kebab-case slug); other subgraphs store it. */
  id: Scalars['ID']['output'];
  /** Internship programmes it hosts or sends students to, by title. */
  internshipPrograms?: Maybe<Array<InternshipProgram>>;
  /** Counts and conversion rates over all its programmes. */
  talentSummary?: Maybe<TalentSummary>;
  /** Thesis programmes it is the university or industry partner of, by title. */
  thesisPrograms?: Maybe<Array<ThesisProgram>>;
  /** Training programmes it provides (alone or jointly), by title. */
  trainingPrograms?: Maybe<Array<TrainingProgram>>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionInternshipProgramsArgs = {
  role?: InputMaybe<InternshipProgramRole>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionThesisProgramsArgs = {
  role?: InputMaybe<ThesisProgramRole>;
};

/** One student's internship in a programme. */
export type Internship = {
  __typename?: 'Internship';
  /** When the internship ends, if known. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /**
   * This internship's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON (ids and non-personal fields only:
   * never a student's name or email). For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The level the student is enrolled at (one the programme offers). */
  level: StudyLevel;
  /** The programme. */
  program: InternshipProgram;
  /** When the internship starts, if known. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Where the internship stands. */
  status: InternshipStatus;
  /** The intern. */
  student: Student;
  /** Increases with every change; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** One student's internship in a programme. */
export type InternshipHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of internships. */
export type InternshipConnection = {
  __typename?: 'InternshipConnection';
  /** The internships on this page, each with its cursor. */
  edges: Array<InternshipEdge>;
  /** The internships on this page. */
  nodes: Array<Internship>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many internships match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An internship with its cursor. */
export type InternshipEdge = {
  __typename?: 'InternshipEdge';
  /** Pass as `after` to continue after this internship. */
  cursor: Scalars['String']['output'];
  /** The internship. */
  node: Internship;
};

/** Internships over several programmes, counted in the database. */
export type InternshipFunnel = {
  __typename?: 'InternshipFunnel';
  /** Internships ACTIVE. */
  active: Scalars['Int']['output'];
  /** Internships completed (COMPLETED or HIRED). */
  completed: Scalars['Int']['output'];
  /** completed / enrolled; null when nothing is enrolled. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Every internship registered, in any status. */
  enrolled: Scalars['Int']['output'];
  /** hired / completed; null when none completed. */
  hireRate?: Maybe<Scalars['Float']['output']>;
  /** Internships that ended with the intern hired. */
  hired: Scalars['Int']['output'];
  /** Internships PLANNED. */
  planned: Scalars['Int']['output'];
  /** withdrawn / enrolled; null when nothing is enrolled. */
  withdrawalRate?: Maybe<Scalars['Float']['output']>;
  /** Internships WITHDRAWN. */
  withdrawn: Scalars['Int']['output'];
};

/** An arrangement under which students do internships at a host. */
export type InternshipProgram = {
  __typename?: 'InternshipProgram';
  /** The agreement the programme comes from (owned by the agreements subgraph). */
  agreement?: Maybe<Agreement>;
  /** Thematic areas in free text (e.g. metallurgy), where a source names them. */
  areas: Array<Scalars['String']['output']>;
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /** What the programme is, and what the sources leave open. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the programme ends, with the precision known; null when unknown. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /**
   * This programme's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON (ids and non-personal fields only:
   * never a student's name or email). For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Where the interns work; null when the source does not say. */
  host?: Maybe<Institution>;
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /** The individual internships, in the order they were registered. */
  internships: InternshipConnection;
  /** The levels of study the programme is open to (empty when the source does not say). */
  levels: Array<StudyLevel>;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /** How many interns it takes at once; null when unknown (never invented). A hard limit. */
  seats?: Maybe<Scalars['Int']['output']>;
  /**
   * The documents that state the programme, with quotes.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
  /** When the programme starts, with the precision known; null when unknown. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The funnel of this programme, counted in the database. */
  stats: InternshipProgramStats;
  /** Where the programme stands. */
  status: ProgramStatus;
  /** A short English title. */
  title: Scalars['String']['output'];
  /** The universities whose students take part (empty when the source names none). */
  universities: Array<Institution>;
  /** Increases with every change; pass it as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** An arrangement under which students do internships at a host. */
export type InternshipProgramHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An arrangement under which students do internships at a host. */
export type InternshipProgramInternshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<InternshipStatus>>;
};


/** An arrangement under which students do internships at a host. */
export type InternshipProgramProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of internship programmes. */
export type InternshipProgramConnection = {
  __typename?: 'InternshipProgramConnection';
  /** The programmes on this page, each with its cursor. */
  edges: Array<InternshipProgramEdge>;
  /** The programmes on this page. */
  nodes: Array<InternshipProgram>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many programmes match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** An internship programme with its cursor. */
export type InternshipProgramEdge = {
  __typename?: 'InternshipProgramEdge';
  /** Pass as `after` to continue after this programme. */
  cursor: Scalars['String']['output'];
  /** The programme. */
  node: InternshipProgram;
};

/** Filters for `internshipPrograms`; all given conditions must hold. Date bounds are inclusive. */
export type InternshipProgramFilter = {
  /** Only programmes from this agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes running on or after this date (ending then or later, or with no end yet); undated programmes never match. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only programmes this institution hosts or sends students to. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes open to any of these levels. */
  levels?: InputMaybe<Array<StudyLevel>>;
  /** Case- and diacritic-insensitive text, matched where a word starts (`bayrak` finds Bayraktar), against the title, areas and the ids of the institutions and agreement. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes that this source document states (a `Source` id, e.g. src-bayraktar-memoranda-2025): the ones whose `citations` name it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes in any of these statuses. */
  statuses?: InputMaybe<Array<ProgramStatus>>;
  /** Only programmes that start on or before this date; programmes without a start never match. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * One internship programme to import: the fields of `CreateInternshipProgramInput` and
 * the row's source. Matched by `id`, else by title and start date (folded for case,
 * diacritics and transliteration). Fields left out (null) keep the stored value; lists
 * given replace the stored ones.
 */
export type InternshipProgramImportInput = {
  /** The id of the agreement it comes from, if any. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic areas (at most 20, each at most 100 characters; replaces the stored list). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the programme is (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End date, if known (not before the start). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The host institution's id, if known. */
  hostId?: InputMaybe<Scalars['ID']['input']>;
  /** The programme's kebab-case id: the record with that id, or a creation with it; generated from the title when omitted and nothing matches. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The levels it is open to (at least one). */
  levels: Array<StudyLevel>;
  /** Seats (1 to 100000, not below the seats already taken). */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** The document that states the row and where the row sits in the imported file. */
  source: ImportSourceInput;
  /** Start date, if known (part of the natural key). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The status (a new programme without one is ANNOUNCED). */
  status?: InputMaybe<ProgramStatus>;
  /** A short title (at most 300 characters). */
  title: Scalars['String']['input'];
  /** Ids of the universities whose students take part (replaces the stored list). */
  universityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The part an institution plays in an internship programme. */
export type InternshipProgramRole =
  /** Hosts the interns. */
  | 'HOST'
  /** Sends its students. */
  | 'UNIVERSITY';

/** The funnel of one internship programme. */
export type InternshipProgramStats = {
  __typename?: 'InternshipProgramStats';
  /** Internships ACTIVE. */
  active: Scalars['Int']['output'];
  /** Internships that were completed (COMPLETED, and HIRED which follows it). */
  completed: Scalars['Int']['output'];
  /** completed / enrolled; null when nothing is enrolled. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Every internship ever registered in the programme, in any status. */
  enrolled: Scalars['Int']['output'];
  /** hired / completed: the share of completed internships that led to a job; null when none completed. */
  hireRate?: Maybe<Scalars['Float']['output']>;
  /** Internships that ended with the intern hired. */
  hired: Scalars['Int']['output'];
  /** Internships PLANNED. */
  planned: Scalars['Int']['output'];
  /** The programme's seats; null when unknown. */
  seats?: Maybe<Scalars['Int']['output']>;
  /** Seats still free; null when the programme has no seat limit. */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  /** Seats held by internships that are not WITHDRAWN. */
  seatsTaken: Scalars['Int']['output'];
  /** withdrawn / enrolled; null when nothing is enrolled. */
  withdrawalRate?: Maybe<Scalars['Float']['output']>;
  /** Internships WITHDRAWN. */
  withdrawn: Scalars['Int']['output'];
};

/** The stages of one internship. */
export type InternshipStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Finished. */
  | 'COMPLETED'
  /** Finished, and the intern was hired by the host. */
  | 'HIRED'
  /** Agreed, not yet started. */
  | 'PLANNED'
  /** Ended early or cancelled (from PLANNED or ACTIVE); frees the seat. */
  | 'WITHDRAWN';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Moves an internship on: PLANNED → ACTIVE → COMPLETED → HIRED, or to WITHDRAWN from
   * PLANNED or ACTIVE. Any other move is refused (BAD_USER_INPUT on `status`).
   * Needs the editor:talent or admin role; writes an audit entry.
   * @deprecated Use transitionInternship(id, expectedVersion, to): the same move, named and shaped like transitionAgreement.
   */
  changeInternshipStatus: Internship;
  /**
   * Moves a thesis on: PROPOSED → IN_PROGRESS → DEFENDED, or to ABANDONED from PROPOSED
   * or IN_PROGRESS. Any other move is refused (BAD_USER_INPUT on `status`).
   * Needs the editor:talent or admin role; writes an audit entry.
   * @deprecated Use transitionThesis(id, expectedVersion, to): the same move, named and shaped like transitionAgreement.
   */
  changeThesisStatus: Thesis;
  /**
   * Moves a training enrolment on: PLANNED → ACTIVE → COMPLETED, or to WITHDRAWN from
   * PLANNED or ACTIVE. Any other move is refused (BAD_USER_INPUT on `status`).
   * Needs the editor:talent or admin role; writes an audit entry.
   * @deprecated Use transitionTrainingEnrollment(id, expectedVersion, to): the same move, named and shaped like transitionAgreement.
   */
  changeTrainingEnrollmentStatus: TrainingEnrollment;
  /**
   * Creates an internship programme. Referenced institutions and the agreement must exist.
   * Needs the editor:talent or admin role; writes an audit entry.
   */
  createInternshipProgram: InternshipProgram;
  /**
   * Creates a thesis programme. Referenced institutions and the agreement must exist.
   * Needs the editor:talent or admin role; writes an audit entry.
   */
  createThesisProgram: ThesisProgram;
  /**
   * Creates a training programme. Referenced providers and the agreement must exist.
   * Needs the editor:talent or admin role; writes an audit entry.
   */
  createTrainingProgram: TrainingProgram;
  /**
   * Enrols a student (an existing one by `studentId`, or a new one from `student`) in an
   * OPEN internship programme, as PLANNED. Refused when the programme is not open, is
   * full (seats are a hard limit), does not offer the level, or does not take students
   * of the student's university.
   * Needs the editor:talent or admin role, or the registrar role of the student's university
   * (for its own students only); writes an audit entry.
   */
  enrollInInternshipProgram: Internship;
  /**
   * Enrols a participant (an existing student by `studentId`, or a new one from
   * `student`) in an OPEN training programme, as PLANNED. Refused when the programme is
   * not open or is full (seats are a hard limit).
   * Needs the editor:talent or admin role, or the registrar role of the student's university
   * (for its own students only); writes an audit entry.
   */
  enrollInTrainingProgram: TrainingEnrollment;
  /**
   * Imports internship programmes: creates each row's programme or updates the one it
   * matches (by `id`, else by title and start date), with its source cited. Every row is
   * checked first (the rules of `createInternshipProgram`, the source, the referenced
   * institutions and agreement); one rejected row means nothing is written. Rows that
   * change nothing write nothing.
   * Needs the editor:talent or admin role (dry runs too); writes an audit entry per created
   * or updated programme.
   */
  importInternshipPrograms: ImportResult;
  /**
   * Imports thesis programmes: creates each row's programme or updates the one it matches
   * (by `id`, else by title and start date), with its source cited. Every row is checked
   * first (the rules of `createThesisProgram`, the source, the referenced institutions and
   * agreement); one rejected row means nothing is written. Rows that change nothing write
   * nothing.
   * Needs the editor:talent or admin role (dry runs too); writes an audit entry per created
   * or updated programme.
   */
  importThesisPrograms: ImportResult;
  /**
   * Imports training programmes: creates each row's programme or updates the one it
   * matches (by `id`, else by title and start date), with its source cited. Every row is
   * checked first (the rules of `createTrainingProgram`, the source, the referenced
   * providers and agreement); one rejected row means nothing is written. Rows that change
   * nothing write nothing.
   * Needs the editor:talent or admin role (dry runs too); writes an audit entry per created
   * or updated programme.
   */
  importTrainingPrograms: ImportResult;
  /**
   * Registers a thesis, as PROPOSED, in an OPEN thesis programme, with its academic and
   * industry supervisors (people of the institutions subgraph).
   * Needs the editor:talent or admin role, or the registrar role of the student's university
   * (for its own students only); writes an audit entry.
   */
  registerThesis: Thesis;
  /**
   * Moves an internship on: PLANNED → ACTIVE → COMPLETED → HIRED, or to WITHDRAWN from
   * PLANNED or ACTIVE. Any other move is refused (BAD_USER_INPUT on `to`).
   * Needs the editor:talent or admin role; writes an audit entry (TRANSITION).
   */
  transitionInternship: Internship;
  /**
   * Moves a thesis on: PROPOSED → IN_PROGRESS → DEFENDED, or to ABANDONED from PROPOSED
   * or IN_PROGRESS. Any other move is refused (BAD_USER_INPUT on `to`).
   * Needs the editor:talent or admin role; writes an audit entry (TRANSITION).
   */
  transitionThesis: Thesis;
  /**
   * Moves a training enrolment on: PLANNED → ACTIVE → COMPLETED, or to WITHDRAWN from
   * PLANNED or ACTIVE. Any other move is refused (BAD_USER_INPUT on `to`).
   * Needs the editor:talent or admin role; writes an audit entry (TRANSITION).
   */
  transitionTrainingEnrollment: TrainingEnrollment;
  /**
   * Changes an internship programme; fields left out stay as they are, `null` clears a
   * nullable field. With `expectedVersion`, the change is refused (CONFLICT) when the
   * programme changed since that version.
   * Needs the editor:talent or admin role; writes an audit entry.
   */
  updateInternshipProgram: InternshipProgram;
  /**
   * Changes a thesis programme; fields left out stay as they are, `null` clears a
   * nullable field. With `expectedVersion`, the change is refused (CONFLICT) when the
   * programme changed since that version.
   * Needs the editor:talent or admin role; writes an audit entry.
   */
  updateThesisProgram: ThesisProgram;
  /**
   * Changes a training programme; fields left out stay as they are, `null` clears a
   * nullable field. With `expectedVersion`, the change is refused (CONFLICT) when the
   * programme changed since that version.
   * Needs the editor:talent or admin role; writes an audit entry.
   */
  updateTrainingProgram: TrainingProgram;
};


export type MutationChangeInternshipStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: InternshipStatus;
};


export type MutationChangeThesisStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: ThesisStatus;
};


export type MutationChangeTrainingEnrollmentStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  status: TrainingEnrollmentStatus;
};


export type MutationCreateInternshipProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateInternshipProgramInput;
};


export type MutationCreateThesisProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateThesisProgramInput;
};


export type MutationCreateTrainingProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateTrainingProgramInput;
};


export type MutationEnrollInInternshipProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EnrollInInternshipProgramInput;
};


export type MutationEnrollInTrainingProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EnrollInTrainingProgramInput;
};


export type MutationImportInternshipProgramsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<InternshipProgramImportInput>;
};


export type MutationImportThesisProgramsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<ThesisProgramImportInput>;
};


export type MutationImportTrainingProgramsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<TrainingProgramImportInput>;
};


export type MutationRegisterThesisArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterThesisInput;
};


export type MutationTransitionInternshipArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  to: InternshipStatus;
};


export type MutationTransitionThesisArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  to: ThesisStatus;
};


export type MutationTransitionTrainingEnrollmentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  to: TrainingEnrollmentStatus;
};


export type MutationUpdateInternshipProgramArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateInternshipProgramInput;
};


export type MutationUpdateThesisProgramArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateThesisProgramInput;
};


export type MutationUpdateTrainingProgramArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTrainingProgramInput;
};

/** A student to create while enrolling or registering a thesis. */
export type NewStudentInput = {
  /** Email address, if any. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name (at most 200 characters). */
  name: Scalars['String']['input'];
  /** The id of the student's university (an institution), if any. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person named in public sources: an official or staff member (never a student). */
export type Person = {
  __typename?: 'Person';
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /** Theses this person supervises, in the order they were registered. */
  supervisedTheses?: Maybe<ThesisConnection>;
};


/** A person named in public sources: an official or staff member (never a student). */
export type PersonSupervisedThesesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<SupervisorRole>;
};

/** Where a programme stands. */
export type ProgramStatus =
  /**
   * Announced or intended in a source; not taking enrolments yet. Every seeded
   * programme is ANNOUNCED: the documents state intentions, not opened programmes.
   */
  | 'ANNOUNCED'
  /** No longer taking enrolments; existing records carry on. */
  | 'CLOSED'
  /** Taking enrolments (or thesis registrations). */
  | 'OPEN';

export type Query = {
  __typename?: 'Query';
  /** One individual internship by id; null when none has that id. */
  internship?: Maybe<Internship>;
  /** One internship programme by id; null when no programme has that id. */
  internshipProgram?: Maybe<InternshipProgram>;
  /**
   * Internship programmes, filtered, by title, as a Relay connection.
   * `first` is at most 100 (default 20).
   */
  internshipPrograms: InternshipProgramConnection;
  /** One source document by id, e.g. src-bayraktar-memoranda-2025; null when no subgraph cites a document with that id. */
  source?: Maybe<Source>;
  /**
   * The source documents the graph cites (every subgraph's), newest first with undated
   * ones last, as a Relay connection; each lists the records it states. `first` is at
   * most 100 (default 20).
   */
  sources: SourceConnection;
  /**
   * One student by id; null when no student has that id. Name and email are personal
   * data (see `Student`).
   */
  student?: Maybe<Student>;
  /**
   * The audit log of one talent record (a programme, an internship, a thesis or a
   * training enrolment): every successful change, newest first, with who made it and the
   * record before and after as JSON (ids and non-personal fields only: never a student's
   * name or email). For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. `first` is at most 100 (default 20). (Named for its subgraph:
   * each subgraph keeps the audit log of its own records, and one root field can be
   * answered by only one subgraph.)
   * @deprecated Read `history` on the programme or record itself (`internshipProgram(id: …) { history }`, `thesis(id: …) { history }`…): the same entries, pages and admin-only rule, asked the same way on every audited type.
   */
  talentAuditLog: AuditEntryConnection;
  /**
   * Facets of the talent pipelines: how many programmes (or, with `count: RECORDS`, how
   * many individual internships, theses and training enrolments) have each value of one
   * dimension, counted with GROUP BY in the database in one statement. Buckets with
   * nothing in them are left out; YEAR buckets come in year order, the others by count,
   * largest first, then by key; the bucket of records without a value (key null) comes
   * last. A programme with several levels or several providers counts once in each of
   * their buckets (see `TalentStatsGroupBy`).
   * Bounds: at most `maxBuckets` buckets (1,000 at most; a statistic with more, such as
   * HOST over many hosts, is refused with LIMIT_REACHED stating how many it has, never
   * silently cut); it waits its turn among the statistics being computed for at most the
   * time budget (`ANALYTICS_BUDGET_MS`, 2 s by default), past which it is LIMIT_REACHED.
   * A repeated statistic is answered from a short-lived cache until anything is written.
   */
  talentStats: Array<StatsBucket>;
  /**
   * Individual theses, filtered, in the order they were registered, as a Relay
   * connection. `first` is at most 100 (default 20).
   */
  theses: ThesisConnection;
  /** One thesis by id; null when no thesis has that id. */
  thesis?: Maybe<Thesis>;
  /** One thesis programme by id; null when no programme has that id. */
  thesisProgram?: Maybe<ThesisProgram>;
  /**
   * Thesis programmes (industry-based graduation theses and dissertations), filtered,
   * by title, as a Relay connection. `first` is at most 100 (default 20).
   */
  thesisPrograms: ThesisProgramConnection;
  /** One training enrolment by id; null when none has that id. */
  trainingEnrollment?: Maybe<TrainingEnrollment>;
  /** One training programme by id; null when no programme has that id. */
  trainingProgram?: Maybe<TrainingProgram>;
  /**
   * Training programmes (vocational, secondary special, professional development…),
   * filtered, by title, as a Relay connection. `first` is at most 100 (default 20).
   */
  trainingPrograms: TrainingProgramConnection;
};


export type QueryInternshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInternshipProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInternshipProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InternshipProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStudentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalentAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTalentStatsArgs = {
  count?: InputMaybe<TalentStatsCount>;
  filter?: InputMaybe<TalentStatsFilter>;
  groupBy: TalentStatsGroupBy;
  maxBuckets?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryThesesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ThesisFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryThesisArgs = {
  id: Scalars['ID']['input'];
};


export type QueryThesisProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryThesisProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ThesisProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingEnrollmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A thesis to register: give exactly one of `studentId` and `student`. */
export type RegisterThesisInput = {
  /** The academic supervisor (a Person of the institutions subgraph). */
  academicSupervisorId: Scalars['ID']['input'];
  /** The industry supervisor (a Person of the institutions subgraph), not the academic one. */
  industrySupervisorId: Scalars['ID']['input'];
  /** The level; the programme must offer it. */
  level: StudyLevel;
  /** The thesis programme. */
  programId: Scalars['ID']['input'];
  /** A new student to create (of the programme's university). */
  student?: InputMaybe<NewStudentInput>;
  /** An existing student (of the programme's university). */
  studentId?: InputMaybe<Scalars['ID']['input']>;
  /** The topic (at most 500 characters). */
  title: Scalars['String']['input'];
  /** The year it is due: from 1990 to next year. */
  year: Scalars['Int']['input'];
};

/**
 * A document that states facts in the graph: a news item, a press release, an imported
 * file's document. The same document has the same values wherever it appears; what it
 * says about one record (the quoted passage, the import row) is that record's `Citation`.
 */
export type Source = {
  __typename?: 'Source';
  /** The document that names this one as its source (an outlet an article cites), with its words; null when none does. */
  citedIn?: Maybe<SourceMention>;
  /** The documents this one names as its sources (the outlets an article cites), each with the words naming it. */
  cites: Array<SourceMention>;
  /** Stable id of the document. */
  id: Scalars['ID']['output'];
  /**
   * For an imported record whose deprecated `sources` list this source is in: the file, its row and when; null anywhere else.
   * @deprecated It depends on the citing record. Read the record's `citations { importedFrom }`.
   */
  importedFrom?: Maybe<ImportedFrom>;
  /** The internship programmes this document states, by title, as a Relay connection. `first` is at most 100 (default 20). Null when the subgraph holding them cannot be reached. */
  internshipPrograms?: Maybe<InternshipProgramConnection>;
  /** ISO 639-1 language of the document (`und` when the document's language is not known). */
  language: Scalars['String']['output'];
  /** Publication date with the precision the document gives. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Who published the document, when it says. */
  publisher?: Maybe<Scalars['String']['output']>;
  /**
   * The passage that states the fact of the record whose deprecated `sources` list this source is in; null anywhere else.
   * @deprecated It depends on the citing record, so one document shows different quotes under one id (a normalized client cache mixes them up). Read the record's `citations { quote source { id } }`.
   */
  quote?: Maybe<Scalars['String']['output']>;
  /** The thesis programmes this document states, by title, as a Relay connection. `first` is at most 100 (default 20). Null when the subgraph holding them cannot be reached. */
  thesisPrograms?: Maybe<ThesisProgramConnection>;
  /** The document's headline (or a description, when `titleIsDescriptive`). */
  title: Scalars['String']['output'];
  /** True when the document has no headline and `title` describes it. */
  titleIsDescriptive: Scalars['Boolean']['output'];
  /** The training programmes this document states, by title, as a Relay connection. `first` is at most 100 (default 20). Null when the subgraph holding them cannot be reached. */
  trainingPrograms?: Maybe<TrainingProgramConnection>;
  /** Where the document can be read, when known. */
  url?: Maybe<Scalars['String']['output']>;
};


/**
 * A document that states facts in the graph: a news item, a press release, an imported
 * file's document. The same document has the same values wherever it appears; what it
 * says about one record (the quoted passage, the import row) is that record's `Citation`.
 */
export type SourceInternshipProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A document that states facts in the graph: a news item, a press release, an imported
 * file's document. The same document has the same values wherever it appears; what it
 * says about one record (the quoted passage, the import row) is that record's `Citation`.
 */
export type SourceThesisProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A document that states facts in the graph: a news item, a press release, an imported
 * file's document. The same document has the same values wherever it appears; what it
 * says about one record (the quoted passage, the import row) is that record's `Citation`.
 */
export type SourceTrainingProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of source documents. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The documents on this page, each with its cursor. */
  edges: Array<SourceEdge>;
  /** The documents on this page. */
  nodes: Array<Source>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many documents match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A source document with its cursor. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Pass as `after` to continue after this document. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Source;
};

/** Filters for `sources`; all given conditions must hold. Date bounds are inclusive. */
export type SourceFilter = {
  /** ISO 639-1 language of the document, e.g. de (case-insensitive). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Published on or after this date; a date known only to the month or year matches when that period reaches the bound. Undated documents never match. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Published on or before this date (`2025` means up to 2025-12-31). Undated documents never match. */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Text in the publisher's name, case- and diacritic-insensitive, matched where a word starts (`aztu` finds "Azerbaijan Technical University (AzTU)"). */
  publisher?: InputMaybe<Scalars['String']['input']>;
};

/** A document naming another as its source: which document, and its words. */
export type SourceMention = {
  __typename?: 'SourceMention';
  /** The citing document's words naming the other, verbatim. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The citing document. */
  source: Source;
};

/** One bucket of a statistic: a value of the grouped dimension and how many records have it. */
export type StatsBucket = {
  __typename?: 'StatsBucket';
  /** How many records fall in the bucket. */
  count: Scalars['Int']['output'];
  /** The bucket's value (e.g. 2025, MEMORANDUM_OF_UNDERSTANDING, an institution id); null for records without one. */
  key?: Maybe<Scalars['String']['output']>;
  /** A human-readable name for the bucket. */
  label: Scalars['String']['output'];
};

/**
 * A student or training participant. Name and email are personal data: only an admin,
 * or a registrar of the student's own university, can read them; anyone else gets null
 * with a FORBIDDEN error on the field, and still sees counts and statistics.
 */
export type Student = {
  __typename?: 'Student';
  /** Email address; personal data (null with FORBIDDEN unless the caller may see it). */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable id (generated). */
  id: Scalars['ID']['output'];
  /** The student's internships. */
  internships: Array<Internship>;
  /** Full name; personal data (null with FORBIDDEN unless the caller may see it). */
  name?: Maybe<Scalars['String']['output']>;
  /** The student's theses. */
  theses: Array<Thesis>;
  /** The student's training enrolments. */
  trainingEnrollments: Array<TrainingEnrollment>;
  /** The university the student belongs to, if any. */
  university?: Maybe<Institution>;
};

/** Levels of study a programme is open to. */
export type StudyLevel =
  /** Bachelor's students (undergraduate; graduation theses). */
  | 'BACHELOR'
  /** Master's students (master's dissertations). */
  | 'MASTER'
  /** Doctoral students. */
  | 'PHD'
  /** Secondary special (college-level) education. */
  | 'SECONDARY_SPECIAL'
  /** Technical vocational education. */
  | 'VOCATIONAL';

/** The part a person plays in supervising a thesis. */
export type SupervisorRole =
  /** The university's supervisor. */
  | 'ACADEMIC'
  /** The industry partner's supervisor. */
  | 'INDUSTRY';

/** The talent pipelines: each has its programmes and their individual records. */
export type TalentPipeline =
  /** Internship programmes and internships. */
  | 'INTERNSHIP'
  /** Thesis programmes and theses. */
  | 'THESIS'
  /** Training programmes and training enrolments. */
  | 'TRAINING';

/** What `talentStats` counts. */
export type TalentStatsCount =
  /** Programmes (internship, thesis and training programmes). */
  | 'PROGRAMS'
  /** Individual records: internships, theses and training enrolments. */
  | 'RECORDS';

/** Filters for `talentStats`; all given conditions must hold. Date bounds are inclusive. */
export type TalentStatsFilter = {
  /** Only programmes from this agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes running on or after this date (ending then or later, or with no end yet); undated programmes never match. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only programmes this institution takes part in, in any role (host, university, industry partner, provider). */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these pipelines; all when omitted or empty. */
  pipelines?: InputMaybe<Array<TalentPipeline>>;
  /** Only programmes that start on or before this date; programmes without a start never match. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The dimensions `talentStats` groups by. */
export type TalentStatsGroupBy =
  /**
   * Where it takes place: an internship programme's host, a thesis programme's industry
   * partner, each provider of a training programme (a programme with several providers
   * counts once for each); a record by its programme. The key is the institution's id and
   * the label is that id too, because names live in the institutions subgraph: ask for
   * `institution(id:)` to name them. Key null when the host is unknown.
   */
  | 'HOST'
  /**
   * The level of study (StudyLevel): every level a programme offers (a programme with
   * two levels counts in both buckets), or the level of an internship or thesis. Training
   * programmes and enrolments have no level (their programme's `kind` says what they are):
   * key null.
   */
  | 'LEVEL'
  /** The pipeline: INTERNSHIP, THESIS or TRAINING. */
  | 'PIPELINE'
  /**
   * The status: of a programme (ProgramStatus), or with `count: RECORDS` of a record
   * (InternshipStatus, ThesisStatus or TrainingEnrollmentStatus; PLANNED counts internships
   * and training enrolments together, unless `filter.pipelines` narrows it).
   */
  | 'STATUS'
  /**
   * The year, as four digits: when a programme starts; when an internship or training
   * enrolment starts (its programme's start when it has none of its own); the year a
   * thesis is due. Key null when the start is unknown, as for every seeded programme.
   */
  | 'YEAR';

/** An institution's talent pipelines over every programme it hosts, sends students to, partners in or provides. */
export type TalentSummary = {
  __typename?: 'TalentSummary';
  /** Internship programmes it hosts or sends students to. */
  internshipProgramCount: Scalars['Int']['output'];
  /** The internships of those internship programmes. */
  internships: InternshipFunnel;
  /** The theses of those thesis programmes. */
  theses: ThesisFunnel;
  /** Thesis programmes it is the university or the industry partner of. */
  thesisProgramCount: Scalars['Int']['output'];
  /** Training programmes it provides. */
  trainingProgramCount: Scalars['Int']['output'];
  /** The enrolments of those training programmes. */
  trainings: TrainingFunnel;
};

/** A graduation thesis or dissertation written in a thesis programme. */
export type Thesis = {
  __typename?: 'Thesis';
  /** The university's supervisor. */
  academicSupervisor?: Maybe<Person>;
  /**
   * This thesis's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON (ids and non-personal fields only:
   * never a student's name or email). For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The industry partner's supervisor. */
  industrySupervisor?: Maybe<Person>;
  /** The level (one the programme offers). */
  level: StudyLevel;
  /** The programme. */
  program: ThesisProgram;
  /** Where the thesis stands. */
  status: ThesisStatus;
  /** Who writes it. */
  student: Student;
  /** The topic. */
  title: Scalars['String']['output'];
  /** Increases with every change; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** The academic year in which it is due (at most next year). */
  year: Scalars['Int']['output'];
};


/** A graduation thesis or dissertation written in a thesis programme. */
export type ThesisHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of theses. */
export type ThesisConnection = {
  __typename?: 'ThesisConnection';
  /** The theses on this page, each with its cursor. */
  edges: Array<ThesisEdge>;
  /** The theses on this page. */
  nodes: Array<Thesis>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many theses match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A thesis with its cursor. */
export type ThesisEdge = {
  __typename?: 'ThesisEdge';
  /** Pass as `after` to continue after this thesis. */
  cursor: Scalars['String']['output'];
  /** The thesis. */
  node: Thesis;
};

/** Filters for `theses`; all given conditions must hold. */
export type ThesisFilter = {
  /** Only theses of programmes from this agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only theses of programmes where this institution is the university or the industry partner. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only theses at any of these levels. */
  levels?: InputMaybe<Array<StudyLevel>>;
  /** Only theses of this programme. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Case- and diacritic-insensitive text, matched where a word starts (`bayrak` finds Bayraktar), against the thesis title. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only theses in any of these statuses. */
  statuses?: InputMaybe<Array<ThesisStatus>>;
  /** Only theses this person supervises (academic or industry). */
  supervisorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only theses due in this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only theses due in this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Theses over several programmes, counted in the database. */
export type ThesisFunnel = {
  __typename?: 'ThesisFunnel';
  /** Theses ABANDONED. */
  abandoned: Scalars['Int']['output'];
  /** abandoned / registered; null when nothing is registered. */
  abandonmentRate?: Maybe<Scalars['Float']['output']>;
  /** Theses DEFENDED. */
  defended: Scalars['Int']['output'];
  /** defended / registered; null when nothing is registered. */
  defenseRate?: Maybe<Scalars['Float']['output']>;
  /** Theses IN_PROGRESS. */
  inProgress: Scalars['Int']['output'];
  /** Theses PROPOSED. */
  proposed: Scalars['Int']['output'];
  /** Every thesis registered, in any status. */
  registered: Scalars['Int']['output'];
};

/** An arrangement under which a university's theses are based in an industry partner's operations. */
export type ThesisProgram = {
  __typename?: 'ThesisProgram';
  /** The agreement the programme comes from (owned by the agreements subgraph). */
  agreement?: Maybe<Agreement>;
  /** Thematic areas in free text, where a source names them. */
  areas: Array<Scalars['String']['output']>;
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /** What the programme is, and what the sources leave open. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the programme ends, if known. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /**
   * This programme's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON (ids and non-personal fields only:
   * never a student's name or email). For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /** The industry partner the topics come from; null when the source does not say. */
  industryPartner?: Maybe<Institution>;
  /** The levels of the theses (graduation theses: BACHELOR; dissertations: MASTER…). */
  levels: Array<StudyLevel>;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /**
   * The documents that state the programme, with quotes.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
  /** When the programme starts, if known. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The funnel of this programme, counted in the database. */
  stats: ThesisProgramStats;
  /** Where the programme stands. */
  status: ProgramStatus;
  /** The theses registered in the programme, in the order they were registered. */
  theses: ThesisConnection;
  /** A short English title. */
  title: Scalars['String']['output'];
  /** The university whose students write the theses. */
  university: Institution;
  /** Increases with every change; pass it as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** An arrangement under which a university's theses are based in an industry partner's operations. */
export type ThesisProgramHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An arrangement under which a university's theses are based in an industry partner's operations. */
export type ThesisProgramProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};


/** An arrangement under which a university's theses are based in an industry partner's operations. */
export type ThesisProgramThesesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<ThesisStatus>>;
};

/** A page of thesis programmes. */
export type ThesisProgramConnection = {
  __typename?: 'ThesisProgramConnection';
  /** The programmes on this page, each with its cursor. */
  edges: Array<ThesisProgramEdge>;
  /** The programmes on this page. */
  nodes: Array<ThesisProgram>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many programmes match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A thesis programme with its cursor. */
export type ThesisProgramEdge = {
  __typename?: 'ThesisProgramEdge';
  /** Pass as `after` to continue after this programme. */
  cursor: Scalars['String']['output'];
  /** The programme. */
  node: ThesisProgram;
};

/** Filters for `thesisPrograms`; all given conditions must hold. Date bounds are inclusive. */
export type ThesisProgramFilter = {
  /** Only programmes from this agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes running on or after this date (ending then or later, or with no end yet); undated programmes never match. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only programmes where this institution is the university or the industry partner. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes open to any of these levels. */
  levels?: InputMaybe<Array<StudyLevel>>;
  /** Case- and diacritic-insensitive text, matched where a word starts (`bayrak` finds Bayraktar), against the title, areas and the ids of the institutions and agreement. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes that this source document states (a `Source` id, e.g. src-bayraktar-memoranda-2025): the ones whose `citations` name it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes in any of these statuses. */
  statuses?: InputMaybe<Array<ProgramStatus>>;
  /** Only programmes that start on or before this date; programmes without a start never match. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * One thesis programme to import: the fields of `CreateThesisProgramInput` and the row's
 * source. Matched by `id`, else by title and start date (folded for case, diacritics and
 * transliteration). Fields left out (null) keep the stored value; lists given replace the
 * stored ones.
 */
export type ThesisProgramImportInput = {
  /** The id of the agreement it comes from, if any. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic areas (at most 20, each at most 100 characters; replaces the stored list). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the programme is (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End date, if known (not before the start). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The programme's kebab-case id: the record with that id, or a creation with it; generated from the title when omitted and nothing matches. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The industry partner's id, if known (not the university). */
  industryPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** The levels of the theses (at least one). */
  levels: Array<StudyLevel>;
  /** The document that states the row and where the row sits in the imported file. */
  source: ImportSourceInput;
  /** Start date, if known (part of the natural key). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The status (a new programme without one is ANNOUNCED). */
  status?: InputMaybe<ProgramStatus>;
  /** A short title (at most 300 characters). */
  title: Scalars['String']['input'];
  /** The university's id. */
  universityId: Scalars['ID']['input'];
};

/** The part an institution plays in a thesis programme. */
export type ThesisProgramRole =
  /** The industry partner the theses are based in. */
  | 'INDUSTRY_PARTNER'
  /** The university whose students write the theses. */
  | 'UNIVERSITY';

/** The funnel of one thesis programme. */
export type ThesisProgramStats = {
  __typename?: 'ThesisProgramStats';
  /** Theses ABANDONED. */
  abandoned: Scalars['Int']['output'];
  /** abandoned / registered; null when nothing is registered. */
  abandonmentRate?: Maybe<Scalars['Float']['output']>;
  /** Theses DEFENDED. */
  defended: Scalars['Int']['output'];
  /** defended / registered; null when nothing is registered. */
  defenseRate?: Maybe<Scalars['Float']['output']>;
  /** Theses IN_PROGRESS. */
  inProgress: Scalars['Int']['output'];
  /** Theses PROPOSED. */
  proposed: Scalars['Int']['output'];
  /** Every thesis ever registered in the programme, in any status. */
  registered: Scalars['Int']['output'];
};

/** The stages of one thesis. */
export type ThesisStatus =
  /** Given up (from PROPOSED or IN_PROGRESS). */
  | 'ABANDONED'
  /** Defended. */
  | 'DEFENDED'
  /** Being written. */
  | 'IN_PROGRESS'
  /** Topic proposed and registered. */
  | 'PROPOSED';

/** One participant's enrolment in a training programme. */
export type TrainingEnrollment = {
  __typename?: 'TrainingEnrollment';
  /** When the participant finishes, if known. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /**
   * This enrolment's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON (ids and non-personal fields only:
   * never a student's name or email). For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The participant. */
  participant: Student;
  /** The programme. */
  program: TrainingProgram;
  /** When the participant starts, if known. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Where the enrolment stands. */
  status: TrainingEnrollmentStatus;
  /** Increases with every change; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** One participant's enrolment in a training programme. */
export type TrainingEnrollmentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of training enrolments. */
export type TrainingEnrollmentConnection = {
  __typename?: 'TrainingEnrollmentConnection';
  /** The enrolments on this page, each with its cursor. */
  edges: Array<TrainingEnrollmentEdge>;
  /** The enrolments on this page. */
  nodes: Array<TrainingEnrollment>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many enrolments match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A training enrolment with its cursor. */
export type TrainingEnrollmentEdge = {
  __typename?: 'TrainingEnrollmentEdge';
  /** Pass as `after` to continue after this enrolment. */
  cursor: Scalars['String']['output'];
  /** The enrolment. */
  node: TrainingEnrollment;
};

/** The stages of one training enrolment. */
export type TrainingEnrollmentStatus =
  /** Attending. */
  | 'ACTIVE'
  /** Finished the training. */
  | 'COMPLETED'
  /** Enrolled, not yet started. */
  | 'PLANNED'
  /** Left or cancelled (from PLANNED or ACTIVE); frees the seat. */
  | 'WITHDRAWN';

/** Training enrolments over several programmes, counted in the database. */
export type TrainingFunnel = {
  __typename?: 'TrainingFunnel';
  /** Enrolments ACTIVE. */
  active: Scalars['Int']['output'];
  /** Enrolments COMPLETED. */
  completed: Scalars['Int']['output'];
  /** completed / enrolled; null when nothing is enrolled. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Every enrolment registered, in any status. */
  enrolled: Scalars['Int']['output'];
  /** Enrolments PLANNED. */
  planned: Scalars['Int']['output'];
  /** withdrawn / enrolled; null when nothing is enrolled. */
  withdrawalRate?: Maybe<Scalars['Float']['output']>;
  /** Enrolments WITHDRAWN. */
  withdrawn: Scalars['Int']['output'];
};

/** Kinds of training programme. */
export type TrainingKind =
  /** A kind not listed here. */
  | 'OTHER'
  /** Training of specialists for an industry (kadr hazırlığı), run by universities with industry. */
  | 'PERSONNEL_TRAINING'
  /** Continuing professional development of people already at work (Weiterbildung). */
  | 'PROFESSIONAL_DEVELOPMENT'
  /** Secondary special education. */
  | 'SECONDARY_SPECIAL'
  /** Training a source announces without saying what kind. */
  | 'UNSPECIFIED'
  /** Technical vocational education. */
  | 'VOCATIONAL';

/** Education or training run by one or more providers (a company, a university…). */
export type TrainingProgram = {
  __typename?: 'TrainingProgram';
  /** The agreement the programme comes from (owned by the agreements subgraph). */
  agreement?: Maybe<Agreement>;
  /** Thematic areas in free text, where a source names them. */
  areas: Array<Scalars['String']['output']>;
  /** Who it is for, in the words of the source; null when it does not say. */
  audience?: Maybe<Scalars['String']['output']>;
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /** What the programme is, and what the sources leave open. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the programme ends, if known. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The enrolments, in the order they were registered. */
  enrollments: TrainingEnrollmentConnection;
  /**
   * This programme's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON (ids and non-personal fields only:
   * never a student's name or email). For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /** What sort of training. */
  kind: TrainingKind;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /** Who runs it (jointly, when several). */
  providers: Array<Institution>;
  /** How many participants it takes at once; null when unknown. A hard limit. */
  seats?: Maybe<Scalars['Int']['output']>;
  /**
   * The documents that state the programme, with quotes.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
  /** When the programme starts, if known. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The funnel of this programme, counted in the database. */
  stats: TrainingProgramStats;
  /** Where the programme stands. */
  status: ProgramStatus;
  /** A short English title. */
  title: Scalars['String']['output'];
  /** Increases with every change; pass it as `expectedVersion` to update safely. */
  version: Scalars['Int']['output'];
};


/** Education or training run by one or more providers (a company, a university…). */
export type TrainingProgramEnrollmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<TrainingEnrollmentStatus>>;
};


/** Education or training run by one or more providers (a company, a university…). */
export type TrainingProgramHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Education or training run by one or more providers (a company, a university…). */
export type TrainingProgramProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of training programmes. */
export type TrainingProgramConnection = {
  __typename?: 'TrainingProgramConnection';
  /** The programmes on this page, each with its cursor. */
  edges: Array<TrainingProgramEdge>;
  /** The programmes on this page. */
  nodes: Array<TrainingProgram>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many programmes match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A training programme with its cursor. */
export type TrainingProgramEdge = {
  __typename?: 'TrainingProgramEdge';
  /** Pass as `after` to continue after this programme. */
  cursor: Scalars['String']['output'];
  /** The programme. */
  node: TrainingProgram;
};

/** Filters for `trainingPrograms`; all given conditions must hold. Date bounds are inclusive. */
export type TrainingProgramFilter = {
  /** Only programmes from this agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes running on or after this date (ending then or later, or with no end yet); undated programmes never match. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only programmes this institution provides (alone or jointly). */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes of any of these kinds. */
  kinds?: InputMaybe<Array<TrainingKind>>;
  /** Case- and diacritic-insensitive text, matched where a word starts (`bayrak` finds Bayraktar), against the title, areas, audience and the ids of the providers and agreement. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only programmes that this source document states (a `Source` id, e.g. src-bayraktar-memoranda-2025): the ones whose `citations` name it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes in any of these statuses. */
  statuses?: InputMaybe<Array<ProgramStatus>>;
  /** Only programmes that start on or before this date; programmes without a start never match. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * One training programme to import: the fields of `CreateTrainingProgramInput` and the
 * row's source. Matched by `id`, else by title and start date (folded for case, diacritics
 * and transliteration). Fields left out (null) keep the stored value; lists given replace
 * the stored ones.
 */
export type TrainingProgramImportInput = {
  /** The id of the agreement it comes from, if any. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic areas (at most 20, each at most 100 characters; replaces the stored list). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who it is for (at most 500 characters). */
  audience?: InputMaybe<Scalars['String']['input']>;
  /** What the programme is (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End date, if known (not before the start). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The programme's kebab-case id: the record with that id, or a creation with it; generated from the title when omitted and nothing matches. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of training. */
  kind: TrainingKind;
  /** Ids of the institutions that run it (at least one; replaces the stored list). */
  providerIds: Array<Scalars['ID']['input']>;
  /** Seats (1 to 100000, not below the seats already taken). */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** The document that states the row and where the row sits in the imported file. */
  source: ImportSourceInput;
  /** Start date, if known (part of the natural key). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The status (a new programme without one is ANNOUNCED). */
  status?: InputMaybe<ProgramStatus>;
  /** A short title (at most 300 characters). */
  title: Scalars['String']['input'];
};

/** The funnel of one training programme. */
export type TrainingProgramStats = {
  __typename?: 'TrainingProgramStats';
  /** Enrolments ACTIVE. */
  active: Scalars['Int']['output'];
  /** Enrolments COMPLETED. */
  completed: Scalars['Int']['output'];
  /** completed / enrolled; null when nothing is enrolled. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** Every enrolment ever registered, in any status. */
  enrolled: Scalars['Int']['output'];
  /** Enrolments PLANNED. */
  planned: Scalars['Int']['output'];
  /** The programme's seats; null when unknown. */
  seats?: Maybe<Scalars['Int']['output']>;
  /** Seats still free; null when the programme has no seat limit. */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  /** Seats held by enrolments that are not WITHDRAWN. */
  seatsTaken: Scalars['Int']['output'];
  /** withdrawn / enrolled; null when nothing is enrolled. */
  withdrawalRate?: Maybe<Scalars['Float']['output']>;
  /** Enrolments WITHDRAWN. */
  withdrawn: Scalars['Int']['output'];
};

/** Changes to an internship programme; omitted fields stay as they are. */
export type UpdateInternshipProgramInput = {
  /** A new agreement; null clears it. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** The new areas (replaces the old ones). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new description; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new end date; null clears it. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new host; null clears it. */
  hostId?: InputMaybe<Scalars['ID']['input']>;
  /** The new levels (at least one). */
  levels?: InputMaybe<Array<StudyLevel>>;
  /** New seats (not below the seats already taken); null removes the limit. */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** A new start date; null clears it. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new status. */
  status?: InputMaybe<ProgramStatus>;
  /** A new title (at most 300 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The new list of universities (replaces the old one). */
  universityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Changes to a thesis programme; omitted fields stay as they are. */
export type UpdateThesisProgramInput = {
  /** A new agreement; null clears it. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** The new areas (replaces the old ones). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new description; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new end date; null clears it. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new industry partner; null clears it. */
  industryPartnerId?: InputMaybe<Scalars['ID']['input']>;
  /** The new levels (at least one). */
  levels?: InputMaybe<Array<StudyLevel>>;
  /** A new start date; null clears it. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new status. */
  status?: InputMaybe<ProgramStatus>;
  /** A new title (at most 300 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A new university. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a training programme; omitted fields stay as they are. */
export type UpdateTrainingProgramInput = {
  /** A new agreement; null clears it. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** The new areas (replaces the old ones). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new audience; null clears it. */
  audience?: InputMaybe<Scalars['String']['input']>;
  /** A new description; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new end date; null clears it. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new kind. */
  kind?: InputMaybe<TrainingKind>;
  /** The new providers (replaces the old ones; at least one). */
  providerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New seats (not below the seats already taken); null removes the limit. */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** A new start date; null clears it. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** A new status. */
  status?: InputMaybe<ProgramStatus>;
  /** A new title (at most 300 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = T | Promise<T>;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Agreement: Agreement;
  Institution: Institution;
  Internship: Internship;
  InternshipProgram: InternshipProgram;
  Person: Person;
  Source: Source;
  Student: Student;
  Thesis: Thesis;
  ThesisProgram: ThesisProgram;
  TrainingProgram: TrainingProgram;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Agreement:
    ( { __typename: 'Agreement' }
    & GraphQLRecursivePick<FederationTypes['Agreement'], {"id":true}> );
  Institution:
    ( { __typename: 'Institution' }
    & GraphQLRecursivePick<FederationTypes['Institution'], {"id":true}> );
  Internship:
    ( { __typename: 'Internship' }
    & GraphQLRecursivePick<FederationTypes['Internship'], {"id":true}> );
  InternshipProgram:
    ( { __typename: 'InternshipProgram' }
    & GraphQLRecursivePick<FederationTypes['InternshipProgram'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Source:
    ( { __typename: 'Source' }
    & GraphQLRecursivePick<FederationTypes['Source'], {"id":true}> );
  Student:
    ( { __typename: 'Student' }
    & GraphQLRecursivePick<FederationTypes['Student'], {"id":true}> );
  Thesis:
    ( { __typename: 'Thesis' }
    & GraphQLRecursivePick<FederationTypes['Thesis'], {"id":true}> );
  ThesisProgram:
    ( { __typename: 'ThesisProgram' }
    & GraphQLRecursivePick<FederationTypes['ThesisProgram'], {"id":true}> );
  TrainingProgram:
    ( { __typename: 'TrainingProgram' }
    & GraphQLRecursivePick<FederationTypes['TrainingProgram'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agreement: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgreementOutcomes: ResolverTypeWrapper<AgreementOutcomesParent>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<Connection<AuditEntryRow>>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  CacheControlScope: CacheControlScope;
  Citation: ResolverTypeWrapper<RecordCitation>;
  Claim: ResolverTypeWrapper<ClaimView>;
  ClaimBasis: ClaimBasis;
  CreateInternshipProgramInput: CreateInternshipProgramInput;
  CreateThesisProgramInput: CreateThesisProgramInput;
  CreateTrainingProgramInput: CreateTrainingProgramInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EnrollInInternshipProgramInput: EnrollInInternshipProgramInput;
  EnrollInTrainingProgramInput: EnrollInTrainingProgramInput;
  ImportMatch: ImportMatch;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  ImportSourceInput: ImportSourceInput;
  ImportedFrom: ResolverTypeWrapper<ImportedFrom>;
  Institution: ResolverTypeWrapper<EntityRef>;
  Internship: ResolverTypeWrapper<InternshipRow>;
  InternshipConnection: ResolverTypeWrapper<LazyConnection<InternshipRow>>;
  InternshipEdge: ResolverTypeWrapper<Omit<InternshipEdge, 'node'> & { node: ResolversTypes['Internship'] }>;
  InternshipFunnel: ResolverTypeWrapper<InternshipFunnel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  InternshipProgram: ResolverTypeWrapper<InternshipProgramRow>;
  InternshipProgramConnection: ResolverTypeWrapper<Connection<InternshipProgramRow>>;
  InternshipProgramEdge: ResolverTypeWrapper<Omit<InternshipProgramEdge, 'node'> & { node: ResolversTypes['InternshipProgram'] }>;
  InternshipProgramFilter: InternshipProgramFilter;
  InternshipProgramImportInput: InternshipProgramImportInput;
  InternshipProgramRole: InternshipProgramRole;
  InternshipProgramStats: ResolverTypeWrapper<InternshipProgramStats>;
  InternshipStatus: InternshipStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewStudentInput: NewStudentInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<EntityRef>;
  ProgramStatus: ProgramStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterThesisInput: RegisterThesisInput;
  Source: ResolverTypeWrapper<SourceParent>;
  SourceConnection: ResolverTypeWrapper<Connection<SourceParent>>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFilter: SourceFilter;
  SourceMention: ResolverTypeWrapper<SourceMentionView>;
  StatsBucket: ResolverTypeWrapper<StatsBucket>;
  Student: ResolverTypeWrapper<StudentRow>;
  StudyLevel: StudyLevel;
  SupervisorRole: SupervisorRole;
  TalentPipeline: TalentPipeline;
  TalentStatsCount: TalentStatsCount;
  TalentStatsFilter: TalentStatsFilter;
  TalentStatsGroupBy: TalentStatsGroupBy;
  TalentSummary: ResolverTypeWrapper<TalentSummaryParent>;
  Thesis: ResolverTypeWrapper<ThesisRow>;
  ThesisConnection: ResolverTypeWrapper<AnyConnection<ThesisRow>>;
  ThesisEdge: ResolverTypeWrapper<Omit<ThesisEdge, 'node'> & { node: ResolversTypes['Thesis'] }>;
  ThesisFilter: ThesisFilter;
  ThesisFunnel: ResolverTypeWrapper<ThesisFunnel>;
  ThesisProgram: ResolverTypeWrapper<ThesisProgramRow>;
  ThesisProgramConnection: ResolverTypeWrapper<Connection<ThesisProgramRow>>;
  ThesisProgramEdge: ResolverTypeWrapper<Omit<ThesisProgramEdge, 'node'> & { node: ResolversTypes['ThesisProgram'] }>;
  ThesisProgramFilter: ThesisProgramFilter;
  ThesisProgramImportInput: ThesisProgramImportInput;
  ThesisProgramRole: ThesisProgramRole;
  ThesisProgramStats: ResolverTypeWrapper<ThesisProgramStats>;
  ThesisStatus: ThesisStatus;
  TrainingEnrollment: ResolverTypeWrapper<TrainingEnrollmentRow>;
  TrainingEnrollmentConnection: ResolverTypeWrapper<LazyConnection<TrainingEnrollmentRow>>;
  TrainingEnrollmentEdge: ResolverTypeWrapper<Omit<TrainingEnrollmentEdge, 'node'> & { node: ResolversTypes['TrainingEnrollment'] }>;
  TrainingEnrollmentStatus: TrainingEnrollmentStatus;
  TrainingFunnel: ResolverTypeWrapper<TrainingFunnel>;
  TrainingKind: TrainingKind;
  TrainingProgram: ResolverTypeWrapper<TrainingProgramRow>;
  TrainingProgramConnection: ResolverTypeWrapper<Connection<TrainingProgramRow>>;
  TrainingProgramEdge: ResolverTypeWrapper<Omit<TrainingProgramEdge, 'node'> & { node: ResolversTypes['TrainingProgram'] }>;
  TrainingProgramFilter: TrainingProgramFilter;
  TrainingProgramImportInput: TrainingProgramImportInput;
  TrainingProgramStats: ResolverTypeWrapper<TrainingProgramStats>;
  UpdateInternshipProgramInput: UpdateInternshipProgramInput;
  UpdateThesisProgramInput: UpdateThesisProgramInput;
  UpdateTrainingProgramInput: UpdateTrainingProgramInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agreement: EntityRef;
  ID: Scalars['ID']['output'];
  AgreementOutcomes: AgreementOutcomesParent;
  AuditEntry: AuditEntryRow;
  String: Scalars['String']['output'];
  AuditEntryConnection: Connection<AuditEntryRow>;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Citation: RecordCitation;
  Claim: ClaimView;
  CreateInternshipProgramInput: CreateInternshipProgramInput;
  CreateThesisProgramInput: CreateThesisProgramInput;
  CreateTrainingProgramInput: CreateTrainingProgramInput;
  Date: Scalars['Date']['output'];
  EnrollInInternshipProgramInput: EnrollInInternshipProgramInput;
  EnrollInTrainingProgramInput: EnrollInTrainingProgramInput;
  ImportProblem: ImportProblem;
  ImportResult: ImportResult;
  ImportRowResult: ImportRowResult;
  ImportSourceInput: ImportSourceInput;
  ImportedFrom: ImportedFrom;
  Institution: EntityRef;
  Internship: InternshipRow;
  InternshipConnection: LazyConnection<InternshipRow>;
  InternshipEdge: Omit<InternshipEdge, 'node'> & { node: ResolversParentTypes['Internship'] };
  InternshipFunnel: InternshipFunnel;
  Float: Scalars['Float']['output'];
  InternshipProgram: InternshipProgramRow;
  InternshipProgramConnection: Connection<InternshipProgramRow>;
  InternshipProgramEdge: Omit<InternshipProgramEdge, 'node'> & { node: ResolversParentTypes['InternshipProgram'] };
  InternshipProgramFilter: InternshipProgramFilter;
  InternshipProgramImportInput: InternshipProgramImportInput;
  InternshipProgramStats: InternshipProgramStats;
  Mutation: Record<PropertyKey, never>;
  NewStudentInput: NewStudentInput;
  PageInfo: PageInfo;
  Person: EntityRef;
  Query: Record<PropertyKey, never>;
  RegisterThesisInput: RegisterThesisInput;
  Source: SourceParent;
  SourceConnection: Connection<SourceParent>;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFilter: SourceFilter;
  SourceMention: SourceMentionView;
  StatsBucket: StatsBucket;
  Student: StudentRow;
  TalentStatsFilter: TalentStatsFilter;
  TalentSummary: TalentSummaryParent;
  Thesis: ThesisRow;
  ThesisConnection: AnyConnection<ThesisRow>;
  ThesisEdge: Omit<ThesisEdge, 'node'> & { node: ResolversParentTypes['Thesis'] };
  ThesisFilter: ThesisFilter;
  ThesisFunnel: ThesisFunnel;
  ThesisProgram: ThesisProgramRow;
  ThesisProgramConnection: Connection<ThesisProgramRow>;
  ThesisProgramEdge: Omit<ThesisProgramEdge, 'node'> & { node: ResolversParentTypes['ThesisProgram'] };
  ThesisProgramFilter: ThesisProgramFilter;
  ThesisProgramImportInput: ThesisProgramImportInput;
  ThesisProgramStats: ThesisProgramStats;
  TrainingEnrollment: TrainingEnrollmentRow;
  TrainingEnrollmentConnection: LazyConnection<TrainingEnrollmentRow>;
  TrainingEnrollmentEdge: Omit<TrainingEnrollmentEdge, 'node'> & { node: ResolversParentTypes['TrainingEnrollment'] };
  TrainingFunnel: TrainingFunnel;
  TrainingProgram: TrainingProgramRow;
  TrainingProgramConnection: Connection<TrainingProgramRow>;
  TrainingProgramEdge: Omit<TrainingProgramEdge, 'node'> & { node: ResolversParentTypes['TrainingProgram'] };
  TrainingProgramFilter: TrainingProgramFilter;
  TrainingProgramImportInput: TrainingProgramImportInput;
  TrainingProgramStats: TrainingProgramStats;
  UpdateInternshipProgramInput: UpdateInternshipProgramInput;
  UpdateThesisProgramInput: UpdateThesisProgramInput;
  UpdateTrainingProgramInput: UpdateTrainingProgramInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgreementResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement'], FederationReferenceType extends FederationReferenceTypes['Agreement'] = FederationReferenceTypes['Agreement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcomes?: Resolver<Maybe<ResolversTypes['AgreementOutcomes']>, ParentType, ContextType>;
}>;

export type AgreementOutcomesResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['AgreementOutcomes'] = ResolversParentTypes['AgreementOutcomes']> = ResolversObject<{
  internshipProgramCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  internshipPrograms?: Resolver<Array<ResolversTypes['InternshipProgram']>, ParentType, ContextType>;
  thesisProgramCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thesisPrograms?: Resolver<Array<ResolversTypes['ThesisProgram']>, ParentType, ContextType>;
  trainingProgramCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainingPrograms?: Resolver<Array<ResolversTypes['TrainingProgram']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes['ImportedFrom']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  addedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['ClaimBasis'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes['ImportedFrom']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type ImportProblemResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImportRowResultResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  matchedBy?: Resolver<Maybe<ResolversTypes['ImportMatch']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportedFromResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ImportedFrom'] = ResolversParentTypes['ImportedFrom']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution'], FederationReferenceType extends FederationReferenceTypes['Institution'] = FederationReferenceTypes['Institution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Institution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internshipPrograms?: Resolver<Maybe<Array<ResolversTypes['InternshipProgram']>>, ParentType, ContextType, Partial<InstitutionInternshipProgramsArgs>>;
  talentSummary?: Resolver<Maybe<ResolversTypes['TalentSummary']>, ParentType, ContextType>;
  thesisPrograms?: Resolver<Maybe<Array<ResolversTypes['ThesisProgram']>>, ParentType, ContextType, Partial<InstitutionThesisProgramsArgs>>;
  trainingPrograms?: Resolver<Maybe<Array<ResolversTypes['TrainingProgram']>>, ParentType, ContextType>;
}>;

export type InternshipResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Internship'] = ResolversParentTypes['Internship'], FederationReferenceType extends FederationReferenceTypes['Internship'] = FederationReferenceTypes['Internship']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Internship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<InternshipHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['StudyLevel'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['InternshipProgram'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InternshipStatus'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InternshipConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['InternshipConnection'] = ResolversParentTypes['InternshipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InternshipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Internship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InternshipEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['InternshipEdge'] = ResolversParentTypes['InternshipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Internship'], ParentType, ContextType>;
}>;

export type InternshipFunnelResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['InternshipFunnel'] = ResolversParentTypes['InternshipFunnel']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hireRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InternshipProgramResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['InternshipProgram'] = ResolversParentTypes['InternshipProgram'], FederationReferenceType extends FederationReferenceTypes['InternshipProgram'] = FederationReferenceTypes['InternshipProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InternshipProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<InternshipProgramHistoryArgs, 'first'>>;
  host?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internships?: Resolver<ResolversTypes['InternshipConnection'], ParentType, ContextType, RequireFields<InternshipProgramInternshipsArgs, 'first'>>;
  levels?: Resolver<Array<ResolversTypes['StudyLevel']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<InternshipProgramProvenanceArgs>>;
  seats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['InternshipProgramStats'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgramStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  universities?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InternshipProgramConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['InternshipProgramConnection'] = ResolversParentTypes['InternshipProgramConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InternshipProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['InternshipProgram']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InternshipProgramEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['InternshipProgramEdge'] = ResolversParentTypes['InternshipProgramEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InternshipProgram'], ParentType, ContextType>;
}>;

export type InternshipProgramStatsResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['InternshipProgramStats'] = ResolversParentTypes['InternshipProgramStats']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hireRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seatsLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seatsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changeInternshipStatus?: Resolver<ResolversTypes['Internship'], ParentType, ContextType, RequireFields<MutationChangeInternshipStatusArgs, 'id' | 'status'>>;
  changeThesisStatus?: Resolver<ResolversTypes['Thesis'], ParentType, ContextType, RequireFields<MutationChangeThesisStatusArgs, 'id' | 'status'>>;
  changeTrainingEnrollmentStatus?: Resolver<ResolversTypes['TrainingEnrollment'], ParentType, ContextType, RequireFields<MutationChangeTrainingEnrollmentStatusArgs, 'id' | 'status'>>;
  createInternshipProgram?: Resolver<ResolversTypes['InternshipProgram'], ParentType, ContextType, RequireFields<MutationCreateInternshipProgramArgs, 'input'>>;
  createThesisProgram?: Resolver<ResolversTypes['ThesisProgram'], ParentType, ContextType, RequireFields<MutationCreateThesisProgramArgs, 'input'>>;
  createTrainingProgram?: Resolver<ResolversTypes['TrainingProgram'], ParentType, ContextType, RequireFields<MutationCreateTrainingProgramArgs, 'input'>>;
  enrollInInternshipProgram?: Resolver<ResolversTypes['Internship'], ParentType, ContextType, RequireFields<MutationEnrollInInternshipProgramArgs, 'input'>>;
  enrollInTrainingProgram?: Resolver<ResolversTypes['TrainingEnrollment'], ParentType, ContextType, RequireFields<MutationEnrollInTrainingProgramArgs, 'input'>>;
  importInternshipPrograms?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportInternshipProgramsArgs, 'dryRun' | 'rows'>>;
  importThesisPrograms?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportThesisProgramsArgs, 'dryRun' | 'rows'>>;
  importTrainingPrograms?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportTrainingProgramsArgs, 'dryRun' | 'rows'>>;
  registerThesis?: Resolver<ResolversTypes['Thesis'], ParentType, ContextType, RequireFields<MutationRegisterThesisArgs, 'input'>>;
  transitionInternship?: Resolver<ResolversTypes['Internship'], ParentType, ContextType, RequireFields<MutationTransitionInternshipArgs, 'id' | 'to'>>;
  transitionThesis?: Resolver<ResolversTypes['Thesis'], ParentType, ContextType, RequireFields<MutationTransitionThesisArgs, 'id' | 'to'>>;
  transitionTrainingEnrollment?: Resolver<ResolversTypes['TrainingEnrollment'], ParentType, ContextType, RequireFields<MutationTransitionTrainingEnrollmentArgs, 'id' | 'to'>>;
  updateInternshipProgram?: Resolver<ResolversTypes['InternshipProgram'], ParentType, ContextType, RequireFields<MutationUpdateInternshipProgramArgs, 'id' | 'input'>>;
  updateThesisProgram?: Resolver<ResolversTypes['ThesisProgram'], ParentType, ContextType, RequireFields<MutationUpdateThesisProgramArgs, 'id' | 'input'>>;
  updateTrainingProgram?: Resolver<ResolversTypes['TrainingProgram'], ParentType, ContextType, RequireFields<MutationUpdateTrainingProgramArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supervisedTheses?: Resolver<Maybe<ResolversTypes['ThesisConnection']>, ParentType, ContextType, RequireFields<PersonSupervisedThesesArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  internship?: Resolver<Maybe<ResolversTypes['Internship']>, ParentType, ContextType, RequireFields<QueryInternshipArgs, 'id'>>;
  internshipProgram?: Resolver<Maybe<ResolversTypes['InternshipProgram']>, ParentType, ContextType, RequireFields<QueryInternshipProgramArgs, 'id'>>;
  internshipPrograms?: Resolver<ResolversTypes['InternshipProgramConnection'], ParentType, ContextType, RequireFields<QueryInternshipProgramsArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType, RequireFields<QueryStudentArgs, 'id'>>;
  talentAuditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryTalentAuditLogArgs, 'entityId' | 'first'>>;
  talentStats?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType, RequireFields<QueryTalentStatsArgs, 'count' | 'groupBy'>>;
  theses?: Resolver<ResolversTypes['ThesisConnection'], ParentType, ContextType, RequireFields<QueryThesesArgs, 'first'>>;
  thesis?: Resolver<Maybe<ResolversTypes['Thesis']>, ParentType, ContextType, RequireFields<QueryThesisArgs, 'id'>>;
  thesisProgram?: Resolver<Maybe<ResolversTypes['ThesisProgram']>, ParentType, ContextType, RequireFields<QueryThesisProgramArgs, 'id'>>;
  thesisPrograms?: Resolver<ResolversTypes['ThesisProgramConnection'], ParentType, ContextType, RequireFields<QueryThesisProgramsArgs, 'first'>>;
  trainingEnrollment?: Resolver<Maybe<ResolversTypes['TrainingEnrollment']>, ParentType, ContextType, RequireFields<QueryTrainingEnrollmentArgs, 'id'>>;
  trainingProgram?: Resolver<Maybe<ResolversTypes['TrainingProgram']>, ParentType, ContextType, RequireFields<QueryTrainingProgramArgs, 'id'>>;
  trainingPrograms?: Resolver<ResolversTypes['TrainingProgramConnection'], ParentType, ContextType, RequireFields<QueryTrainingProgramsArgs, 'first'>>;
}>;

export type SourceResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'], FederationReferenceType extends FederationReferenceTypes['Source'] = FederationReferenceTypes['Source']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Source']> | FederationReferenceType, FederationReferenceType, ContextType>;
  citedIn?: Resolver<Maybe<ResolversTypes['SourceMention']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['SourceMention']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes['ImportedFrom']>, ParentType, ContextType>;
  internshipPrograms?: Resolver<Maybe<ResolversTypes['InternshipProgramConnection']>, ParentType, ContextType, RequireFields<SourceInternshipProgramsArgs, 'first'>>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  thesisPrograms?: Resolver<Maybe<ResolversTypes['ThesisProgramConnection']>, ParentType, ContextType, RequireFields<SourceThesisProgramsArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleIsDescriptive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trainingPrograms?: Resolver<Maybe<ResolversTypes['TrainingProgramConnection']>, ParentType, ContextType, RequireFields<SourceTrainingProgramsArgs, 'first'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourceConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourceEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type SourceMentionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['SourceMention'] = ResolversParentTypes['SourceMention']> = ResolversObject<{
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type StatsBucketResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['StatsBucket'] = ResolversParentTypes['StatsBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StudentResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internships?: Resolver<Array<ResolversTypes['Internship']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  theses?: Resolver<Array<ResolversTypes['Thesis']>, ParentType, ContextType>;
  trainingEnrollments?: Resolver<Array<ResolversTypes['TrainingEnrollment']>, ParentType, ContextType>;
  university?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
}>;

export type TalentSummaryResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TalentSummary'] = ResolversParentTypes['TalentSummary']> = ResolversObject<{
  internshipProgramCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  internships?: Resolver<ResolversTypes['InternshipFunnel'], ParentType, ContextType>;
  theses?: Resolver<ResolversTypes['ThesisFunnel'], ParentType, ContextType>;
  thesisProgramCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainingProgramCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trainings?: Resolver<ResolversTypes['TrainingFunnel'], ParentType, ContextType>;
}>;

export type ThesisResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Thesis'] = ResolversParentTypes['Thesis'], FederationReferenceType extends FederationReferenceTypes['Thesis'] = FederationReferenceTypes['Thesis']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Thesis']> | FederationReferenceType, FederationReferenceType, ContextType>;
  academicSupervisor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<ThesisHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industrySupervisor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['StudyLevel'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['ThesisProgram'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ThesisStatus'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ThesisConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ThesisConnection'] = ResolversParentTypes['ThesisConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ThesisEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Thesis']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ThesisEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ThesisEdge'] = ResolversParentTypes['ThesisEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Thesis'], ParentType, ContextType>;
}>;

export type ThesisFunnelResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ThesisFunnel'] = ResolversParentTypes['ThesisFunnel']> = ResolversObject<{
  abandoned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  abandonmentRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  defended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  defenseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ThesisProgramResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ThesisProgram'] = ResolversParentTypes['ThesisProgram'], FederationReferenceType extends FederationReferenceTypes['ThesisProgram'] = FederationReferenceTypes['ThesisProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ThesisProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<ThesisProgramHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industryPartner?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['StudyLevel']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<ThesisProgramProvenanceArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['ThesisProgramStats'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgramStatus'], ParentType, ContextType>;
  theses?: Resolver<ResolversTypes['ThesisConnection'], ParentType, ContextType, RequireFields<ThesisProgramThesesArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  university?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ThesisProgramConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ThesisProgramConnection'] = ResolversParentTypes['ThesisProgramConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ThesisProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ThesisProgram']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ThesisProgramEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ThesisProgramEdge'] = ResolversParentTypes['ThesisProgramEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ThesisProgram'], ParentType, ContextType>;
}>;

export type ThesisProgramStatsResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ThesisProgramStats'] = ResolversParentTypes['ThesisProgramStats']> = ResolversObject<{
  abandoned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  abandonmentRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  defended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  defenseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingEnrollmentResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TrainingEnrollment'] = ResolversParentTypes['TrainingEnrollment']> = ResolversObject<{
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<TrainingEnrollmentHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['TrainingProgram'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingEnrollmentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingEnrollmentConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TrainingEnrollmentConnection'] = ResolversParentTypes['TrainingEnrollmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TrainingEnrollmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TrainingEnrollment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingEnrollmentEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TrainingEnrollmentEdge'] = ResolversParentTypes['TrainingEnrollmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingEnrollment'], ParentType, ContextType>;
}>;

export type TrainingFunnelResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TrainingFunnel'] = ResolversParentTypes['TrainingFunnel']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingProgramResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TrainingProgram'] = ResolversParentTypes['TrainingProgram'], FederationReferenceType extends FederationReferenceTypes['TrainingProgram'] = FederationReferenceTypes['TrainingProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrainingProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  audience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrollments?: Resolver<ResolversTypes['TrainingEnrollmentConnection'], ParentType, ContextType, RequireFields<TrainingProgramEnrollmentsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<TrainingProgramHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrainingKind'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<TrainingProgramProvenanceArgs>>;
  providers?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  seats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['TrainingProgramStats'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgramStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingProgramConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TrainingProgramConnection'] = ResolversParentTypes['TrainingProgramConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TrainingProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TrainingProgram']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingProgramEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TrainingProgramEdge'] = ResolversParentTypes['TrainingProgramEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingProgram'], ParentType, ContextType>;
}>;

export type TrainingProgramStatsResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TrainingProgramStats'] = ResolversParentTypes['TrainingProgramStats']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seatsLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seatsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TalentContext> = ResolversObject<{
  Agreement?: AgreementResolvers<ContextType>;
  AgreementOutcomes?: AgreementOutcomesResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Date?: GraphQLScalarType;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  ImportedFrom?: ImportedFromResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Internship?: InternshipResolvers<ContextType>;
  InternshipConnection?: InternshipConnectionResolvers<ContextType>;
  InternshipEdge?: InternshipEdgeResolvers<ContextType>;
  InternshipFunnel?: InternshipFunnelResolvers<ContextType>;
  InternshipProgram?: InternshipProgramResolvers<ContextType>;
  InternshipProgramConnection?: InternshipProgramConnectionResolvers<ContextType>;
  InternshipProgramEdge?: InternshipProgramEdgeResolvers<ContextType>;
  InternshipProgramStats?: InternshipProgramStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceMention?: SourceMentionResolvers<ContextType>;
  StatsBucket?: StatsBucketResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  TalentSummary?: TalentSummaryResolvers<ContextType>;
  Thesis?: ThesisResolvers<ContextType>;
  ThesisConnection?: ThesisConnectionResolvers<ContextType>;
  ThesisEdge?: ThesisEdgeResolvers<ContextType>;
  ThesisFunnel?: ThesisFunnelResolvers<ContextType>;
  ThesisProgram?: ThesisProgramResolvers<ContextType>;
  ThesisProgramConnection?: ThesisProgramConnectionResolvers<ContextType>;
  ThesisProgramEdge?: ThesisProgramEdgeResolvers<ContextType>;
  ThesisProgramStats?: ThesisProgramStatsResolvers<ContextType>;
  TrainingEnrollment?: TrainingEnrollmentResolvers<ContextType>;
  TrainingEnrollmentConnection?: TrainingEnrollmentConnectionResolvers<ContextType>;
  TrainingEnrollmentEdge?: TrainingEnrollmentEdgeResolvers<ContextType>;
  TrainingFunnel?: TrainingFunnelResolvers<ContextType>;
  TrainingProgram?: TrainingProgramResolvers<ContextType>;
  TrainingProgramConnection?: TrainingProgramConnectionResolvers<ContextType>;
  TrainingProgramEdge?: TrainingProgramEdgeResolvers<ContextType>;
  TrainingProgramStats?: TrainingProgramStatsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = TalentContext> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
}>;
