import path from 'node:path';
import type { DataSource, Logger } from 'typeorm';
import { createSubgraphApollo, serveSubgraph, type AuthConfig, type RunningServer, type SubgraphConfig } from '@partnership-graph/shared';
import { createContext, type InstitutionsContext } from './context';
import { openInstitutionsDatabase } from './database';
import { resolvers } from './resolvers';
import { seedIfEmpty } from './seed/seed';

export const schemaFile = path.resolve(__dirname, '..', 'schema.graphql');

export function createApollo() {
  return createSubgraphApollo<InstitutionsContext>(schemaFile, resolvers);
}

export interface InstitutionsServer extends RunningServer {
  dataSource: DataSource;
}

/**
 * Opens the database (migrating, and seeding it when empty), then serves the
 * subgraph. Tests call this with port 0.
 */
export async function createServer(
  config: SubgraphConfig,
  options: { logger?: Logger; auth?: AuthConfig } = {},
): Promise<InstitutionsServer> {
  const dataSource = await openInstitutionsDatabase(config.database, options.logger);
  if (config.seedOnStart) await seedIfEmpty(dataSource);
  const running = await serveSubgraph(createApollo(), {
    config,
    auth: options.auth,
    context: (caller) => createContext(dataSource, caller),
    ready: async () => dataSource.isInitialized && (await dataSource.query('SELECT 1').then(() => true)),
  });
  return {
    ...running,
    dataSource,
    close: async () => {
      await running.close();
      await dataSource.destroy();
    },
  };
}
