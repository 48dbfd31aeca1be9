import type { DataSource } from 'typeorm';
import { anonymousCaller, type Caller, type EntityReferenceChecker } from '@partnership-graph/shared';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import { AgreementRepository } from './repositories/AgreementRepository';
import { EventRepository } from './repositories/EventRepository';
import { AgreementService } from './services/AgreementService';
import { EventService } from './services/EventService';

/** What every resolver of one request sees. */
export interface AgreementsContext {
  /** Who is asking, verified from their token (anonymous without one); authorization will check it. */
  caller: Caller;
  loaders: Loaders;
  agreements: AgreementRepository;
  events: EventRepository;
  agreementService: AgreementService;
  eventService: EventService;
  /** Drops every cached load, so what a mutation wrote is read fresh. */
  renewLoaders: () => void;
}

export interface ContextOptions {
  /** Checks Institution and Person ids against the institutions subgraph. */
  references: EntityReferenceChecker;
  caller?: Caller;
}

/** A fresh context, with a fresh loader set, for each request. */
export function createContext(dataSource: DataSource, options: ContextOptions): AgreementsContext {
  const context: AgreementsContext = {
    caller: options.caller ?? anonymousCaller,
    loaders: createLoaders(dataSource),
    agreements: new AgreementRepository(dataSource),
    events: new EventRepository(dataSource),
    agreementService: new AgreementService(dataSource, options.references),
    eventService: new EventService(dataSource, options.references),
    renewLoaders: () => {
      context.loaders = createLoaders(dataSource);
    },
  };
  return context;
}
