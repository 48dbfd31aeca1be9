import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { formatError, serveGraphQL, type RunningServer } from '@partnership-graph/shared';
import { argumentErrorsPlugin } from './argumentErrors';
import type { GatewayConfig } from './config';

// The gateway's anonymous usage telemetry stays off unless explicitly enabled.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

export function createGateway(config: GatewayConfig): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: fs.readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: config.subgraphUrls[name] ?? url }),
  });
}

export interface GatewayServer extends RunningServer {
  gateway: ApolloGateway;
}

/** Serves the static supergraph over the subgraphs; tests call this with port 0. */
export async function createGatewayServer(config: GatewayConfig): Promise<GatewayServer> {
  const gateway = createGateway(config);
  const apollo = new ApolloServer({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [argumentErrorsPlugin(), ApolloServerPluginLandingPageDisabled()],
  });
  let loaded = false;
  const running = await serveGraphQL(apollo, {
    host: config.host,
    port: config.port,
    bodyLimitBytes: config.bodyLimitBytes,
    context: async () => ({}),
    ready: async () => loaded,
  });
  loaded = true;
  return { ...running, gateway };
}
