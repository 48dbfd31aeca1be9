import path from 'node:path';
import { readInt, readString, readUrl, repositoryRoot } from '@partnership-graph/shared';

export interface GatewayConfig {
  host: string;
  port: number;
  /** The composed supergraph the gateway serves. */
  supergraphPath: string;
  /** Subgraph name → URL; overrides the routing URLs baked into the supergraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
}

const subgraphDefaults: Record<string, string> = {
  institutions: 'http://127.0.0.1:4001/',
  agreements: 'http://127.0.0.1:4002/',
  talent: 'http://127.0.0.1:4003/',
};

/** The gateway's configuration, read from the environment once at boot. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): Readonly<GatewayConfig> {
  const subgraphUrls: Record<string, string> = {};
  for (const [name, fallback] of Object.entries(subgraphDefaults)) {
    subgraphUrls[name] = readUrl(env, `${name.toUpperCase()}_URL`, fallback);
  }
  return Object.freeze({
    host: readString(env, 'HOST', '127.0.0.1'),
    port: readInt(env, 'GATEWAY_PORT', 4000, 0, 65535),
    supergraphPath: path.resolve(readString(env, 'SUPERGRAPH_PATH', path.join(repositoryRoot, 'schema', 'supergraph.graphql'))),
    subgraphUrls: Object.freeze(subgraphUrls),
    bodyLimitBytes: readInt(env, 'GATEWAY_BODY_LIMIT_BYTES', 1_000_000, 1_000, 100_000_000),
  });
}
