import type { SeedCitation } from '@partnership-graph/shared';

/** Shapes of the institutions subgraph's seed dataset (see `data.ts`). */

export type InstitutionKind =
  | 'UNIVERSITY'
  | 'COMPANY'
  | 'STATE_COMPANY'
  | 'GOVERNMENT_AGENCY'
  | 'MINISTRY'
  | 'INNOVATION_CENTER'
  | 'BUSINESS_ASSOCIATION'
  | 'ALLIANCE'
  | 'RESEARCH_INSTITUTE'
  | 'RESEARCH_CENTER'
  | 'LABORATORY'
  | 'TECHNOLOGY_TRANSFER_OFFICE'
  | 'TECHNOPARK'
  | 'BRANCH'
  | 'PRODUCTION_COMPLEX'
  | 'ENTERPRISE'
  | 'OTHER';

export interface SeedName {
  /** ISO 639-1 language code: az, en, de, tr, ru, zh… */
  language: string;
  value: string;
}

export interface SeedInstitution {
  /** Stable kebab-case id; other subgraphs store it. Never change a published id. */
  id: string;
  /** The default name (shown when a requested language is missing). */
  name: string;
  /** Every name with its language, the default one included. */
  names: SeedName[];
  acronym: string | null;
  /** Other spellings and transliterations (e.g. Azerishiq for Azərişıq). */
  aliases: string[];
  kind: InstitutionKind;
  /** Free text, e.g. "higher education", "defence technology", "electricity distribution". */
  sector: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  city: string | null;
  website: string | null;
  rorId: string | null;
  /** ISO date with the precision the source gives (YYYY, YYYY-MM, YYYY-MM-DD). */
  foundedOn: string | null;
  parentId: string | null;
  /** What the documents say beyond name and kind, in their words; passages joined with " … ". */
  description?: string | null;
  /** The number of members the documents give (not the memberships seeded). */
  memberCount?: number | null;
  /** From how many countries (and regions) the documents say the members come. */
  memberCountryCount?: number | null;
  sources: SeedCitation[];
}

export interface SeedPerson {
  id: string;
  name: string;
  names: SeedName[];
  aliases: string[];
  /** Academic titles and degrees the documents give, in their words. */
  academicTitles?: string[];
  sources: SeedCitation[];
}

export interface SeedPosition {
  id: string;
  personId: string;
  institutionId: string;
  title: string;
  since: string | null;
  until: string | null;
  /**
   * The dates on which a source shows the person in the role: the date of the event it
   * describes, and the document's own date where the document names them in the role.
   */
  observedDates: string[];
  /** A source calls the role former (default false). */
  former?: boolean;
  /** The date of the source that calls the role former, when the source is dated. */
  formerOn?: string | null;
  sources: SeedCitation[];
}

export interface SeedMembership {
  id: string;
  memberId: string;
  organizationId: string;
  /** MEMBER, REGIONAL_CENTER, FOUNDER, PARTNER… */
  role: string;
  since: string | null;
  until: string | null;
  /** What the source says about the membership beyond the role, e.g. the region a centre covers. */
  note: string | null;
  sources: SeedCitation[];
}

export interface InstitutionsSeed {
  institutions: SeedInstitution[];
  people: SeedPerson[];
  positions: SeedPosition[];
  memberships: SeedMembership[];
}
