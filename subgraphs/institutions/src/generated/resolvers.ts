import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Institution as InstitutionRow } from '../entities/Institution';
import { Person as PersonRow } from '../entities/Person';
import { Position as PositionRow } from '../entities/Position';
import { Membership as MembershipRow } from '../entities/Membership';
import { SourceParent, RecordCitation, ClaimView, SourceMentionView, Connection, AuditEntryRow } from '@partnership-graph/shared';
import { InstitutionPage, InstitutionFacetScope } from '../repositories/InstitutionRepository';
import { InstitutionsContext } from '../context';
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
  /** The usual abbreviation, e.g. AzTU. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other spellings, transliterations and abbreviations, e.g. Azerishiq for Azərişıq. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /** City, when the sources state it. */
  city?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code. */
  country?: Maybe<Scalars['String']['output']>;
  /** What the documents say about the institution beyond its name and kind (its aims, its origin, its work), in their words and language; passages are joined with " … ". */
  description?: Maybe<Scalars['String']['output']>;
  /** Founding date with the precision the source gives. */
  foundedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * This institution's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON. For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id (a kebab-case slug); other subgraphs store it. */
  id: Scalars['ID']['output'];
  /** What sort of institution this is. */
  kind: InstitutionKind;
  /**
   * The name in `lang` (or, without it, in the request's Accept-Language), with the
   * language actually served: the default name's language when there is no such name.
   */
  localizedName: LocalizedName;
  /** How many members the documents say the organisation has (an alliance "which unites 173 universities"); null when none say. The members the graph holds are `members`. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** From how many countries (or countries and regions) the documents say its members come; null when none say. */
  memberCountryCount?: Maybe<Scalars['Int']['output']>;
  /** Members of this organisation, with role and dates. */
  members: Array<Membership>;
  /** Organisations this institution belongs to (an alliance, an association), with role and dates. */
  memberships: Array<Membership>;
  /**
   * The name in `lang` (an ISO 639-1 code such as az, en, de, tr, zh) or, without it,
   * in the request's Accept-Language; the default name when there is none in that language.
   */
  name: Scalars['String']['output'];
  /** Every name the institution has, each with its language. */
  names: Array<LocalizedName>;
  /** The institution this one is a unit of (a branch's university, a complex's company…). */
  parent?: Maybe<Institution>;
  /**
   * People in roles at this institution (rector, director…), with titles and dates.
   * With `at`, only the roles whose status on that day (see `Position.statusOn`) is one
   * of `status`: by default those known to be held then.
   */
  positions: Array<Position>;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /** Research Organization Registry id, when known. */
  rorId?: Maybe<Scalars['String']['output']>;
  /** Field of activity in free text, e.g. higher education, defence technology. */
  sector?: Maybe<Scalars['String']['output']>;
  /**
   * The documents that state the facts about this institution.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
  /** Units directly under this institution: branches, complexes, centres, offices, laboratories. */
  units: Array<Institution>;
  /** Official website, when known. */
  website?: Maybe<Scalars['String']['output']>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionLocalizedNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionPositionsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<Array<PositionStatus>>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of institutions. */
export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  /** The institutions on this page, each with its cursor. */
  edges: Array<InstitutionEdge>;
  /** Counts of all matching institutions (not just this page) by kind and by country. */
  facets: InstitutionFacets;
  /** The institutions on this page. */
  nodes: Array<Institution>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many institutions match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** An institution with its cursor. */
export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  /** Pass as `after` to continue after this institution. */
  cursor: Scalars['String']['output'];
  /** The institution. */
  node: Institution;
};

/** Counts of the institutions that match a filter, for narrowing a search. */
export type InstitutionFacets = {
  __typename?: 'InstitutionFacets';
  /** How many match per country (key: ISO 3166-1 alpha-2 code; null when unknown). */
  countries: Array<StatsBucket>;
  /** How many match per kind (key: the InstitutionKind value). */
  kinds: Array<StatsBucket>;
};

