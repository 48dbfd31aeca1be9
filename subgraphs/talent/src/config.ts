import {
  readAnalyticsSubgraphConfig,
  readSubgraphUrl,
  subgraphEntry,
  type AnalyticsSubgraphConfig,
} from '@partnership-graph/shared';

export const SERVICE_NAME = 'talent';
export const DEFAULT_PORT = subgraphEntry(SERVICE_NAME).defaultPort;

export interface TalentConfig extends AnalyticsSubgraphConfig {
  /** The institutions subgraph, asked (via `_entities`) whether institutions and people exist. */
  institutionsUrl: string;
  /** The agreements subgraph, asked (via `_entities`) whether agreements exist. */
  agreementsUrl: string;
}

/** This subgraph's configuration, read from the environment once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<TalentConfig> {
  return Object.freeze({
    ...readAnalyticsSubgraphConfig(env, SERVICE_NAME),
    institutionsUrl: readSubgraphUrl(env, 'institutions'),
    agreementsUrl: readSubgraphUrl(env, 'agreements'),
  });
}
