import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AgreementRow } from '../repositories/AgreementRepository';
import { AgreementParty as AgreementPartyRow } from '../entities/AgreementParty';
import { AgreementCommitment as AgreementCommitmentRow } from '../entities/AgreementCommitment';
import { PartnerRow } from '../repositories/AgreementPartyRepository';
import { EventRow } from '../repositories/EventRepository';
import { EventSpeaker as EventSpeakerRow } from '../entities/EventSpeaker';
import { EventRoleRow } from '../repositories/EventSpeakerRepository';
import { InstitutionRef, PersonRef } from '../resolvers/references';
import { SourceParent, RecordCitation, ClaimView, SourceMentionView, Connection, AuditEntryRow } from '@partnership-graph/shared';
import { PartnershipNetworkRow, PartnershipEdgeRow, PartnershipPathRow } from '../services/network';
import { AgreementsContext } from '../context';
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
  /**
   * Thematic areas the agreement covers (artificial intelligence, nanotechnology,
   * metallurgy…), in English as stored. With `lang`, each area of the area vocabulary
   * comes in that language (en, de or az: "künstliche Intelligenz", "süni intellekt"),
   * any other area as stored.
   */
  areas: Array<Scalars['String']['output']>;
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /** What the parties undertake: internships, joint research, training…, each in the source's words. */
  commitments: Array<Commitment>;
  /** What the agreement is about, in brief and in the words of its sources. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * This agreement's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON. For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /** What sort of agreement this is. */
  kind: AgreementKind;
  /** The institutions that are party to the agreement, each with its role and signatory. */
  parties: Array<AgreementParty>;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /** When it was signed, with the precision the source gives; null when no source dates it. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * The documents that state the agreement, each with the passage that says so.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
  /** Where the agreement stands in its lifecycle, as far as the sources say. */
  status: AgreementStatus;
  /** The agreement's title, or a description of it when `titleIsDescriptive`. */
  title: Scalars['String']['output'];
  /** True when the sources give the agreement no title and `title` describes it. */
  titleIsDescriptive: Scalars['Boolean']['output'];
  /** When it took effect, if a source says. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** When it ends or ended, if a source says. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Incremented by every change; pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/**
 * An agreement between institutions: a memorandum of understanding, a cooperation
 * agreement, a membership, or a cooperation programme that one side announces.
 */
export type AgreementAreasArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};


/**
 * An agreement between institutions: a memorandum of understanding, a cooperation
 * agreement, a membership, or a cooperation programme that one side announces.
 */
export type AgreementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An agreement between institutions: a memorandum of understanding, a cooperation
 * agreement, a membership, or a cooperation programme that one side announces.
 */
export type AgreementProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** The agreements on this page, each with its cursor. */
  edges: Array<AgreementEdge>;
  /** The agreements on this page. */
  nodes: Array<Agreement>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many agreements match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** An agreement with its cursor. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Pass as `after` to continue after this agreement. */
  cursor: Scalars['String']['output'];
  /** The agreement. */
  node: Agreement;
};

/** Filters for `agreements`; all given conditions must hold. */
export type AgreementFilter = {
  /**
   * Agreements covering any of these areas. Each is folded like a name (case, diacritics,
   * ə→e, ş→sh…) and matches an area where one of its words starts, in English, German or
   * Azerbaijani: `künstliche Intelligenz`, `süni intellekt`, `Artificial Intelligence` and
   * `artificial` all find the agreements on artificial intelligence.
   */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Agreements that make a commitment of any of these kinds. */
  commitmentKinds?: InputMaybe<Array<CommitmentKind>>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<AgreementKind>>;
  /** Only agreements to which this institution is a party. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Case- and diacritic-insensitive text, matched where a word starts (`bayrak` finds
   * Bayraktar), against the title, the description, the areas (with their names in
   * English, German and Azerbaijani) and the commitments: their words in the source and
   * the name of their kind in English, German and Azerbaijani (`Commitment.label`), so
   * `internship` and `Praktikum` both find every agreement that promises internships.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only agreements this person signed. */
  signatoryId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Signed on or after this date (inclusive). A signing date known only to the month or
   * year matches when that period reaches the bound. Undated agreements never match.
   */
  signedFrom?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Signed on or before this date (inclusive; `2025` means up to 2025-12-31). Undated
   * agreements never match.
   */
  signedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only agreements that this source document states (a `Source` id, e.g. src-bayraktar-memoranda-2025): the ones whose `citations` name it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses. */
  statuses?: InputMaybe<Array<AgreementStatus>>;
};

