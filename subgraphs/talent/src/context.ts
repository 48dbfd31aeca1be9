import type { DataSource } from 'typeorm';
import {
  AnalyticsGate,
  anonymousCaller,
  AuditRepository,
  DEFAULT_ANALYTICS_CONCURRENCY,
  IdempotencyKeys,
  SourceCatalogue,
  SourceDocumentRepository,
  type AnalyticsWork,
  type Caller,
  type RequestContextOptions,
  type SourcePeers,
} from '@partnership-graph/shared';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import { TalentWrites } from './mutations/TalentWrites';
import { InternshipProgramRepository } from './repositories/InternshipProgramRepository';
import { InternshipRepository } from './repositories/InternshipRepository';
import { TalentStatsRepository } from './repositories/TalentStatsRepository';
import { ThesisProgramRepository } from './repositories/ThesisProgramRepository';
import { ThesisRepository } from './repositories/ThesisRepository';
import { TrainingEnrollmentRepository } from './repositories/TrainingEnrollmentRepository';
import { TrainingProgramRepository } from './repositories/TrainingProgramRepository';

/** What every resolver of one request sees. */
export interface TalentContext {
  /** Who is asking; decides who may read a student's personal data. */
  caller: Caller;
  loaders: Loaders;
  internshipPrograms: InternshipProgramRepository;
  thesisPrograms: ThesisProgramRepository;
  trainingPrograms: TrainingProgramRepository;
  internships: InternshipRepository;
  theses: ThesisRepository;
  enrollments: TrainingEnrollmentRepository;
  /** `talentStats`: grouped counts over the pipelines. */
  stats: TalentStatsRepository;
  /** Every mutation: validation, reference checks and one transaction each. */
  writes: TalentWrites;
  /** The audit log the mutations write (read by admins). */
  audit: AuditRepository;
  /** `sources` and `source(id:)`: the documents held here and by the other subgraphs. */
  sourceCatalogue: SourceCatalogue;
  /** Starts a statistic: its time budget (`ANALYTICS_BUDGET_MS`) and its turn among those of the process (`ANALYTICS_CONCURRENCY`). */
  beginAnalytics: (field: string) => AnalyticsWork;
}

export interface ContextOptions extends RequestContextOptions {
  /** The other subgraphs that hold source documents (none: only this one's are listed). */
  sourcePeers?: SourcePeers;
}

/** The gate of contexts created without one (tests that build contexts themselves). */
const defaultGate = new AnalyticsGate(DEFAULT_ANALYTICS_CONCURRENCY);

/** A fresh context, with a fresh loader set, for each request. */
export function createContext(dataSource: DataSource, options: ContextOptions): TalentContext {
  const caller = options.caller ?? anonymousCaller;
  return {
    caller,
    loaders: createLoaders(dataSource),
    internshipPrograms: new InternshipProgramRepository(dataSource),
    thesisPrograms: new ThesisProgramRepository(dataSource),
    trainingPrograms: new TrainingProgramRepository(dataSource),
    internships: new InternshipRepository(dataSource),
    theses: new ThesisRepository(dataSource),
    enrollments: new TrainingEnrollmentRepository(dataSource),
    stats: new TalentStatsRepository(dataSource),
    writes: new TalentWrites(dataSource, options.references, options.idempotency ?? new IdempotencyKeys()),
    audit: new AuditRepository(dataSource),
    sourceCatalogue: new SourceCatalogue(new SourceDocumentRepository(dataSource), options.sourcePeers),
    beginAnalytics: (options.analyticsGate ?? defaultGate).starterFor(caller, options.analyticsBudgetMs),
  };
}
