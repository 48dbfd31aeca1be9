import path from 'node:path';
import {
  AnalyticsGate,
  createSubgraphApollo,
  createSubgraphServer,
  EntityReferenceChecker,
  type SubgraphServerOptions,
} from '@partnership-graph/shared';
import type { AgreementsConfig } from './config';
import { createContext, type AgreementsContext } from './context';
import { openAgreementsDatabase } from './database';
import { resolvers } from './resolvers';
import { seedIfEmpty } from './seed/seed';

export const schemaFile = path.resolve(__dirname, '..', 'schema.graphql');

export function createApollo() {
  return createSubgraphApollo<AgreementsContext>(schemaFile, resolvers);
}

/**
 * Institution and Person belong to the institutions subgraph; references to them are
 * checked there (with the gateway's shared secret, which subgraphs require).
 */
export function createReferenceChecker(institutionsUrl: string, subgraphSecret?: string): EntityReferenceChecker {
  return EntityReferenceChecker.forOwners({ Institution: institutionsUrl, Person: institutionsUrl }, subgraphSecret);
}

/** Serves the agreements subgraph (see createSubgraphServer); tests call this with port 0. */
export function createServer(config: AgreementsConfig, options: SubgraphServerOptions = {}) {
  const references = createReferenceChecker(config.institutionsUrl, config.auth.subgraphSecret);
  const analyticsGate = new AnalyticsGate(config.analyticsConcurrency, config.analyticsAnonymousPercent);
  return createSubgraphServer(config, options, {
    apollo: createApollo(),
    openDatabase: openAgreementsDatabase,
    seedIfEmpty,
    context: (dataSource, { caller, idempotency }) =>
      createContext(dataSource, {
        references,
        caller,
        analyticsBudgetMs: config.analyticsBudgetMs,
        idempotency,
        analyticsGate,
      }),
  });
}
