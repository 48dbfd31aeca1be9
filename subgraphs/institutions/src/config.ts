import { readSubgraphConfig, subgraphEntry, type SubgraphConfig } from '@partnership-graph/shared';

export const SERVICE_NAME = 'institutions';
export const DEFAULT_PORT = subgraphEntry(SERVICE_NAME).defaultPort;

/** This subgraph's configuration, read from the environment once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<SubgraphConfig> {
  return readSubgraphConfig(env, SERVICE_NAME, DEFAULT_PORT);
}