/** Filters for `institutions`; all given conditions must hold. */
export type InstitutionFilter = {
  /** City, case-insensitive. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<InstitutionKind>>;
  /** Only direct units of this institution. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Case- and diacritic-insensitive text, matched where a word starts (`bayrak` finds Bayraktar), against every name, acronym and alias. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only institutions that this source document states (a `Source` id, e.g. src-bayraktar-memoranda-2025): the ones whose `citations` name it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** One institution to create or update. Fields left out (null) keep their stored value; lists given replace the stored ones. */
export type InstitutionImportInput = {
  /** The usual abbreviation, e.g. AzTU (at most 50 characters). */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Other spellings, transliterations and abbreviations. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** City (at most 120 characters). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code, e.g. AZ. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Founding date with the precision the source gives. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The institution's id: updates that institution, or creates one with this id. Without it, the row is matched by ROR id or name and country. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of institution this is. */
  kind: InstitutionKind;
  /** The default name (at most 300 characters). */
  name: Scalars['String']['input'];
  /** ISO 639-1 language of `name`; en when not given. */
  nameLanguage?: InputMaybe<Scalars['String']['input']>;
  /** Names in other languages. */
  names?: InputMaybe<Array<LocalizedNameInput>>;
  /** Id of the institution this one is a unit of: a stored institution or another row of this call. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** ROR id of the institution this one is a unit of: a stored institution or another row of this call. */
  parentRorId?: InputMaybe<Scalars['String']['input']>;
  /** Research Organization Registry id: https://ror.org/0abc12345 or the bare 9-character id. */
  rorId?: InputMaybe<Scalars['String']['input']>;
  /** Field of activity in free text (at most 200 characters). */
  sector?: InputMaybe<Scalars['String']['input']>;
  /** The document that states the row's facts, and the row of the imported file. */
  source: ImportSourceInput;
  /** Official website (http or https). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of institution. */
export type InstitutionKind =
  /** An alliance or network of institutions. */
  | 'ALLIANCE'
  /** A branch of a university or company. */
  | 'BRANCH'
  /** A business association, confederation or club. */
  | 'BUSINESS_ASSOCIATION'
  /** A private or jointly owned company. */
  | 'COMPANY'
  /** An enterprise run as a unit of another institution. */
  | 'ENTERPRISE'
  /** A state agency or committee. */
  | 'GOVERNMENT_AGENCY'
  /** An innovation centre. */
  | 'INNOVATION_CENTER'
  /** A laboratory. */
  | 'LABORATORY'
  /** A government ministry. */
  | 'MINISTRY'
  /** Anything else. */
  | 'OTHER'
  /** A production complex or plant of a company. */
  | 'PRODUCTION_COMPLEX'
  /** A research centre. */
  | 'RESEARCH_CENTER'
  /** A research institute. */
  | 'RESEARCH_INSTITUTE'
  /** A company owned or managed by the state. */
  | 'STATE_COMPANY'
  /** A technology transfer office. */
  | 'TECHNOLOGY_TRANSFER_OFFICE'
  /** A technology park. */
  | 'TECHNOPARK'
  /** A university or academy that awards degrees. */
  | 'UNIVERSITY';

/** Orders for `institutions`. */
export type InstitutionOrderBy =
  /** By founding date, oldest first; undated institutions last. */
  | 'FOUNDED_ON_ASC'
  /** By default name, A to Z. */
  | 'NAME_ASC'
  /** By default name, Z to A. */
  | 'NAME_DESC';

/** A name in one language. */
export type LocalizedName = {
  __typename?: 'LocalizedName';
  /** ISO 639-1 language code. */
  language: Scalars['String']['output'];
  /** The name. */
  value: Scalars['String']['output'];
};

/** A name in one language, as an import gives it. */
export type LocalizedNameInput = {
  /** ISO 639-1 language code, e.g. az. */
  language: Scalars['String']['input'];
  /** The name (at most 300 characters). */
  value: Scalars['String']['input'];
};

/** An institution's membership of an organisation such as an alliance. */
export type Membership = {
  __typename?: 'Membership';
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /**
   * This membership's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON. For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The institution that is a member. */
  member: Institution;
  /** What the source adds, e.g. the region a centre covers. */
  note?: Maybe<Scalars['String']['output']>;
  /** The organisation it belongs to. */
  organization: Institution;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /** MEMBER, REGIONAL_CENTER, FOUNDER… */
  role: Scalars['String']['output'];
  /** When the membership or role began, if a source says. */
  since?: Maybe<Scalars['Date']['output']>;
  /**
   * The documents that state the membership.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
  /** When it ended, if a source says. */
  until?: Maybe<Scalars['Date']['output']>;
};


/** An institution's membership of an organisation such as an alliance. */
export type MembershipHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An institution's membership of an organisation such as an alliance. */
export type MembershipProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};

/** One membership to create or update. Fields left out (null) keep their stored value. */
export type MembershipImportInput = {
  /** The membership's id: updates that membership, or creates one with this id. Without it, the row is matched by member, organisation and role. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the institution that is a member. */
  memberId: Scalars['ID']['input'];
  /** What the source adds, e.g. the region a centre covers (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Id of the organisation it belongs to. */
  organizationId: Scalars['ID']['input'];
  /** MEMBER, REGIONAL_CENTER, FOUNDER… (at most 40 characters). */
  role: Scalars['String']['input'];
  /** When the membership began. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The document that states the row's facts, and the row of the imported file. */
  source: ImportSourceInput;
  /** When it ended. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Imports, for callers with the role editor:institutions or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is read.
 * Each call takes 1 to 1000 rows and is all or nothing: when any row is rejected, nothing
 * is written. Rows are matched to existing records (by id, ROR id or normalised natural
 * key), so importing the same rows again changes nothing. Every created or changed record
 * cites the row's source (with file, row and import time) and gets an audit entry (see
 * `history` on the record).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Creates or updates institutions. A row matches by `id`, else by ROR id, else by its
   * folded name (or one of its other names or aliases) and country. A parent may be
   * another row of the same call; parents are written before their units.
   */
  importInstitutions: ImportResult;
  /**
   * Creates or updates memberships (an institution's membership of an organisation). A
   * row matches by `id`, else by member, organisation and folded role. Both institutions
   * must exist.
   */
  importMemberships: ImportResult;
  /** Creates or updates people. A row matches by `id`, else by its folded name (or one of its other names or aliases). */
  importPeople: ImportResult;
  /**
   * Creates or updates positions (a person's role at an institution). A row matches by
   * `id`, else by person, institution, folded title and start date. The person and the
   * institution must exist.
   */
  importPositions: ImportResult;
};


/**
 * Imports, for callers with the role editor:institutions or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is read.
 * Each call takes 1 to 1000 rows and is all or nothing: when any row is rejected, nothing
 * is written. Rows are matched to existing records (by id, ROR id or normalised natural
 * key), so importing the same rows again changes nothing. Every created or changed record
 * cites the row's source (with file, row and import time) and gets an audit entry (see
 * `history` on the record).
 */
export type MutationImportInstitutionsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<InstitutionImportInput>;
};


