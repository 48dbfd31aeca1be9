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
  return new EntityReferenceChecker(
    {
      Institution: urls.institutionsUrl,
      Person: urls.institutionsUrl,
      Agreement: urls.agreementsUrl,
    },
    subgraphSecret ? subgraphSecretHeaders(subgraphSecret) : undefined,
  );
}

/**
 * Serves the subgraph privately (only the gateway's requests are answered; the
 * caller's token is verified again here and decides who may read a student's
 * personal data), once its database is connected, migrated and, when empty, seeded.
 * Tests call this with port 0.
 */
export function createServer(
  config: TalentConfig,
  options: { logger?: Logger; auth?: AuthConfig } = {},
): Promise<RunningSubgraph> {
  const references = createReferenceChecker(config, config.auth.subgraphSecret);
  const idempotency = new IdempotencyKeys(config.idempotencyKeyTtlHours);
  // `sources` lists the documents every subgraph holds: these two hold the rest.
  const sourcePeers = {
    peers: [
      { name: 'institutions', url: config.institutionsUrl },
      { name: 'agreements', url: config.agreementsUrl },
    ],
    headers: subgraphSecretHeaders(config.auth.subgraphSecret),
  };
  const analyticsGate = new AnalyticsGate(config.analyticsConcurrency, config.analyticsAnonymousPercent);
  return startSubgraph({
    config,
    auth: options.auth,
    apollo: createApollo(),
    openDatabase: () => openTalentDatabase(config.database, options.logger),
    prepare: (dataSource) => (config.seedOnStart ? seedIfEmpty(dataSource) : Promise.resolve()),
    context: (dataSource, caller) =>
      createContext(dataSource, {
        references,
        caller,
        idempotency,
        sourcePeers,
        analyticsBudgetMs: config.analyticsBudgetMs,
        analyticsGate,
      }),
    idempotencyKeys: idempotency,
  });
}
