import {
  readAnalyticsAnonymousPercent,
  readAnalyticsBudgetMs,
  readAnalyticsConcurrency,
  readSubgraphConfig,
  readSubgraphUrl,
  subgraphEntry,
  type SubgraphConfig,
} from '@partnership-graph/shared';

export const SERVICE_NAME = 'agreements';
export const DEFAULT_PORT = subgraphEntry(SERVICE_NAME).defaultPort;

export interface AgreementsConfig extends SubgraphConfig {
  /** The institutions subgraph, which owns Institution and Person: references are checked there. */
  institutionsUrl: string;
  /** How long one walk or statistic may run (`ANALYTICS_BUDGET_MS`). */
  analyticsBudgetMs: number;
  /** How many walks and statistics this process computes at once (`ANALYTICS_CONCURRENCY`). */
  analyticsConcurrency: number;
  /** The most of this process\'s time that anonymous walks and statistics may take (`ANALYTICS_ANONYMOUS_PERCENT`). */
  analyticsAnonymousPercent: number;
}

/** This subgraph's configuration, read from the environment once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<AgreementsConfig> {
  return Object.freeze({
    ...readSubgraphConfig(env, SERVICE_NAME, DEFAULT_PORT),
    institutionsUrl: readSubgraphUrl(env, 'institutions'),
    analyticsBudgetMs: readAnalyticsBudgetMs(env),
    analyticsConcurrency: readAnalyticsConcurrency(env),
    analyticsAnonymousPercent: readAnalyticsAnonymousPercent(env),
  });
}
