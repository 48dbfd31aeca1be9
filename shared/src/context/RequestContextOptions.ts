import type { EntityReferenceChecker } from '../federation/EntityReferenceChecker';
import type { AnalyticsGate } from '../graphql/analyticsLimits';
import type { IdempotencyKeys } from '../idempotency/IdempotencyKeys';
import type { Caller } from './Caller';

/** What a subgraph's server gives the context of each request (a subgraph may add its own). */
export interface RequestContextOptions {
  /** Checks the ids of other subgraphs' entities (institutions, people, agreements) in their owning subgraphs. */
  references: EntityReferenceChecker;
  /** Who is asking, verified from their token by the server; anonymous when not given. */
  caller?: Caller;
  /** How long one walk or statistic may wait for its turn and run; the default of `ANALYTICS_BUDGET_MS` when not given. */
  analyticsBudgetMs?: number;
  /** The create and import mutations' idempotency keys (kept 24 h unless given). */
  idempotency?: IdempotencyKeys;
  /** The process's walks and statistics that may run at once; a gate of the default size when not given. */
  analyticsGate?: AnalyticsGate;
}
