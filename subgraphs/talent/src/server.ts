import path from 'node:path';
import {
  AnalyticsGate,
  createSubgraphApollo,
  createSubgraphServer,
  EntityReferenceChecker,
  subgraphSecretHeaders,
  type SubgraphServerOptions,
} from '@partnership-graph/shared';
import type { TalentConfig } from './config';
import { createContext, type TalentContext } from './context';
import { openTalentDatabase } from './database';
import { resolvers } from './resolvers';
import { seedIfEmpty } from './seed/seed';

export const schemaFile = path.resolve(__dirname, '..', 'schema.graphql');

export function createApollo() {
  return createSubgraphApollo<TalentContext>(schemaFile, resolvers);
}

/** Asks the owning subgraphs (via `_entities`) whether referenced institutions, people and agreements exist. */
export function createReferenceChecker(
  urls: { institutionsUrl: string; agreementsUrl: string },
  subgraphSecret?: string,
): EntityReferenceChecker {
  const { institutionsUrl, agreementsUrl } = urls;
  return EntityReferenceChecker.forOwners(
    { Institution: institutionsUrl, Person: institutionsUrl, Agreement: agreementsUrl },
    subgraphSecret,
  );
}

/**
 * Serves the talent subgraph (see createSubgraphServer); the caller's token also decides
 * who may read a student's personal data. Tests call this with port 0.
 */
export function createServer(config: TalentConfig, options: SubgraphServerOptions = {}) {
  const references = createReferenceChecker(config, config.auth.subgraphSecret);
  // `sources` lists the documents every subgraph holds: these two hold the rest.
  const sourcePeers = {
    peers: [
      { name: 'institutions', url: config.institutionsUrl },
      { name: 'agreements', url: config.agreementsUrl },
    ],
    headers: subgraphSecretHeaders(config.auth.subgraphSecret),
  };
  const analyticsGate = new AnalyticsGate(config.analyticsConcurrency, config.analyticsAnonymousPercent);
  return createSubgraphServer(config, options, {
    apollo: createApollo(),
    openDatabase: openTalentDatabase,
    seedIfEmpty,
    context: (dataSource, { caller, idempotency }) =>
      createContext(dataSource, {
        references,
        caller,
        idempotency,
        sourcePeers,
        analyticsBudgetMs: config.analyticsBudgetMs,
        analyticsGate,
      }),
  });
}
