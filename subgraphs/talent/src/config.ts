import { readAnalyticsBudgetMs, readAnalyticsConcurrency, readSubgraphConfig, readUrl, type SubgraphConfig } from '@partnership-graph/shared';

export const SERVICE_NAME = 'talent';
export const DEFAULT_PORT = 4003;

export interface TalentConfig extends SubgraphConfig {
  /** The institutions subgraph, asked (via `_entities`) whether institutions and people exist. */
  institutionsUrl: string;
  /** The agreements subgraph, asked (via `_entities`) whether agreements exist. */
  agreementsUrl: string;
  /** How long one statistic may wait for its turn and run (`ANALYTICS_BUDGET_MS`). */
  analyticsBudgetMs: number;
  /** How many statistics this process computes at once (`ANALYTICS_CONCURRENCY`). */
  analyticsConcurrency: number;
}

/** This subgraph's configuration, read from the environment once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<TalentConfig> {
  return Object.freeze({
    ...readSubgraphConfig(env, SERVICE_NAME, DEFAULT_PORT),
    institutionsUrl: readUrl(env, 'INSTITUTIONS_URL', 'http://127.0.0.1:4001/'),
    agreementsUrl: readUrl(env, 'AGREEMENTS_URL', 'http://127.0.0.1:4002/'),
    analyticsBudgetMs: readAnalyticsBudgetMs(env),
    analyticsConcurrency: readAnalyticsConcurrency(env),
  });
}
