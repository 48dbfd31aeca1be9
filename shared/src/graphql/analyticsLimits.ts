import { GraphQLError } from 'graphql';
import { readInt } from '../config';
import { badUserInput, ErrorCode } from './errors';

/**
 * Bounds shared by the graph walks and statistics (`partnershipNetwork`,
 * `partnershipPath`, `agreementStats`, `talentStats`): a caller can ask for less than
 * the documented maximum, never for more, and no walk or statistic runs past its time
 * budget. What a bound stops is refused with LIMIT_REACHED, naming the limit and how
 * much the answer would have held, so an answer is never silently cut.
 */

export const LIMIT_REACHED = ErrorCode.LIMIT_REACHED;

/** A walk or statistic stopped at one of its bounds; `extensions.limit` names it. */
export function limitReached(message: string, extensions: { limit: string } & Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: LIMIT_REACHED, ...extensions } });
}

/** Default of `ANALYTICS_BUDGET_MS`: under the gateway's 5 s subgraph timeout, so a caller hears why. */
export const DEFAULT_ANALYTICS_BUDGET_MS = 2_000;

/** `ANALYTICS_BUDGET_MS`: how long one walk or statistic may run (read once at boot by each subgraph's config). */
export function readAnalyticsBudgetMs(env: Record<string, string | undefined>): number {
  return readInt(env, 'ANALYTICS_BUDGET_MS', DEFAULT_ANALYTICS_BUDGET_MS, 1, 600_000);
}

/**
 * A deadline for one walk or statistic, checked between its statements (a statement
 * itself is not interrupted here, so each statement is kept bounded by the other limits).
 */
export class TimeBudget {
  private readonly deadline: number;

  constructor(
    readonly budgetMs: number,
    readonly field: string,
  ) {
    this.deadline = performance.now() + budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - performance.now());
  }

  /** Throws LIMIT_REACHED when the budget is spent; `progress` says how far the work got. */
  check(progress: Record<string, unknown> = {}): void {
    if (performance.now() < this.deadline) return;
    throw limitReached(
      `${this.field} stopped at its time budget of ${this.budgetMs} ms before it finished; narrow the filter or ask for less`,
      { limit: 'timeBudgetMs', timeBudgetMs: this.budgetMs, ...progress },
    );
  }
}

/** Default of `ANALYTICS_CONCURRENCY`: on two cores, one walk or statistic at a time per subgraph leaves room for every other request. */
export const DEFAULT_ANALYTICS_CONCURRENCY = 1;

/** `ANALYTICS_CONCURRENCY`: how many walks and statistics one subgraph process computes at once. */
export function readAnalyticsConcurrency(env: Record<string, string | undefined>): number {
  return readInt(env, 'ANALYTICS_CONCURRENCY', DEFAULT_ANALYTICS_CONCURRENCY, 1, 1_000);
}

/** A walk or statistic under way (see `AnalyticsGate.begin`). */
export interface AnalyticsWork {
  budget: TimeBudget;
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * At most `limit` walks or statistics computing at once in a process, so that however
 * many are asked for, the other requests keep their share of the CPU and the database.
 * The others wait their turn in order, within their time budget; one that is still
 * waiting when its budget is spent is refused with LIMIT_REACHED.
 */
export class AnalyticsGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  /** One walk or statistic: its time budget, starting now, and a way to run each of its parts through the gate. */
  begin(budgetMs: number, field: string): AnalyticsWork {
    const budget = new TimeBudget(budgetMs, field);
    return { budget, run: (work) => this.run(budget, work) };
  }

  async run<T>(budget: TimeBudget, work: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running += 1;
    else await this.turn(budget); // the slot is handed over by the one leaving it
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  private turn(budget: TimeBudget): Promise<void> {
    return new Promise((resolve, reject) => {
      const enter = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(enter), 1);
        reject(
          limitReached(
            `${budget.field} waited its whole time budget of ${budget.budgetMs} ms for one of the ${this.limit} walks and statistics that may run at once; try again later`,
            { limit: 'concurrency', timeBudgetMs: budget.budgetMs, concurrency: this.limit },
          ),
        );
      }, budget.remainingMs());
      this.waiting.push(enter);
    });
  }
}

/**
 * A caller's "at most this many" argument: omitted means the maximum, a larger value
 * is clamped to it, a negative or fractional one is BAD_USER_INPUT naming the argument.
 */
export function boundedArgument(value: number | null | undefined, maximum: number, argument: string): number {
  if (value === null || value === undefined) return maximum;
  if (!Number.isInteger(value) || value < 0)
    throw badUserInput(argument, `must be a whole number from 0 (at most ${maximum} is used), got ${value}`);
  return Math.min(value, maximum);
}

/** The most buckets one statistic answers with (`maxBuckets` asks for less). */
export const MAX_STATS_BUCKETS = 1_000;

/**
 * Refuses a statistic with more buckets than `maxBuckets` (a chart is never silently
 * cut): LIMIT_REACHED stating how many buckets it has.
 */
export function assertBucketCount(field: string, buckets: number, maxBuckets: number): void {
  if (buckets <= maxBuckets) return;
  throw limitReached(
    `${field} has ${buckets} buckets, more than maxBuckets (${maxBuckets}, at most ${MAX_STATS_BUCKETS}); narrow the filter or group by another dimension`,
    { limit: 'maxBuckets', maxBuckets, buckets },
  );
}
