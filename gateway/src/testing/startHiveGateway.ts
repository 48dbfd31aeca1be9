import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { readAuthConfig, SUBGRAPH_SECRET_HEADER } from '@partnership-graph/shared';

/**
 * Hive Gateway (a peer federation gateway) serving the same supergraph over the
 * same subgraphs: used to show the subgraphs follow the federation spec rather than
 * one gateway's quirks, and as a contender in benchmarks. It sends the subgraphs'
 * shared secret like the project's gateway does.
 */
export async function startHiveGateway(options: {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
}): Promise<{ url: string; close: () => Promise<void> }> {
  let supergraph = options.supergraphSdl;
  for (const [name, url] of Object.entries(options.subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  const secret = readAuthConfig().subgraphSecret;
  const runtime = createGatewayRuntime({
    supergraph,
    logging: false,
    // Given directly: the runtime's own lookup loads transports with a dynamic import.
    transports: { http: httpTransport },
    plugins: () => [
      {
        onFetch({ options: init, setOptions }) {
          setOptions({
            ...init,
            headers: { ...(init.headers as Record<string, string>), [SUBGRAPH_SECRET_HEADER]: secret },
          });
        },
      },
    ],
  });
  const server = http.createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
