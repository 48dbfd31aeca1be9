import type { SeedCitation } from '@partnership-graph/shared';
import type { ProgramStatus, StudyLevel, TrainingKind } from '../statuses';

/**
 * Shapes of the talent subgraph's seed dataset (see `data.ts`). The seed holds
 * programmes only: the documents name no students, theses, internships or enrolments.
 */

interface SeedProgramBase {
  /** Stable kebab-case id; never change a published id. */
  id: string;
  /** A short English title. */
  title: string;
  /** What the programme is, in the documents' terms, and what they leave open. */
  description: string;
  /** Thematic areas, only where a document ties them to this programme. */
  areas: string[];
  /** ISO dates with the precision a document gives; null when it gives none (never invented). */
  startsOn: string | null;
  endsOn: string | null;
  status: ProgramStatus;
  /** The agreements subgraph's id of the agreement the programme comes from. */
  agreementId: string | null;
  sources: SeedCitation[];
}

export interface SeedInternshipProgram extends SeedProgramBase {
  /** Institutions subgraph id of the host; null when the document does not say where interns work. */
  hostId: string | null;
  universityIds: string[];
  levels: StudyLevel[];
  /** Null unless a document states a number. */
  seats: number | null;
}

export interface SeedThesisProgram extends SeedProgramBase {
  universityId: string;
  industryPartnerId: string | null;
  levels: StudyLevel[];
}

export interface SeedTrainingProgram extends SeedProgramBase {
  kind: TrainingKind;
  providerIds: string[];
  /** Who it is for, in the document's words; null when it does not say. */
  audience: string | null;
  seats: number | null;
}

export interface TalentSeed {
  internshipPrograms: SeedInternshipProgram[];
  thesisPrograms: SeedThesisProgram[];
  trainingPrograms: SeedTrainingProgram[];
}