/**
 * Imports, for callers with the role editor:institutions or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is read.
 * Each call takes 1 to 1000 rows and is all or nothing: when any row is rejected, nothing
 * is written. Rows are matched to existing records (by id, ROR id or normalised natural
 * key), so importing the same rows again changes nothing. Every created or changed record
 * cites the row's source (with file, row and import time) and gets an audit entry (see
 * `history` on the record).
 */
export type MutationImportMembershipsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<MembershipImportInput>;
};


/**
 * Imports, for callers with the role editor:institutions or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is read.
 * Each call takes 1 to 1000 rows and is all or nothing: when any row is rejected, nothing
 * is written. Rows are matched to existing records (by id, ROR id or normalised natural
 * key), so importing the same rows again changes nothing. Every created or changed record
 * cites the row's source (with file, row and import time) and gets an audit entry (see
 * `history` on the record).
 */
export type MutationImportPeopleArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<PersonImportInput>;
};


/**
 * Imports, for callers with the role editor:institutions or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is read.
 * Each call takes 1 to 1000 rows and is all or nothing: when any row is rejected, nothing
 * is written. Rows are matched to existing records (by id, ROR id or normalised natural
 * key), so importing the same rows again changes nothing. Every created or changed record
 * cites the row's source (with file, row and import time) and gets an audit entry (see
 * `history` on the record).
 */
