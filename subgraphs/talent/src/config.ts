import {
  readAnalyticsAnonymousPercent,
  readAnalyticsBudgetMs,
  readAnalyticsConcurrency,
  readSubgraphConfig,
  readSubgraphUrl,
  subgraphEntry,
  type SubgraphConfig,
} from '@partnership-graph/shared';

export const SERVICE_NAME = 'talent';
export const DEFAULT_PORT = subgraphEntry(SERVICE_NAME).defaultPort;

export interface TalentConfig extends SubgraphConfig {
  /** The institutions subgraph, asked (via `_entities`) whether institutions and people exist. */
  institutionsUrl: string;
  /** The agreements subgraph, asked (via `_entities`) whether agreements exist. */
  agreementsUrl: string;
  /** How long one statistic may wait for its turn and run (`ANALYTICS_BUDGET_MS`). */
  analyticsBudgetMs: number;
  /** How many statistics this process computes at once (`ANALYTICS_CONCURRENCY`). */
  analyticsConcurrency: number;
  /** The most of this process\'s time that anonymous walks and statistics may take (`ANALYTICS_ANONYMOUS_PERCENT`). */
  analyticsAnonymousPercent: number;
}

/** This subgraph's configuration, read from the environment once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<TalentConfig> {
  return Object.freeze({
    ...readSubgraphConfig(env, SERVICE_NAME, DEFAULT_PORT),
    institutionsUrl: readSubgraphUrl(env, 'institutions'),
    agreementsUrl: readSubgraphUrl(env, 'agreements'),
    analyticsBudgetMs: readAnalyticsBudgetMs(env),
    analyticsConcurrency: readAnalyticsConcurrency(env),
    analyticsAnonymousPercent: readAnalyticsAnonymousPercent(env),
  });
}
