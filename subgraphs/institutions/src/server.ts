import path from 'node:path';
import {
  createSubgraphApollo,
  createSubgraphServer,
  type SubgraphConfig,
  type SubgraphServerOptions,
} from '@partnership-graph/shared';
import { createContext, type InstitutionsContext } from './context';
import { openInstitutionsDatabase } from './database';
import { resolvers } from './resolvers';
import { seedIfEmpty } from './seed/seed';

export const schemaFile = path.resolve(__dirname, '..', 'schema.graphql');

export function createApollo() {
  return createSubgraphApollo<InstitutionsContext>(schemaFile, resolvers);
}

/** Serves the institutions subgraph (see createSubgraphServer); tests call this with port 0. */
export function createServer(config: SubgraphConfig, options: SubgraphServerOptions = {}) {
  return createSubgraphServer(config, options, {
    apollo: createApollo(),
    openDatabase: openInstitutionsDatabase,
    seedIfEmpty,
    context: (dataSource, { caller, languages, idempotency }) =>
      createContext(dataSource, caller, languages, idempotency),
  });
}
