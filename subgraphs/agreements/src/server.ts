import path from 'node:path';
import type { Logger } from 'typeorm';
import {
  AnalyticsGate,
  createSubgraphApollo,
  EntityReferenceChecker,
  IdempotencyKeys,
  startSubgraph,
  subgraphSecretHeaders,
  type AuthConfig,
  type RunningSubgraph,
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
  return new EntityReferenceChecker(
    { Institution: institutionsUrl, Person: institutionsUrl },
    subgraphSecret ? subgraphSecretHeaders(subgraphSecret) : undefined,
  );
}

/**
 * Serves the subgraph privately (only the gateway's requests are answered; the
 * caller's token is verified again here), once its database is connected, migrated
 * and, when empty, seeded. Tests call this with port 0.
 */
export function createServer(
  config: AgreementsConfig,
  options: { logger?: Logger; auth?: AuthConfig } = {},
): Promise<RunningSubgraph> {
  const references = createReferenceChecker(config.institutionsUrl, config.auth.subgraphSecret);
  const idempotency = new IdempotencyKeys(config.idempotencyKeyTtlHours);
  const analyticsGate = new AnalyticsGate(config.analyticsConcurrency, config.analyticsAnonymousPercent);
  return startSubgraph({
    config,
    auth: options.auth,
    apollo: createApollo(),
    openDatabase: () => openAgreementsDatabase(config.database, options.logger),
    prepare: (dataSource) => (config.seedOnStart ? seedIfEmpty(dataSource) : Promise.resolve()),
    context: (dataSource, caller) =>
      createContext(dataSource, {
        references,
        caller,
        analyticsBudgetMs: config.analyticsBudgetMs,
        idempotency,
        analyticsGate,
      }),
    idempotencyKeys: idempotency,
  });
}
