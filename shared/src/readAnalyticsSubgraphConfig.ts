import { readSubgraphConfig, type SubgraphConfig } from './config';
import { readAnalyticsConfig, type AnalyticsConfig } from './graphql/analyticsLimits';
import { subgraphEntry } from './subgraphRegistry';

/** The configuration of a subgraph that computes walks or statistics. */
export interface AnalyticsSubgraphConfig extends SubgraphConfig, AnalyticsConfig {}

/** A subgraph's configuration and its analytics settings, its port defaulting to the registry's. */
export function readAnalyticsSubgraphConfig(env: NodeJS.ProcessEnv, service: string): AnalyticsSubgraphConfig {
  return {
    ...readSubgraphConfig(env, service, subgraphEntry(service).defaultPort),
    ...readAnalyticsConfig(env),
  };
}
