import type { DataSource } from 'typeorm';
import {
  AnalyticsGate,
  anonymousCaller,
  AuditRepository,
  DEFAULT_ANALYTICS_CONCURRENCY,
  IdempotencyKeys,
  SourceDocumentRepository,
  WritePipeline,
  type AnalyticsWork,
  type Caller,
  type RequestContextOptions,
  type EntityReferenceChecker,
} from '@partnership-graph/shared';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import { AgreementRepository } from './repositories/AgreementRepository';
import { EventRepository } from './repositories/EventRepository';
import { AgreementService } from './services/AgreementService';
import { EventService } from './services/EventService';
import { AgreementImport } from './imports/AgreementImport';
import { EventImport } from './imports/EventImport';
import { PartnershipNetworkService } from './services/network';
import { writePolicy } from './writePolicy';

/** What every resolver of one request sees. */
export interface AgreementsContext {
  /** Who is asking, verified from their token (anonymous without one); writes and the audit log check it. */
  caller: Caller;
  loaders: Loaders;
  agreements: AgreementRepository;
  events: EventRepository;
  audit: AuditRepository;
  /** The source documents held here (`_sourceDocuments`). */
  sourceDocuments: SourceDocumentRepository;
  agreementService: AgreementService;
  eventService: EventService;
  /** `importAgreements` and `importEvents`. */
  agreementImport: AgreementImport;
  eventImport: EventImport;
  network: PartnershipNetworkService;
  /** Asks the institutions subgraph about Institution and Person ids (existence, country, kind). */
  references: EntityReferenceChecker;
  /** Drops every cached load, so what a mutation wrote is read fresh. */
  renewLoaders: () => void;
  dataSource: DataSource;
  /** Starts a walk or statistic: its time budget (`ANALYTICS_BUDGET_MS`) and its turn among those of the process (`ANALYTICS_CONCURRENCY`). */
  beginAnalytics: (field: string) => AnalyticsWork;
}

/** What the server gives each request's context (the kit's options: references go to the institutions subgraph). */
export type ContextOptions = RequestContextOptions;

/** The gate of contexts created without one (tests that build contexts themselves). */
const defaultGate = new AnalyticsGate(DEFAULT_ANALYTICS_CONCURRENCY);

/** A fresh context, with a fresh loader set, for each request. */
export function createContext(dataSource: DataSource, options: ContextOptions): AgreementsContext {
  const caller = options.caller ?? anonymousCaller;
  const idempotency = options.idempotency ?? new IdempotencyKeys();
  const pipeline = new WritePipeline(dataSource, writePolicy, idempotency);
  const context: AgreementsContext = {
    caller,
    loaders: createLoaders(dataSource),
    agreements: new AgreementRepository(dataSource),
    events: new EventRepository(dataSource),
    audit: new AuditRepository(dataSource),
    sourceDocuments: new SourceDocumentRepository(dataSource),
    agreementService: new AgreementService(dataSource, options.references, pipeline),
    eventService: new EventService(dataSource, options.references, pipeline),
    agreementImport: new AgreementImport(dataSource, options.references, pipeline),
    eventImport: new EventImport(dataSource, options.references, pipeline),
    network: new PartnershipNetworkService(dataSource),
    references: options.references,
    renewLoaders: () => {
      context.loaders = createLoaders(dataSource);
    },
    dataSource,
    beginAnalytics: (options.analyticsGate ?? defaultGate).starterFor(caller, options.analyticsBudgetMs),
  };
  return context;
}
