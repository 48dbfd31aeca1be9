import {
  readAnalyticsSubgraphConfig,
  readSubgraphUrl,
  subgraphEntry,
  type AnalyticsSubgraphConfig,
} from '@partnership-graph/shared';

export const SERVICE_NAME = 'agreements';
export const DEFAULT_PORT = subgraphEntry(SERVICE_NAME).defaultPort;

export interface AgreementsConfig extends AnalyticsSubgraphConfig {
  /** The institutions subgraph, which owns Institution and Person: references are checked there. */
  institutionsUrl: string;
}

/** This subgraph's configuration, read from the environment once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<AgreementsConfig> {
  return Object.freeze({
    ...readAnalyticsSubgraphConfig(env, SERVICE_NAME),
    institutionsUrl: readSubgraphUrl(env, 'institutions'),
  });
}
