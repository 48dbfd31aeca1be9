import path from 'node:path';
import type { Logger } from 'typeorm';
import {
  createSubgraphApollo,
  IdempotencyKeys,
  startSubgraph,
  type AuthConfig,
  type RunningSubgraph,
  type SubgraphConfig,
} from '@partnership-graph/shared';
import { createContext, type InstitutionsContext } from './context';
import { openInstitutionsDatabase } from './database';
import { resolvers } from './resolvers';
import { seedIfEmpty } from './seed/seed';

export const schemaFile = path.resolve(__dirname, '..', 'schema.graphql');

export function createApollo() {
  return createSubgraphApollo<InstitutionsContext>(schemaFile, resolvers);
}

/**
 * Serves the subgraph privately (only the gateway's requests are answered; the
 * caller's token is verified again here), once its database is connected, migrated
 * and, when empty, seeded. Tests call this with port 0.
 */
export function createServer(
  config: SubgraphConfig,
  options: { logger?: Logger; auth?: AuthConfig } = {},
): Promise<RunningSubgraph> {
  const idempotencyKeys = new IdempotencyKeys(config.idempotencyKeyTtlHours);
  return startSubgraph({
    config,
    auth: options.auth,
    apollo: createApollo(),
    openDatabase: () => openInstitutionsDatabase(config.database, options.logger),
    prepare: (dataSource) => (config.seedOnStart ? seedIfEmpty(dataSource) : Promise.resolve()),
    context: (dataSource, caller, languages) => createContext(dataSource, caller, languages, idempotencyKeys),
    idempotencyKeys,
  });
}
