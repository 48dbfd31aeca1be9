import type { SeedCitation } from '@partnership-graph/shared';

/** Shapes of the agreements subgraph's seed dataset (see `data.ts`). */

export type AgreementKind =
  | 'MEMORANDUM_OF_UNDERSTANDING'
  | 'COOPERATION_AGREEMENT'
  | 'FRAMEWORK_AGREEMENT'
  | 'MEMBERSHIP'
  | 'CONTRACT'
  | 'COOPERATION_PROGRAM'
  | 'OTHER';

export type AgreementStatus = 'ANNOUNCED' | 'SIGNED' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';

export type CommitmentKind =
  | 'INTERNSHIPS'
  | 'JOINT_RESEARCH'
  | 'TRAINING'
  | 'PROFESSIONAL_DEVELOPMENT'
  | 'EMPLOYMENT'
  | 'STARTUP_SUPPORT'
  | 'DEMO_DAYS'
  | 'CONFERENCES'
  | 'TECHNOPARK'
  | 'LABORATORY'
  | 'EDUCATIONAL_BRANCH'
  | 'RESEARCH_CENTER'
  | 'INDUSTRY_THESES'
  | 'VOCATIONAL_EDUCATION'
  | 'OTHER';

export type EventKind = 'FORUM' | 'CONFERENCE' | 'SEMINAR' | 'WORKSHOP' | 'DEMO_DAY' | 'CEREMONY' | 'OTHER';

export interface SeedParty {
  /** An institution id of the institutions subgraph. */
  institutionId: string;
  /** SIGNATORY_PARTY (signed it), PARTY (named as a side), ANNOUNCER (reports it as its own measure). */
  role: string;
  /** A person id of the institutions subgraph, when a source names the signatory. */
  signatoryId: string | null;
}

export interface SeedCommitment {
  kind: CommitmentKind;
  /** The commitment in the words (and language) of the source. */
  description: string;
}

export interface SeedAgreement {
  /** Stable kebab-case id. Never change a published id. */
  id: string;
  title: string;
  /** True when no source names the agreement and `title` describes it. */
  titleIsDescriptive: boolean;
  kind: AgreementKind;
  status: AgreementStatus;
  description: string | null;
  /** ISO dates with the precision the source gives; null when no source dates it. */
  signedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  parties: SeedParty[];
  /** Thematic areas in English, lower case. */
  areas: string[];
  commitments: SeedCommitment[];
  sources: SeedCitation[];
}

export interface SeedSpeaker {
  personId: string;
  institutionId: string | null;
  /** The speaker's title as the source words it. */
  role: string | null;
  /** What the speaker did or spoke about, in the source's words. */
  contribution: string | null;
}

export interface SeedEvent {
  id: string;
  title: string;
  titleIsDescriptive: boolean;
  kind: EventKind;
  description: string | null;
  startsOn: string | null;
  endsOn: string | null;
  online: boolean | null;
  location: string | null;
  organizerIds: string[];
  partnerIds: string[];
  participantIds: string[];
  speakers: SeedSpeaker[];
  /** Verbatim what the source says about attendance. */
  attendance: string | null;
  topics: string[];
  decisions: string[];
  sources: SeedCitation[];
}

export interface AgreementsSeed {
  agreements: SeedAgreement[];
  events: SeedEvent[];
}