export type MutationImportPositionsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<PositionImportInput>;
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
  /** Academic titles and degrees the documents give the person, in their words: Professor, Associate Professor, Doctor of Philosophy in Economics… */
  academicTitles: Array<Scalars['String']['output']>;
  /** Other spellings and transliterations of the name. */
  aliases: Array<Scalars['String']['output']>;
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /**
   * This person's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON. For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /**
   * The name in `lang` (or, without it, in the request's Accept-Language), with the
   * language actually served.
   */
  localizedName: LocalizedName;
  /** The name in `lang`, or the default name when there is none in that language. */
  name: Scalars['String']['output'];
  /** Every name the person has, each with its language. */
  names: Array<LocalizedName>;
  /**
   * Roles the person holds or held, with institution, title and dates.
   * With `at`, only the roles whose status on that day (see `Position.statusOn`) is one
   * of `status`: by default those known to be held then.
   */
  positions: Array<Position>;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /**
   * The documents that name this person.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
};


/** A person named in public sources: an official or staff member (never a student). */
export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in public sources: an official or staff member (never a student). */
export type PersonLocalizedNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** A person named in public sources: an official or staff member (never a student). */
export type PersonNameArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** A person named in public sources: an official or staff member (never a student). */
export type PersonPositionsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<Array<PositionStatus>>;
};


/** A person named in public sources: an official or staff member (never a student). */
export type PersonProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people on this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** The people on this page. */
  nodes: Array<Person>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many people match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A person with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Pass as `after` to continue after this person. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Filters for `people`. */
export type PersonFilter = {
  /** Only people who hold or held a position at this institution. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Case- and diacritic-insensitive text, matched where a word starts (`bayrak` finds Bayraktar), against every name and alias. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only people this source document names (a `Source` id, e.g. src-bayraktar-memoranda-2025): the ones whose `citations` name it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** One person to create or update. Fields left out (null) keep their stored value; lists given replace the stored ones. */
export type PersonImportInput = {
  /** Other spellings and transliterations of the name. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The person's id: updates that person, or creates one with this id. Without it, the row is matched by name. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The default name (at most 200 characters). */
  name: Scalars['String']['input'];
  /** ISO 639-1 language of `name`; en when not given. */
  nameLanguage?: InputMaybe<Scalars['String']['input']>;
  /** Names in other languages. */
  names?: InputMaybe<Array<LocalizedNameInput>>;
  /** The document that states the row's facts, and the row of the imported file. */
  source: ImportSourceInput;
};

/** A person's role at an institution. */
export type Position = {
  __typename?: 'Position';
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /** True when a source calls the role former: the person no longer held it when that source was written. */
  former: Scalars['Boolean']['output'];
  /** The date of the earliest source that calls the role former; null when it is not former or that source is undated. */
  formerOn?: Maybe<Scalars['Date']['output']>;
  /**
   * True when `statusOn(date)` is HELD.
   * @deprecated Use statusOn: heldOn is true only for HELD and cannot tell NOT_HELD from UNKNOWN (it used to count an unknown start or end as held).
   */
  heldOn: Scalars['Boolean']['output'];
  /**
   * This position's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON. For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Where the role is held. */
  institution: Institution;
  /**
   * Every date on which a source shows the person in this role, oldest first: the date of
   * the event it describes and, where the source is dated, its own date. The role was
   * held on each.
   */
  observedDates: Array<Scalars['Date']['output']>;
  /** The latest date on which a source shows the person in this role (all of them: `observedDates`). */
  observedOn?: Maybe<Scalars['Date']['output']>;
  /** Who holds the role. */
  person: Person;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /** The role the title names, the same in every language (Rektor and Rector are both RECTOR); OTHER when the vocabulary has none. */
  role: PositionRole;
  /**
   * The role's name in `lang` (en, de or az) or, without it, in the request's
   * Accept-Language; in English for any other language.
   */
  roleLabel: Scalars['String']['output'];
  /** When the role began, if a source says. */
  since?: Maybe<Scalars['Date']['output']>;
  /**
   * The documents that state the role.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
  /**
   * What the sources establish about the role on `date` (a day, or a month or year: some
   * day of it). HELD: a source shows the person in it then, or then lies between two days
   * of the term the sources show (start, observations, end). NOT_HELD: then lies wholly
   * before `since`, after `until`, or on or after `formerOn`. UNKNOWN otherwise: an
   * unknown start or end is neither held nor not held.
   */
  statusOn: PositionStatus;
  /** The title as the source words it: Rector, Rektor, Direktor, Chairman of the Board… */
  title: Scalars['String']['output'];
  /** When the role ended, if a source says. */
  until?: Maybe<Scalars['Date']['output']>;
};


/** A person's role at an institution. */
export type PositionHeldOnArgs = {
  date: Scalars['Date']['input'];
};


/** A person's role at an institution. */
export type PositionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person's role at an institution. */
export type PositionProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};


