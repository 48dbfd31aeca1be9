import fs from 'node:fs';
import path from 'node:path';
import { readAuthConfig, repositoryRoot, SUBGRAPH_SECRET_HEADER } from '@partnership-graph/shared';
import { startHiveGateway } from '../../gateway/src/testing/startHiveGateway';
import { loadApollo } from './gatewayDeps';

/**
 * One peer gateway in its own process, so every contender has a process of its own:
 *
 *   tsx scripts/bench/contender.ts hive|apollo
 *
 * BENCH_SUBGRAPH_URLS (JSON: subgraph name → URL) points it at the benchmark's
 * subgraphs; it serves `schema/supergraph.graphql` on 127.0.0.1 (a free port), prints
 * "<kind> ready at <url>", and on SIGINT/SIGTERM closes and exits 0 (so that
 * `--cpu-prof` gets written).
 */
export type PeerKind = 'hive' | 'apollo';

export function supergraphWithUrls(supergraphSdl: string, subgraphUrls: Record<string, string>): string {
  let supergraph = supergraphSdl;
  for (const [name, url] of Object.entries(subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  return supergraph;
}

/** Stock @apollo/gateway with default options; the data source only adds the subgraphs' secret. */
async function startStockApollo(supergraphSdl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { gateway: apolloGateway, server: apolloServer, standalone } = loadApollo();
  const secret = readAuthConfig().subgraphSecret;
  class SecretDataSource extends apolloGateway.RemoteGraphQLDataSource {
    override willSendRequest({
      request,
    }: Parameters<NonNullable<InstanceType<typeof apolloGateway.RemoteGraphQLDataSource>['willSendRequest']>>[0]) {
      request.http?.headers.set(SUBGRAPH_SECRET_HEADER, secret);
    }
  }
  const gateway = new apolloGateway.ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) => new SecretDataSource({ url }),
  });
  const server = new apolloServer.ApolloServer({ gateway });
  const { url } = await standalone.startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, close: () => server.stop() };
}

async function main(kind: string): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const subgraphUrls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  const supergraphPath = process.env.SUPERGRAPH_PATH ?? path.join(repositoryRoot, 'schema', 'supergraph.graphql');
  const supergraphSdl = fs.readFileSync(supergraphPath, 'utf8');
  let running: { url: string; close: () => Promise<void> };
  if (kind === 'hive') running = await startHiveGateway({ supergraphSdl, subgraphUrls });
  else if (kind === 'apollo') running = await startStockApollo(supergraphWithUrls(supergraphSdl, subgraphUrls));
  else throw new Error(`unknown contender "${kind}" (hive or apollo)`);
  console.log(`${kind} ready at ${running.url}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // `on`, not `once`: a group SIGTERM arrives twice (directly and relayed by tsx), and a
  // second one with no listener left would kill the process before it exits cleanly.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main(process.argv[2] ?? '').catch((error: unknown) => {
    console.error(`contender failed to start: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
}
