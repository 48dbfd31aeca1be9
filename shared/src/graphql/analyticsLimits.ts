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

/**
 * Default of `ANALYTICS_ANONYMOUS_PERCENT`: anonymous walks and statistics get at most a
 * quarter of a subgraph's time, so that a stream of them leaves the other requests
 * three quarters of the CPU and the database, not merely one slot fewer.
 */
export const DEFAULT_ANALYTICS_ANONYMOUS_PERCENT = 25;

/** `ANALYTICS_ANONYMOUS_PERCENT`: the most of a subgraph's time (1–100) that anonymous walks and statistics may take. */
export function readAnalyticsAnonymousPercent(env: Record<string, string | undefined>): number {
  return readInt(env, 'ANALYTICS_ANONYMOUS_PERCENT', DEFAULT_ANALYTICS_ANONYMOUS_PERCENT, 1, 100);
}

/** The analytics settings of a subgraph that computes walks or statistics, read once at boot. */
export interface AnalyticsConfig {
  /** How long one walk or statistic may wait for its turn and run (`ANALYTICS_BUDGET_MS`). */
  analyticsBudgetMs: number;
  /** How many walks and statistics this process computes at once (`ANALYTICS_CONCURRENCY`). */
  analyticsConcurrency: number;
  /** The most of this process's time that anonymous walks and statistics may take (`ANALYTICS_ANONYMOUS_PERCENT`). */
  analyticsAnonymousPercent: number;
}

/** `ANALYTICS_BUDGET_MS`, `ANALYTICS_CONCURRENCY` and `ANALYTICS_ANONYMOUS_PERCENT`. */
export function readAnalyticsConfig(env: Record<string, string | undefined>): AnalyticsConfig {
  return {
    analyticsBudgetMs: readAnalyticsBudgetMs(env),
    analyticsConcurrency: readAnalyticsConcurrency(env),
    analyticsAnonymousPercent: readAnalyticsAnonymousPercent(env),
  };
}

/** A walk or statistic under way (see `AnalyticsGate.begin`). */
export interface AnalyticsWork {
  budget: TimeBudget;
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * At most `limit` holders at once; the others wait their turn in order, within their
 * time budget, and one still waiting when its budget is spent is refused with
 * LIMIT_REACHED (`refusal` says why it waited).
 */
class TurnTaking {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly limit: number,
    private readonly refusal: (budget: TimeBudget) => GraphQLError,
  ) {}

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
        reject(this.refusal(budget));
      }, budget.remainingMs());
      this.waiting.push(enter);
    });
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * At most `limit` walks or statistics computing at once in a process, so that however
 * many are asked for, the other requests keep their share of the CPU and the database.
 * The others wait their turn in order, within their time budget; one that is still
 * waiting when its budget is spent is refused with LIMIT_REACHED.
 *
 * Anonymous callers' walks and statistics are also paced: they take turns among
 * themselves, and after one has computed for t ms the next starts no sooner than
 * t·(100/anonymousPercent − 1) ms later. A concurrency limit alone lets a stream of
 * them keep one slot busy all the time; pacing holds them to `anonymousPercent` of the
 * process's time, whatever their number. Signed-in callers are not paced.
 */
export class AnalyticsGate {
  private readonly slots: TurnTaking;
  private readonly anonymousTurns: TurnTaking;
  /** When the next anonymous walk or statistic may start computing (`performance.now()` time). */
  private anonymousPausedUntil = 0;

  constructor(
    readonly limit: number,
    readonly anonymousPercent = 100,
  ) {
    this.slots = new TurnTaking(limit, (budget) =>
      limitReached(
        `${budget.field} waited its whole time budget of ${budget.budgetMs} ms for one of the ${limit} walks and statistics that may run at once; try again later`,
        { limit: 'concurrency', timeBudgetMs: budget.budgetMs, concurrency: limit },
      ),
    );
    this.anonymousTurns = new TurnTaking(1, (budget) => this.pacedRefusal(budget));
  }

  /**
   * A request context's `beginAnalytics`: each of the caller's walks and statistics
   * with `budgetMs` (the default of `ANALYTICS_BUDGET_MS` when not given), paced when
   * the caller is anonymous.
   */
  starterFor(caller: { id: string | null }, budgetMs = DEFAULT_ANALYTICS_BUDGET_MS): (field: string) => AnalyticsWork {
    return (field) => this.begin(budgetMs, field, { anonymous: caller.id === null });
  }

  /**
   * One walk or statistic: its time budget, starting now, and a way to run each of its
   * parts through the gate; `anonymous` paces it (see the class).
   */
  begin(budgetMs: number, field: string, options: { anonymous?: boolean } = {}): AnalyticsWork {
    const budget = new TimeBudget(budgetMs, field);
    const paced = options.anonymous === true && this.anonymousPercent < 100;
    return { budget, run: (work) => (paced ? this.runPaced(budget, work) : this.slots.run(budget, work)) };
  }

  private runPaced<T>(budget: TimeBudget, work: () => Promise<T>): Promise<T> {
    return this.anonymousTurns.run(budget, async () => {
      const wait = this.anonymousPausedUntil - performance.now();
      if (wait > 0) {
        if (wait >= budget.remainingMs()) throw this.pacedRefusal(budget);
        await pause(wait);
      }
      return this.slots.run(budget, async () => {
        const started = performance.now();
        try {
          return await work();
        } finally {
          const ran = performance.now() - started;
          this.anonymousPausedUntil = performance.now() + ran * (100 / this.anonymousPercent - 1);
        }
      });
    });
  }

  private pacedRefusal(budget: TimeBudget): GraphQLError {
    return limitReached(
      `${budget.field} could not start within its time budget of ${budget.budgetMs} ms: walks and statistics without a token share ${this.anonymousPercent}% of this service's time and are taking it; sign in or try again later`,
      { limit: 'anonymousShare', timeBudgetMs: budget.budgetMs, anonymousPercent: this.anonymousPercent },
    );
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