/** A person's role at an institution. */
export type PositionRoleLabelArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/** A person's role at an institution. */
export type PositionStatusOnArgs = {
  date: Scalars['Date']['input'];
};

/** A page of positions. */
export type PositionConnection = {
  __typename?: 'PositionConnection';
  /** The positions on this page, each with its cursor. */
  edges: Array<PositionEdge>;
  /** The positions on this page. */
  nodes: Array<Position>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many positions match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A position with its cursor. */
export type PositionEdge = {
  __typename?: 'PositionEdge';
  /** Pass as `after` to continue after this position. */
  cursor: Scalars['String']['output'];
  /** The position. */
  node: Position;
};

/** Filters for `positions`; all given conditions must hold. */
export type PositionFilter = {
  /**
   * Only the positions whose status on this day (or month or year: some day of it) is
   * one of `status`; the rule is `Institution.positions(at:)`'s (see `Position.statusOn`).
   */
  at?: InputMaybe<Scalars['Date']['input']>;
  /** Only positions at these institutions (at most 100 ids). */
  institutionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any of these roles. */
  roles?: InputMaybe<Array<PositionRole>>;
  /**
   * Case- and diacritic-insensitive text, matched where a word starts, against the title
   * as written and the role's names in English, German and Azerbaijani: `Secretary
   * General`, `Rektor` and `direktor` find what they say in any language.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only positions this source document states (a `Source` id, e.g. src-asoiu-alliance-2020): the ones whose `citations` name it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** With `at`: the statuses to return; HELD (known to be held) unless given. */
  status?: InputMaybe<Array<PositionStatus>>;
};

/** One position to create or update. Fields left out (null) keep their stored value. */
export type PositionImportInput = {
  /**
   * True when the source calls the role former (e.g. "ehemaliger Geschäftsführer"): it had
   * ended by the source's `publishedOn`. False clears it; left out keeps the stored value.
   */
  former?: InputMaybe<Scalars['Boolean']['input']>;
  /** The position's id: updates that position, or creates one with this id. Without it, the row is matched by person, institution, title and start date. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the institution where the role is held. */
  institutionId: Scalars['ID']['input'];
  /** A date on which the source shows the person in this role: added to the position's `observedDates` (a row never removes one). */
  observedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Id of the person who holds the role. */
  personId: Scalars['ID']['input'];
  /** When the role began. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The document that states the row's facts, and the row of the imported file. */
  source: ImportSourceInput;
  /** The title as the source words it (at most 200 characters). */
  title: Scalars['String']['input'];
  /** When the role ended. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * A role normalised across languages and wordings: a position's `title` keeps the
 * source's words, its `role` groups them. Each value gives its names in English, German
 * and Azerbaijani (also `Position.roleLabel`); a title is given the role whose word comes
 * first in it ("Senior Advisor to the President" is ADVISOR, "Chairman and CEO" CHAIR).
 */
export type PositionRole =
  /** Advisor · Berater · Müşavir. */
  | 'ADVISOR'
  /** Chair · Vorsitzender · Sədr (chairman of the board too). */
  | 'CHAIR'
  /** Chief Executive Officer · Vorstandsvorsitzender · Baş icraçı direktor. */
  | 'CHIEF_EXECUTIVE'
  /** Dean · Dekan · Dekan. */
  | 'DEAN'
  /** Deputy Chair · Stellvertretender Vorsitzender · Sədr müavini. */
  | 'DEPUTY_CHAIR'
  /** Deputy Director · Stellvertretender Direktor · Direktor müavini. */
  | 'DEPUTY_DIRECTOR'
  /** Deputy Head · Stellvertretender Leiter · Rəhbər müavini. */
  | 'DEPUTY_HEAD'
  /** Director · Direktor · Direktor. */
  | 'DIRECTOR'
  /** Founder · Gründer · Təsisçi. */
  | 'FOUNDER'
  /** Head · Leiter · Rəhbər: of a department, centre or working group. */
  | 'HEAD'
  /** Manager · Manager · Menecer. */
  | 'MANAGER'
  /** Managing Director · Geschäftsführer · İcraçı direktor. */
  | 'MANAGING_DIRECTOR'
  /** Other · Sonstige · Digər: a title the vocabulary does not name. */
  | 'OTHER'
  /** President · Präsident · Prezident. */
  | 'PRESIDENT'
  /** Professor · Professor · Professor. */
  | 'PROFESSOR'
  /** Rector · Rektor · Rektor: the head of a university. */
  | 'RECTOR'
  /** Representative · Vertreter · Nümayəndə. */
  | 'REPRESENTATIVE'
  /** Secretary General · Generalsekretär · Baş katib. */
  | 'SECRETARY_GENERAL'
  /** Vice-President · Vizepräsident · Vitse-prezident. */
  | 'VICE_PRESIDENT'
  /** Vice-Rector · Prorektor · Prorektor (first vice-rectors too). */
  | 'VICE_RECTOR';

/** What the sources establish about a role on a day. */
export type PositionStatus =
  /** The sources show the person in the role then. */
  | 'HELD'
  /** The sources show that the role was not held then: before its start, after its end or once a dated source calls it former. */
  | 'NOT_HELD'
  /** The sources do not tell. */
  | 'UNKNOWN';

export type Query = {
  __typename?: 'Query';
  /**
   * The source documents this subgraph holds that meet `filter` (and, given `ids`, have
   * one of them): what the subgraph answering `sources` merges. Internal: not in the
   * client API, answered only to callers with the subgraph secret.
   */
  _sourceDocuments: Array<Source>;
  /** One institution by id; null when no institution has that id. */
  institution?: Maybe<Institution>;
  /**
   * The audit log of one institution, person, position or membership: every import that
   * created or changed it, newest first, with the record before and after. Admins only.
   * @deprecated Read `history` on the institution, person, position or membership itself (`institution(id: …) { history }`, `person(id: …) { history }`): the same entries, pages and admin-only rule, asked the same way on every audited type.
   */
  institutionAuditLog: AuditEntryConnection;
  /**
   * Institutions, filtered and ordered, as a Relay connection.
   * `first` is at most 100 (default 20).
   */
  institutions: InstitutionConnection;
  /** People named in the sources, as a Relay connection. `first` is at most 100 (default 20). */
  people: PersonConnection;
  /** One person by id; null when no person has that id. */
  person?: Maybe<Person>;
  /**
   * Positions across institutions, as a Relay connection ordered by institution id:
   * every rector (`roles: [RECTOR]`, whatever the title's language), every "Secretary
   * General" (`search`), the roles held on a day (`at`). `first` is at most 100 (default 20).
   */
  positions: PositionConnection;
};


export type Query_SourceDocumentsArgs = {
  filter?: InputMaybe<SourceFilter>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInstitutionAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InstitutionOrderBy>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PositionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** The institutions this document states facts about, by name, as a Relay connection. `first` is at most 100 (default 20). Null when the subgraph holding them cannot be reached. */
  institutions?: Maybe<InstitutionConnection>;
  /** ISO 639-1 language of the document (`und` when the document's language is not known). */
  language: Scalars['String']['output'];
  /** The people this document names, by name, as a Relay connection. `first` is at most 100 (default 20). Null when the subgraph holding them cannot be reached. */
  people?: Maybe<PersonConnection>;
  /** Publication date with the precision the document gives. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Who published the document, when it says. */
  publisher?: Maybe<Scalars['String']['output']>;
  /**
   * The passage that states the fact of the record whose deprecated `sources` list this source is in; null anywhere else.
   * @deprecated It depends on the citing record, so one document shows different quotes under one id (a normalized client cache mixes them up). Read the record's `citations { quote source { id } }`.
   */
  quote?: Maybe<Scalars['String']['output']>;
  /** The document's headline (or a description, when `titleIsDescriptive`). */
  title: Scalars['String']['output'];
  /** True when the document has no headline and `title` describes it. */
  titleIsDescriptive: Scalars['Boolean']['output'];
  /** Where the document can be read, when known. */
  url?: Maybe<Scalars['String']['output']>;
};


/**
 * A document that states facts in the graph: a news item, a press release, an imported
 * file's document. The same document has the same values wherever it appears; what it
 * says about one record (the quoted passage, the import row) is that record's `Citation`.
 */
export type SourceInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A document that states facts in the graph: a news item, a press release, an imported
 * file's document. The same document has the same values wherever it appears; what it
 * says about one record (the quoted passage, the import row) is that record's `Citation`.
 */
export type SourcePeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Institution: Institution;
  Person: Person;
  Source: Source;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Institution:
    ( { __typename: 'Institution' }
    & GraphQLRecursivePick<FederationTypes['Institution'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Source:
    ( { __typename: 'Source' }
    & GraphQLRecursivePick<FederationTypes['Source'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<Connection<AuditEntryRow>>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  CacheControlScope: CacheControlScope;
  Citation: ResolverTypeWrapper<RecordCitation>;
  Claim: ResolverTypeWrapper<ClaimView>;
  ClaimBasis: ClaimBasis;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  ImportMatch: ImportMatch;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  ImportSourceInput: ImportSourceInput;
  ImportedFrom: ResolverTypeWrapper<ImportedFrom>;
  Institution: ResolverTypeWrapper<InstitutionRow>;
  InstitutionConnection: ResolverTypeWrapper<InstitutionPage>;
  InstitutionEdge: ResolverTypeWrapper<Omit<InstitutionEdge, 'node'> & { node: ResolversTypes['Institution'] }>;
  InstitutionFacets: ResolverTypeWrapper<InstitutionFacetScope>;
  InstitutionFilter: InstitutionFilter;
  InstitutionImportInput: InstitutionImportInput;
  InstitutionKind: InstitutionKind;
  InstitutionOrderBy: InstitutionOrderBy;
  LocalizedName: ResolverTypeWrapper<LocalizedName>;
  LocalizedNameInput: LocalizedNameInput;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MembershipImportInput: MembershipImportInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Connection<PersonRow>>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonImportInput: PersonImportInput;
  Position: ResolverTypeWrapper<PositionRow>;
  PositionConnection: ResolverTypeWrapper<Connection<PositionRow>>;
  PositionEdge: ResolverTypeWrapper<Omit<PositionEdge, 'node'> & { node: ResolversTypes['Position'] }>;
  PositionFilter: PositionFilter;
  PositionImportInput: PositionImportInput;
  PositionRole: PositionRole;
  PositionStatus: PositionStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Source: ResolverTypeWrapper<SourceParent>;
  SourceFilter: SourceFilter;
  SourceMention: ResolverTypeWrapper<SourceMentionView>;
  StatsBucket: ResolverTypeWrapper<StatsBucket>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEntry: AuditEntryRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditEntryConnection: Connection<AuditEntryRow>;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Citation: RecordCitation;
  Claim: ClaimView;
  Date: Scalars['Date']['output'];
  ImportProblem: ImportProblem;
  ImportResult: ImportResult;
  ImportRowResult: ImportRowResult;
  ImportSourceInput: ImportSourceInput;
  ImportedFrom: ImportedFrom;
  Institution: InstitutionRow;
  InstitutionConnection: InstitutionPage;
  InstitutionEdge: Omit<InstitutionEdge, 'node'> & { node: ResolversParentTypes['Institution'] };
  InstitutionFacets: InstitutionFacetScope;
  InstitutionFilter: InstitutionFilter;
  InstitutionImportInput: InstitutionImportInput;
  LocalizedName: LocalizedName;
  LocalizedNameInput: LocalizedNameInput;
  Membership: MembershipRow;
  MembershipImportInput: MembershipImportInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonRow;
  PersonConnection: Connection<PersonRow>;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonImportInput: PersonImportInput;
  Position: PositionRow;
  PositionConnection: Connection<PositionRow>;
  PositionEdge: Omit<PositionEdge, 'node'> & { node: ResolversParentTypes['Position'] };
  PositionFilter: PositionFilter;
  PositionImportInput: PositionImportInput;
  Query: Record<PropertyKey, never>;
  Source: SourceParent;
  SourceFilter: SourceFilter;
  SourceMention: SourceMentionView;
  StatsBucket: StatsBucket;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = InstitutionsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes['ImportedFrom']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
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

export type ImportProblemResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImportRowResultResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  matchedBy?: Resolver<Maybe<ResolversTypes['ImportMatch']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportedFromResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['ImportedFrom'] = ResolversParentTypes['ImportedFrom']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution'], FederationReferenceType extends FederationReferenceTypes['Institution'] = FederationReferenceTypes['Institution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Institution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  foundedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<InstitutionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  localizedName?: Resolver<ResolversTypes['LocalizedName'], ParentType, ContextType, Partial<InstitutionLocalizedNameArgs>>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  memberCountryCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<InstitutionNameArgs>>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<InstitutionPositionsArgs, 'status'>>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<InstitutionProvenanceArgs>>;
  rorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InstitutionConnectionResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['InstitutionFacets'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionEdgeResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
}>;

export type InstitutionFacetsResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['InstitutionFacets'] = ResolversParentTypes['InstitutionFacets']> = ResolversObject<{
  countries?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType>;
}>;

export type LocalizedNameResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['LocalizedName'] = ResolversParentTypes['LocalizedName']> = ResolversObject<{
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<MembershipHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<MembershipProvenanceArgs>>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  importInstitutions?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportInstitutionsArgs, 'dryRun' | 'rows'>>;
  importMemberships?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportMembershipsArgs, 'dryRun' | 'rows'>>;
  importPeople?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportPeopleArgs, 'dryRun' | 'rows'>>;
  importPositions?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportPositionsArgs, 'dryRun' | 'rows'>>;
}>;

export type PageInfoResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  academicTitles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<PersonHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localizedName?: Resolver<ResolversTypes['LocalizedName'], ParentType, ContextType, Partial<PersonLocalizedNameArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PersonNameArgs>>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<PersonPositionsArgs, 'status'>>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<PersonProvenanceArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  former?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  formerOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<PositionHeldOnArgs, 'date'>>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<PositionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  observedDates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  observedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<PositionProvenanceArgs>>;
  role?: Resolver<ResolversTypes['PositionRole'], ParentType, ContextType>;
  roleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PositionRoleLabelArgs>>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  statusOn?: Resolver<ResolversTypes['PositionStatus'], ParentType, ContextType, RequireFields<PositionStatusOnArgs, 'date'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PositionConnectionResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['PositionConnection'] = ResolversParentTypes['PositionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PositionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PositionEdgeResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['PositionEdge'] = ResolversParentTypes['PositionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  _sourceDocuments?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<Query_SourceDocumentsArgs>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<QueryInstitutionArgs, 'id'>>;
  institutionAuditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryInstitutionAuditLogArgs, 'entityId' | 'first'>>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, RequireFields<QueryInstitutionsArgs, 'first' | 'orderBy'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<QueryPositionsArgs, 'first'>>;
}>;

export type SourceResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'], FederationReferenceType extends FederationReferenceTypes['Source'] = FederationReferenceTypes['Source']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Source']> | FederationReferenceType, FederationReferenceType, ContextType>;
  citedIn?: Resolver<Maybe<ResolversTypes['SourceMention']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['SourceMention']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes['ImportedFrom']>, ParentType, ContextType>;
  institutions?: Resolver<Maybe<ResolversTypes['InstitutionConnection']>, ParentType, ContextType, RequireFields<SourceInstitutionsArgs, 'first'>>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<SourcePeopleArgs, 'first'>>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleIsDescriptive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourceMentionResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['SourceMention'] = ResolversParentTypes['SourceMention']> = ResolversObject<{
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type StatsBucketResolvers<ContextType = InstitutionsContext, ParentType extends ResolversParentTypes['StatsBucket'] = ResolversParentTypes['StatsBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InstitutionsContext> = ResolversObject<{
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
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  InstitutionFacets?: InstitutionFacetsResolvers<ContextType>;
  LocalizedName?: LocalizedNameResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionConnection?: PositionConnectionResolvers<ContextType>;
  PositionEdge?: PositionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceMention?: SourceMentionResolvers<ContextType>;
  StatsBucket?: StatsBucketResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = InstitutionsContext> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
}>;