/** An agreement as one row of an imported file. Omitted (null) fields keep their stored value; lists the row gives replace the stored ones. */
export type AgreementImportInput = {
  /** Thematic areas (each at most 200 characters, at most 50); replaces the stored ones. */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Commitments (at most 50); replaces the stored ones. */
  commitments?: InputMaybe<Array<CommitmentInput>>;
  /** What it is about (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Id of the agreement: the record with this id, or a new one with it. Without it, the row matches by title and signing date. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of agreement this is. */
  kind: AgreementKind;
  /** The parties: at least one, each institution once; replaces the stored parties. */
  parties: Array<AgreementPartyInput>;
  /** Signing date. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The document that states the row and where the row sits in the imported file. */
  source: ImportSourceInput;
  /** Where it stands (default ANNOUNCED); a stored agreement only moves forward in its lifecycle. */
  status?: InputMaybe<AgreementStatus>;
  /** Title (at most 300 characters, not empty). */
  title: Scalars['String']['input'];
  /** True when the sources give no title and `title` describes the agreement. Default false. */
  titleIsDescriptive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** End of validity; not before `validFrom`. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Kinds of agreement. */
export type AgreementKind =
  /** A contract for work or services. */
  | 'CONTRACT'
  /** An agreement to cooperate, signed or reached. */
  | 'COOPERATION_AGREEMENT'
  /** Cooperation that one side announces, in named directions, with partners it may not name. */
  | 'COOPERATION_PROGRAM'
  /** A framework agreement that later agreements fill in. */
  | 'FRAMEWORK_AGREEMENT'
  /** Membership of an organisation such as an alliance. */
  | 'MEMBERSHIP'
  /** A memorandum of understanding (MoU). */
  | 'MEMORANDUM_OF_UNDERSTANDING'
  /** Anything else. */
  | 'OTHER';

/** Orders for `agreements`. */
export type AgreementOrderBy =
  /** Earliest signing date first; undated agreements last. */
  | 'SIGNED_ON_ASC'
  /** Latest signing date first; undated agreements last. */
  | 'SIGNED_ON_DESC'
  /** By title, A to Z. */
  | 'TITLE_ASC';

/** An institution's part in an agreement. */
export type AgreementParty = {
  __typename?: 'AgreementParty';
  /** Stable id: `<agreement id>:<institution id>` (an institution is a party to an agreement once). */
  id: Scalars['ID']['output'];
  /** The institution. */
  institution: Institution;
  /**
   * How the sources present the institution: SIGNATORY_PARTY (signed it), PARTY (named
   * as a side of the cooperation), ANNOUNCER (announces the agreement in its own report
   * without being named as a side), or another upper-case role.
   */
  role?: Maybe<Scalars['String']['output']>;
  /** The person who signed for the institution, when a source names one. */
  signatory?: Maybe<Person>;
};

/** A party to add to an agreement. */
export type AgreementPartyInput = {
  /** Id of the institution (it must exist in the institutions subgraph). */
  institutionId: Scalars['ID']['input'];
  /** Upper-case role such as SIGNATORY_PARTY, PARTY or ANNOUNCER (at most 40 characters). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Id of the person who signed for the institution (it must exist in the institutions subgraph). */
  signatoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** Dimensions `agreementStats` groups by. */
export type AgreementStatsGroupBy =
  /** Each thematic area, compared case- and diacritic-insensitively (the key is the folded area, e.g. "artificial intelligence", usable in `filter.areas`). */
  | 'AREA'
  /** The agreement's kind (key MEMORANDUM_OF_UNDERSTANDING…). */
  | 'KIND'
  /**
   * The countries of its parties (key: ISO 3166-1 alpha-2 code; null when the institutions
   * subgraph knows none). An agreement counts once per distinct country among its parties.
   * Countries come from the institutions subgraph (at most 10,000 parties); the counting
   * is done in SQL, in one statement.
   */
  | 'PARTY_COUNTRY'
  /**
   * The kinds of its parties (key: InstitutionKind such as UNIVERSITY). An agreement counts
   * once per distinct kind among its parties. Kinds come from the institutions subgraph
   * (at most 10,000 parties).
   */
  | 'PARTY_KIND'
  /** The roles its parties have (key SIGNATORY_PARTY, PARTY, ANNOUNCER…); parties without a role form a bucket with key null. */
  | 'PARTY_ROLE'
  /** The agreement's status (key SIGNED…). */
  | 'STATUS'
  /** The year of `signedOn` (key "2025"); undated agreements form one bucket with key null, labelled "undated". */
  | 'YEAR';

/** Lifecycle of an agreement. Moves only forward: ANNOUNCED → SIGNED → ACTIVE → EXPIRED, or SIGNED/ACTIVE → TERMINATED. */
export type AgreementStatus =
  /** In force: the parties are carrying it out. */
  | 'ACTIVE'
  /** Announced or reached, not (yet) known to be signed. */
  | 'ANNOUNCED'
  /** Ended at the end of its term. */
  | 'EXPIRED'
  /** Signed. */
  | 'SIGNED'
  /** Ended before the end of its term. */
  | 'TERMINATED';

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

/** A citation of a source document this subgraph knows. */
export type CitationInput = {
  /** The passage of the document that states the fact, verbatim (at most 2000 characters). */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Id of the source document. */
  sourceId: Scalars['ID']['input'];
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

/** A commitment an agreement makes. */
export type Commitment = {
  __typename?: 'Commitment';
  /** The commitment in the words (and language) of the source. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id: `<agreement id>:<position>`, the commitment's place in the agreement's list (from 0). */
  id: Scalars['ID']['output'];
  /** What sort of commitment this is. */
  kind: CommitmentKind;
  /**
   * The name of the kind in a language: "Internships", "Praktika", "Təcrübə proqramları".
   * A vocabulary of names, not the source's words (those are `description`).
   */
  label: Scalars['String']['output'];
};


/** A commitment an agreement makes. */
export type CommitmentLabelArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

/** A commitment of an agreement. */
export type CommitmentInput = {
  /** The commitment in the source's words (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What sort of commitment this is. */
  kind: CommitmentKind;
};

/** Kinds of commitment an agreement makes. */
export type CommitmentKind =
  /** Joint conferences, seminars and working groups. */
  | 'CONFERENCES'
  /** Demo days and similar technology showcases. */
  | 'DEMO_DAYS'
  /** An educational branch of a university. */
  | 'EDUCATIONAL_BRANCH'
  /** Employment opportunities for students and graduates. */
  | 'EMPLOYMENT'
  /** Graduation theses and dissertations on topics from the partner's operations. */
  | 'INDUSTRY_THESES'
  /** Internships or practical training of students at a partner. */
  | 'INTERNSHIPS'
  /** Joint research projects or initiatives. */
  | 'JOINT_RESEARCH'
  /** A laboratory, e.g. an experimental laboratory. */
  | 'LABORATORY'
  /** Anything else. */
  | 'OTHER'
  /** Professional development and further training of staff. */
  | 'PROFESSIONAL_DEVELOPMENT'
  /** A research centre. */
  | 'RESEARCH_CENTER'
  /** Support for start-ups. */
  | 'STARTUP_SUPPORT'
  /** Innovation parks and technoparks. */
  | 'TECHNOPARK'
  /** Training and education programmes, personnel training. */
  | 'TRAINING'
  /** Technical vocational and secondary special education. */
  | 'VOCATIONAL_EDUCATION';

/** A new agreement. */
export type CreateAgreementInput = {
  /** Thematic areas (each at most 200 characters, at most 50). */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Commitments (at most 50). */
  commitments?: InputMaybe<Array<CommitmentInput>>;
  /** What it is about (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What sort of agreement this is. */
  kind: AgreementKind;
  /** The parties: at least one, each institution once. */
  parties: Array<AgreementPartyInput>;
  /** Signing date. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Sources that state the agreement. */
  sources?: InputMaybe<Array<CitationInput>>;
  /** Where it stands. Default ANNOUNCED. */
  status?: InputMaybe<AgreementStatus>;
  /** Title (at most 300 characters, not empty). */
  title: Scalars['String']['input'];
  /** True when the sources give no title and `title` describes the agreement. Default false. */
  titleIsDescriptive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start of validity. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** End of validity; not before `validFrom`. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A new event. */
export type CreateEventInput = {
  /** Who attended, as the source words it (at most 1000 characters). */
  attendance?: InputMaybe<Scalars['String']['input']>;
  /** What was decided (each at most 1000 characters, at most 50). */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What it was about (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day; not before `startsOn`. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** What sort of event this is. */
  kind: EventKind;
  /** Where (at most 300 characters). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Held online (true), in person (false) or unknown (null). */
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Organising institutions, each once. */
  organizerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Other participating institutions, each once. */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Partner institutions, each once. */
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Sources that state the event. */
  sources?: InputMaybe<Array<CitationInput>>;
  /** Speakers, each person once. */
  speakers?: InputMaybe<Array<EventSpeakerInput>>;
  /** First day. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Title (at most 300 characters, not empty). */
  title: Scalars['String']['input'];
  /** True when the sources give no title and `title` describes the event. Default false. */
  titleIsDescriptive?: InputMaybe<Scalars['Boolean']['input']>;
  /** What was discussed (each at most 1000 characters, at most 50). */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An event where institutions meet: a forum, a conference, a seminar… */
export type Event = {
  __typename?: 'Event';
  /** Who attended, verbatim as the source says (e.g. "more than 150 universities from 27 countries"). */
  attendance?: Maybe<Scalars['String']['output']>;
  /** Where the facts of this record are stated: each document, with the passage it quotes for this record. */
  citations: Array<Citation>;
  /** What the source says was decided or announced there. */
  decisions: Array<Scalars['String']['output']>;
  /** What the event was about, in brief and in the words of its sources. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day, when it differs from `startsOn` and a source says. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /**
   * This event's change history, newest first: one entry for every mutation or import
   * that created or changed it, with who made it, when, and the record before and after
   * as JSON. For the admin role only: UNAUTHENTICATED without a token, FORBIDDEN
   * for any other role. The same entries, in the same pages, on every audited type.
   */
  history: AuditEntryConnection;
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /** What sort of event this is. */
  kind: EventKind;
  /** Where it was held, as the source words it. */
  location?: Maybe<Scalars['String']['output']>;
  /** True when held online, false when held in person, null when the sources do not say. */
  online?: Maybe<Scalars['Boolean']['output']>;
  /** The institutions that organised the event. */
  organizers: Array<Institution>;
  /** Other institutions the sources name as taking part. */
  participants: Array<Institution>;
  /** The institutions the event was held in partnership with. */
  partners: Array<Institution>;
  /**
   * Where each value of this record comes from (see `Claim`). `field` keeps one field's
   * claims (by its GraphQL name, e.g. "country"); `basis` keeps the claims on these
   * bases (e.g. [INFERRED] answers "which values are inferred?").
   */
  provenance: Array<Claim>;
  /**
   * The documents that state the event, each with the passage that says so.
   * @deprecated Each source carries this record's quote under the document's id, which a normalized client cache mixes up across records. Use `citations`.
   */
  sources: Array<Source>;
  /** The people who spoke, each with the institution and role the source gives. */
  speakers: Array<EventSpeaker>;
  /** First day, with the precision the source gives. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The event's title, or a description of it when `titleIsDescriptive`. */
  title: Scalars['String']['output'];
  /** True when the sources give the event no title and `title` describes it. */
  titleIsDescriptive: Scalars['Boolean']['output'];
  /** What was discussed, in the source's words. */
  topics: Array<Scalars['String']['output']>;
  /** Incremented by every change; pass it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** An event where institutions meet: a forum, a conference, a seminar… */
export type EventHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An event where institutions meet: a forum, a conference, a seminar… */
export type EventProvenanceArgs = {
  basis?: InputMaybe<Array<ClaimBasis>>;
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events on this page, each with its cursor. */
  edges: Array<EventEdge>;
  /** The events on this page. */
  nodes: Array<Event>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many events match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** An event with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** Filters for `events`; all given conditions must hold. */
export type EventFilter = {
  /** Events that end on or after this date (inclusive); a date known only to the month or year matches when that period reaches the bound. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only events this institution organised, partnered, took part in, or sent a speaker to. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
  /** Case- and diacritic-insensitive text, matched where a word starts (`bayrak` finds Bayraktar), against the title, description and topics. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only events that this source document states (a `Source` id, e.g. src-bayraktar-memoranda-2025): the ones whose `citations` name it. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Events that start on or before this date (inclusive; `2025-05` means up to 2025-05-31). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An event as one row of an imported file. Omitted (null) fields keep their stored value; lists the row gives replace the stored ones. */
export type EventImportInput = {
  /** Who attended, as the source words it (at most 1000 characters). */
  attendance?: InputMaybe<Scalars['String']['input']>;
  /** What was decided (each at most 1000 characters, at most 50); replaces the stored decisions. */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What it was about (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day; not before `startsOn`. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Id of the event: the record with this id, or a new one with it. Without it, the row matches by title and first day. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of event this is. */
  kind: EventKind;
  /** Where (at most 300 characters). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Held online (true), in person (false) or unknown (null). */
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Organising institutions, each once; replaces the stored organisers. */
  organizerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Other participating institutions, each once; replaces the stored participants. */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Partner institutions, each once; replaces the stored partners. */
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The document that states the row and where the row sits in the imported file. */
  source: ImportSourceInput;
  /** Speakers, each person once; replaces the stored speakers. */
  speakers?: InputMaybe<Array<EventSpeakerInput>>;
  /** First day. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Title (at most 300 characters, not empty). */
  title: Scalars['String']['input'];
  /** True when the sources give no title and `title` describes the event. Default false. */
  titleIsDescriptive?: InputMaybe<Scalars['Boolean']['input']>;
  /** What was discussed (each at most 1000 characters, at most 50); replaces the stored topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Kinds of event. */
export type EventKind =
  /** A signing ceremony. */
  | 'CEREMONY'
  /** A conference. */
  | 'CONFERENCE'
  /** A demo day where start-ups and projects are presented. */
  | 'DEMO_DAY'
  /** A forum. */
  | 'FORUM'
  /** Anything else. */
  | 'OTHER'
  /** A seminar. */
  | 'SEMINAR'
  /** A workshop or working-group meeting. */
  | 'WORKSHOP';

/** Orders for `events`. */
export type EventOrderBy =
  /** Earliest first; undated events last. */
  | 'STARTS_ON_ASC'
  /** Latest first; undated events last. */
  | 'STARTS_ON_DESC'
  /** By title, A to Z. */
  | 'TITLE_ASC';

/** A person's part in an event, seen from the person. */
export type EventRole = {
  __typename?: 'EventRole';
  /** What the person did or spoke about, in the source's words. */
  contribution?: Maybe<Scalars['String']['output']>;
  /** The event. */
  event: Event;
  /** Stable id: `<event id>:<person id>`, the same speaker record as the event's EventSpeaker. */
  id: Scalars['ID']['output'];
  /** The institution the person represented there. */
  institution?: Maybe<Institution>;
  /** The person's title as the source words it. */
  role?: Maybe<Scalars['String']['output']>;
};

/** A person who spoke at an event. */
export type EventSpeaker = {
  __typename?: 'EventSpeaker';
  /** What the speaker did or spoke about, in the source's words. */
  contribution?: Maybe<Scalars['String']['output']>;
  /** Stable id: `<event id>:<person id>` (a person speaks at an event once). */
  id: Scalars['ID']['output'];
  /** The institution the speaker represented, as the source gives it. */
  institution?: Maybe<Institution>;
  /** The speaker. */
  person: Person;
  /** The speaker's title as the source words it: Rector, Director, Chairman of the Board… */
  role?: Maybe<Scalars['String']['output']>;
};

/** A speaker to add to an event. */
export type EventSpeakerInput = {
  /** What the speaker did or spoke about (at most 2000 characters). */
  contribution?: InputMaybe<Scalars['String']['input']>;
  /** Id of the institution the speaker represented (it must exist in the institutions subgraph). */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the person (it must exist in the institutions subgraph). */
  personId: Scalars['ID']['input'];
  /** The speaker's title as the source words it (at most 200 characters). */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Dimensions `eventStats` groups by. */
export type EventStatsGroupBy =
  /** The event's kind (key FORUM, CONFERENCE…). */
  | 'KIND'
  /** Whether it was held online: key "true" (online), "false" (in person) or null (the sources do not say). */
  | 'ONLINE'
  /** The year of `startsOn` (key "2025"); undated events form one bucket with key null, labelled "undated". */
  | 'YEAR';

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
  /** The agreements this institution is a party to. `first` is at most 100 (default 20). */
  agreements?: Maybe<AgreementConnection>;
  /**
   * The events this institution organised, partnered, took part in or sent a speaker to.
   * `first` is at most 100 (default 20).
   */
  events?: Maybe<EventConnection>;
  /** Stable id (a kebab-case slug); other subgraphs store it. */
  id: Scalars['ID']['output'];
  /** The institutions this one shares agreements with, most shared agreements first. */
  partners?: Maybe<Array<Partner>>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgreementOrderBy>;
};


/** An organisation that takes part in cooperation: a university, a company, an agency, an alliance, one of their units… */
export type InstitutionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrderBy>;
};

/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a party to an agreement; an institution can be a party only once. Returns the updated agreement. */
  addAgreementParty: Agreement;
  /** Adds a speaker to an event; a person can be a speaker of an event only once. Returns the updated event. */
  addEventSpeaker: Event;
  /** Records an agreement with at least one party. Returns it with `version` 1. */
  createAgreement: Agreement;
  /** Records an event. Returns it with `version` 1. */
  createEvent: Event;
  /**
   * Creates or updates agreements from imported rows (docs/import/MUTATIONS.md): each row
   * is matched by `id`, else by its title and signing date, checked like `createAgreement`,
   * and cited with its source. Nothing is written when any row is rejected.
   */
  importAgreements: ImportResult;
  /**
   * Creates or updates events from imported rows (docs/import/MUTATIONS.md): each row is
   * matched by `id`, else by its title and first day, checked like `createEvent`, and
   * cited with its source. Nothing is written when any row is rejected.
   */
  importEvents: ImportResult;
  /** Removes a party from an agreement; the last party cannot be removed. Returns the updated agreement. */
  removeAgreementParty: Agreement;
  /** Removes a speaker from an event. Returns the updated event. */
  removeEventSpeaker: Event;
  /**
   * Moves an agreement forward in its lifecycle: ANNOUNCED → SIGNED → ACTIVE → EXPIRED,
   * and SIGNED or ACTIVE → TERMINATED. There is no way back; every other move is refused
   * with a BAD_USER_INPUT error naming both statuses.
   */
  transitionAgreement: Agreement;
  /** Changes the given fields of an agreement (omitted fields stay as they are). Returns the updated agreement. */
  updateAgreement: Agreement;
  /** Changes the given fields of an event (omitted fields stay as they are). Returns the updated event. */
  updateEvent: Event;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationAddAgreementPartyArgs = {
  agreementId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  party: AgreementPartyInput;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationAddEventSpeakerArgs = {
  eventId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  speaker: EventSpeakerInput;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationCreateAgreementArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateAgreementInput;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationCreateEventArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateEventInput;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationImportAgreementsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<AgreementImportInput>;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationImportEventsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  rows: Array<EventImportInput>;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationRemoveAgreementPartyArgs = {
  agreementId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  institutionId: Scalars['ID']['input'];
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationRemoveEventSpeakerArgs = {
  eventId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationTransitionAgreementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  to: AgreementStatus;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationUpdateAgreementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateAgreementInput;
};


/**
 * Writes, for callers with the role editor:agreements or admin: anyone else is refused
 * (UNAUTHENTICATED without a token, FORBIDDEN without the role) before anything is
 * checked or written. Each mutation runs in one transaction together with its entry in
 * the audit log (see each record's `history`): a mutation that fails leaves nothing behind. Institutions and people are checked against the institutions subgraph;
 * an unknown id is a BAD_USER_INPUT error naming the field and the id. Updates name
 * the `expectedVersion` they were made from (the same rule in every subgraph: optional,
 * checked when given); a stale version is a CONFLICT error.
 */
export type MutationUpdateEventArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateEventInput;
};

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An institution that shares agreements with another, seen from that other institution. */
export type Partner = {
  __typename?: 'Partner';
  /** How many agreements the two institutions share. */
  agreementCount: Scalars['Int']['output'];
  /** The earliest signing date among the shared agreements that are dated. */
  firstSignedOn?: Maybe<Scalars['Date']['output']>;
  /** Stable id: `<institution id>:<partner institution id>`, the pair seen from the first institution. */
  id: Scalars['ID']['output'];
  /** The partner institution. */
  institution: Institution;
  /** The latest signing date among the shared agreements that are dated. */
  lastSignedOn?: Maybe<Scalars['Date']['output']>;
};

/** Two institutions that are parties to the same agreements. `source` has the smaller id; the edge has no direction. */
export type PartnershipEdge = {
  __typename?: 'PartnershipEdge';
  /** Ids of the shared agreements, ordered by id: the first 20 when they share more (`weight` counts them all). */
  agreementIds: Array<Scalars['ID']['output']>;
  /** The shared agreements, ordered by id: the first 20 when they share more (`weight` counts them all). */
  agreements: Array<Agreement>;
  /** The earliest signing date among the shared agreements that are dated. */
  firstSignedOn?: Maybe<Scalars['Date']['output']>;
  /** The latest signing date among the shared agreements that are dated. */
  lastSignedOn?: Maybe<Scalars['Date']['output']>;
  /** One of the two institutions (the one with the smaller id). */
  source: Institution;
  /** The other institution. */
  target: Institution;
  /** How many agreements the two institutions share. */
  weight: Scalars['Int']['output'];
};

/** Institutions and the agreements between them, as a weighted graph for drawing. */
export type PartnershipNetwork = {
  __typename?: 'PartnershipNetwork';
  /**
   * The pairs of institutions in `nodes` that share at least one of the agreements,
   * heaviest first (ties by the ids): all of them, or the `maxEdges` heaviest.
   */
  edges: Array<PartnershipEdge>;
  /**
   * The institutions that are parties to at least one of the agreements, ordered by id:
   * all of them, or the `maxNodes` that are parties to the most agreements.
   */
  nodes: Array<Institution>;
  /** How many pairs of institutions share an agreement: `edges` holds all of them unless the network was cut. */
  totalEdges: Scalars['Int']['output'];
  /** How many institutions are parties to the agreements: `nodes` holds all of them unless the network was cut. */
  totalNodes: Scalars['Int']['output'];
  /** True when `nodes` or `edges` leave some out (more than `maxNodes` or `maxEdges`). */
  truncated: Scalars['Boolean']['output'];
};

/** A chain of agreements from one institution to another. */
export type PartnershipPath = {
  __typename?: 'PartnershipPath';
  /** The agreements that link them: agreement i has institutions i and i+1 as parties. */
  agreements: Array<Agreement>;
  /** The institutions along the chain, from the first to the last. */
  institutions: Array<Institution>;
  /** How many agreements the chain has (0 when both ends are the same institution). */
  length: Scalars['Int']['output'];
};

/** A person named in public sources: an official or staff member (never a student). */
export type Person = {
  __typename?: 'Person';
  /** The events this person spoke at, latest first. */
  eventRoles?: Maybe<Array<EventRole>>;
  /** Stable id (a kebab-case slug). */
  id: Scalars['ID']['output'];
  /** The agreements this person signed for a party, latest first. */
  signedAgreements?: Maybe<Array<Agreement>>;
};

/** Entry points of the graph. */
export type Query = {
  __typename?: 'Query';
  /**
   * The source documents this subgraph holds that meet `filter` (and, given `ids`, have
   * one of them): what the subgraph answering `sources` merges. Internal: not in the
   * client API, answered only to callers with the subgraph secret.
   */
  _sourceDocuments: Array<Source>;
  /** One agreement by id; null when no agreement has that id. */
  agreement?: Maybe<Agreement>;
  /**
   * Agreements counted by one dimension, for facets and charts: one bucket per value,
   * computed in one SQL statement over the agreements that `filter` selects (the same
   * filter as `agreements`). Each count is a number of agreements; by AREA or
   * PARTY_ROLE an agreement counts once in every bucket it belongs to. Buckets by YEAR
   * come in chronological order with the undated bucket last; all others by count,
   * largest first. Only buckets with at least one agreement are returned.
   * By party country and party kind (PARTY_COUNTRY, PARTY_KIND) the countries and kinds
   * come from the institutions subgraph, asked for every distinct party of the selected
   * agreements: at most 10,000 parties (more is refused with LIMIT_REACHED stating how
   * many; narrow the filter).
   * Bounds: at most `maxBuckets` buckets (1,000 at most; a statistic with more is refused
   * with LIMIT_REACHED stating how many it has, never silently cut), and the time budget
   * of every walk and statistic (`ANALYTICS_BUDGET_MS`, 2 s by default: past it,
   * LIMIT_REACHED). A repeated statistic is answered from a short-lived cache until
   * anything is written.
   */
  agreementStats: Array<StatsBucket>;
  /**
   * Agreements, filtered and ordered, as a Relay connection.
   * `first` is at most 100 (default 20).
   */
  agreements: AgreementConnection;
  /**
   * The change history of one agreement or event, newest first: every successful
   * mutation left an entry with who made it, when, and the record before and after.
   * Only for callers with the role admin (others get FORBIDDEN, anonymous callers
   * UNAUTHENTICATED). `first` is at most 100 (default 20).
   * @deprecated Read `history` on the agreement or event itself (`agreement(id: …) { history }`, `event(id: …) { history }`): the same entries, pages and admin-only rule, asked the same way on every audited type.
   */
  auditLog: AuditEntryConnection;
  /** One event by id; null when no event has that id. */
  event?: Maybe<Event>;
  /**
   * Events counted by one dimension: one bucket per value, computed in one SQL statement
   * over the events that `filter` selects (the same filter as `events`). Buckets by YEAR
   * come in chronological order with the undated bucket last; all others by count,
   * largest first. Only buckets with at least one event are returned.
   */
  eventStats: Array<StatsBucket>;
  /**
   * Events (forums, conferences…), filtered and ordered, as a Relay connection.
   * `first` is at most 100 (default 20).
   */
  events: EventConnection;
  /**
   * The network of institutions linked by the agreements that `filter` selects, for
   * drawing: every party of those agreements is a node, and every two institutions
   * that are parties to the same agreement are joined by an edge weighted by the
   * number of agreements they share.
   * Bounds: at most 500 nodes (`maxNodes` asks for fewer) — the institutions that are
   * parties to the most of the selected agreements, ties by id — and at most 2,000
   * edges between them (`maxEdges`), heaviest first; `totalNodes`, `totalEdges` and
   * `truncated` say what was left out. Each edge lists at most 20 of its shared
   * agreements. Past the time budget (`ANALYTICS_BUDGET_MS`, 2 s by default) it is
   * refused with LIMIT_REACHED. A repeated network is answered from a short-lived cache
   * until anything is written.
   */
  partnershipNetwork: PartnershipNetwork;
  /**
   * The shortest chain of agreements that links institution `from` to institution `to`:
   * each agreement in the chain has the institution before it and the one after it as
   * parties (any party role counts). Null when no chain of at most `maxDepth`
   * agreements links them, also when either id is not a party to any agreement here
   * (then nothing is searched). Among equally short chains the choice is made by ids,
   * so the same one is returned every time.
   * Bounds: chains of at most 6 agreements (`maxDepth` asks for shorter); the search
   * reaches at most 10,000 institutions and 50,000 agreements and stops at the time budget
   * (`ANALYTICS_BUDGET_MS`, 2 s by default). A search stopped by either before it found
   * a chain or ran out of institutions to reach is refused with LIMIT_REACHED stating
   * how deep it searched and how many institutions it reached, since no chain may
   * still exist. A repeated search is answered from a short-lived cache until anything
   * is written.
   */
  partnershipPath?: Maybe<PartnershipPath>;
};


/** Entry points of the graph. */
export type Query_SourceDocumentsArgs = {
  filter?: InputMaybe<SourceFilter>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Entry points of the graph. */
export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the graph. */
export type QueryAgreementStatsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  groupBy: AgreementStatsGroupBy;
  maxBuckets?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points of the graph. */
export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AgreementOrderBy>;
};


/** Entry points of the graph. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points of the graph. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points of the graph. */
export type QueryEventStatsArgs = {
  filter?: InputMaybe<EventFilter>;
  groupBy: EventStatsGroupBy;
};


/** Entry points of the graph. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrderBy>;
};


/** Entry points of the graph. */
export type QueryPartnershipNetworkArgs = {
  filter?: InputMaybe<AgreementFilter>;
  maxEdges?: InputMaybe<Scalars['Int']['input']>;
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points of the graph. */
export type QueryPartnershipPathArgs = {
  from: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};

/**
 * A document that states facts in the graph: a news item, a press release, an imported
 * file's document. The same document has the same values wherever it appears; what it
 * says about one record (the quoted passage, the import row) is that record's `Citation`.
 */
export type Source = {
  __typename?: 'Source';
  /** The agreements this document states, latest signed first, as a Relay connection. `first` is at most 100 (default 20). Null when the subgraph holding them cannot be reached. */
  agreements?: Maybe<AgreementConnection>;
  /** The document that names this one as its source (an outlet an article cites), with its words; null when none does. */
  citedIn?: Maybe<SourceMention>;
  /** The documents this one names as its sources (the outlets an article cites), each with the words naming it. */
  cites: Array<SourceMention>;
  /** The events this document states, latest first, as a Relay connection. `first` is at most 100 (default 20). Null when the subgraph holding them cannot be reached. */
  events?: Maybe<EventConnection>;
  /** Stable id of the document. */
  id: Scalars['ID']['output'];
  /**
   * For an imported record whose deprecated `sources` list this source is in: the file, its row and when; null anywhere else.
   * @deprecated It depends on the citing record. Read the record's `citations { importedFrom }`.
   */
  importedFrom?: Maybe<ImportedFrom>;
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
export type SourceAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A document that states facts in the graph: a news item, a press release, an imported
 * file's document. The same document has the same values wherever it appears; what it
 * says about one record (the quoted passage, the import row) is that record's `Citation`.
 */
export type SourceEventsArgs = {
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

/** Changes to an agreement; omitted fields stay as they are. Status changes go through `transitionAgreement`, parties through `addAgreementParty` and `removeAgreementParty`. */
export type UpdateAgreementInput = {
  /** Replaces every area. */
  areas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces every commitment. */
  commitments?: InputMaybe<Array<CommitmentInput>>;
  /** New description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  kind?: InputMaybe<AgreementKind>;
  /** New signing date. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces every citation. */
  sources?: InputMaybe<Array<CitationInput>>;
  /** New title (at most 300 characters, not empty). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Whether the title describes rather than names the agreement. */
  titleIsDescriptive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New start of validity. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** New end of validity; not before `validFrom`. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to an event; omitted fields stay as they are. Speakers change through `addEventSpeaker` and `removeEventSpeaker`. */
export type UpdateEventInput = {
  /** New attendance; an empty string clears it. */
  attendance?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the decisions. */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New last day; not before `startsOn`. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** New kind. */
  kind?: InputMaybe<EventKind>;
  /** New location; an empty string clears it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Held online (true) or in person (false). */
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the organisers. */
  organizerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the other participants. */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the partners. */
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces every citation. */
  sources?: InputMaybe<Array<CitationInput>>;
  /** New first day. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** New title (at most 300 characters, not empty). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Whether the title describes rather than names the event. */
  titleIsDescriptive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
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
  Event: Event;
  Institution: Institution;
  Person: Person;
  Source: Source;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Agreement:
    ( { __typename: 'Agreement' }
    & GraphQLRecursivePick<FederationTypes['Agreement'], {"id":true}> );
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
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
  Agreement: ResolverTypeWrapper<AgreementRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgreementConnection: ResolverTypeWrapper<Connection<AgreementRow>>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementFilter: AgreementFilter;
  AgreementImportInput: AgreementImportInput;
  AgreementKind: AgreementKind;
  AgreementOrderBy: AgreementOrderBy;
  AgreementParty: ResolverTypeWrapper<AgreementPartyRow>;
  AgreementPartyInput: AgreementPartyInput;
  AgreementStatsGroupBy: AgreementStatsGroupBy;
  AgreementStatus: AgreementStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryConnection: ResolverTypeWrapper<Connection<AuditEntryRow>>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  CacheControlScope: CacheControlScope;
  Citation: ResolverTypeWrapper<RecordCitation>;
  CitationInput: CitationInput;
  Claim: ResolverTypeWrapper<ClaimView>;
  ClaimBasis: ClaimBasis;
  Commitment: ResolverTypeWrapper<AgreementCommitmentRow>;
  CommitmentInput: CommitmentInput;
  CommitmentKind: CommitmentKind;
  CreateAgreementInput: CreateAgreementInput;
  CreateEventInput: CreateEventInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Event: ResolverTypeWrapper<EventRow>;
  EventConnection: ResolverTypeWrapper<Connection<EventRow>>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventImportInput: EventImportInput;
  EventKind: EventKind;
  EventOrderBy: EventOrderBy;
  EventRole: ResolverTypeWrapper<EventRoleRow>;
  EventSpeaker: ResolverTypeWrapper<EventSpeakerRow>;
  EventSpeakerInput: EventSpeakerInput;
  EventStatsGroupBy: EventStatsGroupBy;
  ImportMatch: ImportMatch;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportRowResult: ResolverTypeWrapper<ImportRowResult>;
  ImportSourceInput: ImportSourceInput;
  ImportedFrom: ResolverTypeWrapper<ImportedFrom>;
  Institution: ResolverTypeWrapper<InstitutionRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnershipEdge: ResolverTypeWrapper<PartnershipEdgeRow>;
  PartnershipNetwork: ResolverTypeWrapper<PartnershipNetworkRow>;
  PartnershipPath: ResolverTypeWrapper<PartnershipPathRow>;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Source: ResolverTypeWrapper<SourceParent>;
  SourceFilter: SourceFilter;
  SourceMention: ResolverTypeWrapper<SourceMentionView>;
  StatsBucket: ResolverTypeWrapper<StatsBucket>;
  UpdateAgreementInput: UpdateAgreementInput;
  UpdateEventInput: UpdateEventInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agreement: AgreementRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AgreementConnection: Connection<AgreementRow>;
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  AgreementFilter: AgreementFilter;
  AgreementImportInput: AgreementImportInput;
  AgreementParty: AgreementPartyRow;
  AgreementPartyInput: AgreementPartyInput;
  AuditEntry: AuditEntryRow;
  AuditEntryConnection: Connection<AuditEntryRow>;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Citation: RecordCitation;
  CitationInput: CitationInput;
  Claim: ClaimView;
  Commitment: AgreementCommitmentRow;
  CommitmentInput: CommitmentInput;
  CreateAgreementInput: CreateAgreementInput;
  CreateEventInput: CreateEventInput;
  Date: Scalars['Date']['output'];
  Event: EventRow;
  EventConnection: Connection<EventRow>;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventImportInput: EventImportInput;
  EventRole: EventRoleRow;
  EventSpeaker: EventSpeakerRow;
  EventSpeakerInput: EventSpeakerInput;
  ImportProblem: ImportProblem;
  ImportResult: ImportResult;
  ImportRowResult: ImportRowResult;
  ImportSourceInput: ImportSourceInput;
  ImportedFrom: ImportedFrom;
  Institution: InstitutionRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Partner: PartnerRow;
  PartnershipEdge: PartnershipEdgeRow;
  PartnershipNetwork: PartnershipNetworkRow;
  PartnershipPath: PartnershipPathRow;
  Person: PersonRef;
  Query: Record<PropertyKey, never>;
  Source: SourceParent;
  SourceFilter: SourceFilter;
  SourceMention: SourceMentionView;
  StatsBucket: StatsBucket;
  UpdateAgreementInput: UpdateAgreementInput;
  UpdateEventInput: UpdateEventInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = AgreementsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgreementResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement'], FederationReferenceType extends FederationReferenceTypes['Agreement'] = FederationReferenceTypes['Agreement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<AgreementAreasArgs>>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<AgreementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgreementKind'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['AgreementParty']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<AgreementProvenanceArgs>>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleIsDescriptive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgreementEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
}>;

export type AgreementPartyResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['AgreementParty'] = ResolversParentTypes['AgreementParty']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signatory?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes['ImportedFrom']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
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

export type CommitmentResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommitmentKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CommitmentLabelArgs, 'lang'>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EventResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<EventHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  online?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  organizers?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, Partial<EventProvenanceArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['EventSpeaker']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleIsDescriptive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventRoleResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['EventRole'] = ResolversParentTypes['EventRole']> = ResolversObject<{
  contribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EventSpeakerResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['EventSpeaker'] = ResolversParentTypes['EventSpeaker']> = ResolversObject<{
  contribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportProblemResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImportRowResultResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  matchedBy?: Resolver<Maybe<ResolversTypes['ImportMatch']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportedFromResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['ImportedFrom'] = ResolversParentTypes['ImportedFrom']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution'], FederationReferenceType extends FederationReferenceTypes['Institution'] = FederationReferenceTypes['Institution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Institution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreements?: Resolver<Maybe<ResolversTypes['AgreementConnection']>, ParentType, ContextType, RequireFields<InstitutionAgreementsArgs, 'first' | 'orderBy'>>;
  events?: Resolver<Maybe<ResolversTypes['EventConnection']>, ParentType, ContextType, RequireFields<InstitutionEventsArgs, 'first' | 'orderBy'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partners?: Resolver<Maybe<Array<ResolversTypes['Partner']>>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addAgreementParty?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationAddAgreementPartyArgs, 'agreementId' | 'party'>>;
  addEventSpeaker?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationAddEventSpeakerArgs, 'eventId' | 'speaker'>>;
  createAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationCreateAgreementArgs, 'input'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  importAgreements?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportAgreementsArgs, 'dryRun' | 'rows'>>;
  importEvents?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportEventsArgs, 'dryRun' | 'rows'>>;
  removeAgreementParty?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationRemoveAgreementPartyArgs, 'agreementId' | 'institutionId'>>;
  removeEventSpeaker?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationRemoveEventSpeakerArgs, 'eventId' | 'personId'>>;
  transitionAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationTransitionAgreementArgs, 'id' | 'to'>>;
  updateAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationUpdateAgreementArgs, 'id' | 'input'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = ResolversObject<{
  agreementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  lastSignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PartnershipEdgeResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['PartnershipEdge'] = ResolversParentTypes['PartnershipEdge']> = ResolversObject<{
  agreementIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  firstSignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipNetworkResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['PartnershipNetwork'] = ResolversParentTypes['PartnershipNetwork']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  totalEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnershipPathResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['PartnershipPath'] = ResolversParentTypes['PartnershipPath']> = ResolversObject<{
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  institutions?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  eventRoles?: Resolver<Maybe<Array<ResolversTypes['EventRole']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  signedAgreements?: Resolver<Maybe<Array<ResolversTypes['Agreement']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  _sourceDocuments?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<Query_SourceDocumentsArgs>>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  agreementStats?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType, RequireFields<QueryAgreementStatsArgs, 'groupBy'>>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, RequireFields<QueryAgreementsArgs, 'first' | 'orderBy'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'entityId' | 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  eventStats?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType, RequireFields<QueryEventStatsArgs, 'groupBy'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'orderBy'>>;
  partnershipNetwork?: Resolver<ResolversTypes['PartnershipNetwork'], ParentType, ContextType, Partial<QueryPartnershipNetworkArgs>>;
  partnershipPath?: Resolver<Maybe<ResolversTypes['PartnershipPath']>, ParentType, ContextType, RequireFields<QueryPartnershipPathArgs, 'from' | 'to'>>;
}>;

export type SourceResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'], FederationReferenceType extends FederationReferenceTypes['Source'] = FederationReferenceTypes['Source']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Source']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreements?: Resolver<Maybe<ResolversTypes['AgreementConnection']>, ParentType, ContextType, RequireFields<SourceAgreementsArgs, 'first'>>;
  citedIn?: Resolver<Maybe<ResolversTypes['SourceMention']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['SourceMention']>, ParentType, ContextType>;
  events?: Resolver<Maybe<ResolversTypes['EventConnection']>, ParentType, ContextType, RequireFields<SourceEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedFrom?: Resolver<Maybe<ResolversTypes['ImportedFrom']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleIsDescriptive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourceMentionResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['SourceMention'] = ResolversParentTypes['SourceMention']> = ResolversObject<{
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type StatsBucketResolvers<ContextType = AgreementsContext, ParentType extends ResolversParentTypes['StatsBucket'] = ResolversParentTypes['StatsBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AgreementsContext> = ResolversObject<{
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AgreementParty?: AgreementPartyResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventRole?: EventRoleResolvers<ContextType>;
  EventSpeaker?: EventSpeakerResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  ImportedFrom?: ImportedFromResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  PartnershipNetwork?: PartnershipNetworkResolvers<ContextType>;
  PartnershipPath?: PartnershipPathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceMention?: SourceMentionResolvers<ContextType>;
  StatsBucket?: StatsBucketResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AgreementsContext> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
}>;
