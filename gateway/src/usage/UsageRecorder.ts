import { Counter } from 'prom-client';
import { describeDatabase, logger, metrics } from '@partnership-graph/shared';
import type { UsageConfig } from './readUsageConfig';
import { minuteOf, UsageAggregator, type UsageSample } from './UsageAggregator';
import { UsageStore } from './UsageStore';

const droppedRequests = new Counter({
  name: 'usage_dropped_requests_total',
  help: 'Requests the gateway did not count in its usage store: reason bounds (USAGE_MAX_KEYS reached between two writes) or store (the write failed).',
  labelNames: ['reason'] as const,
  registers: [metrics.registry],
});

/** Pruning runs at most this often: after the first write, then once an hour. */
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Counts usage in memory (UsageAggregator) and writes it to the usage store every
 * `flushMs`, on a timer and never on a request's path, and once more at shutdown. The
 * store is opened (and migrated) in the background, never delaying an answer; while it
 * cannot be reached, counting goes on in memory within the same bounds and the store is
 * tried again at the next write. What a failed write held, and what is still unwritten
 * at shutdown with no store, is lost: logged, and counted in `usage_dropped_requests_total`.
 */
export class UsageRecorder {
  private readonly aggregator: UsageAggregator;
  private store: UsageStore | null = null;
  private opening: Promise<UsageStore> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private lastPrune = 0;

  constructor(
    private readonly config: Pick<UsageConfig, 'database' | 'retentionDays' | 'flushMs' | 'maxKeys'>,
    private readonly now: () => number = Date.now,
  ) {
    this.aggregator = new UsageAggregator(config.maxKeys);
  }

  start(): void {
    void this.openStore().catch(() => undefined);
    this.timer = setInterval(() => void this.flush(), this.config.flushMs);
    // The timer alone never keeps the process alive.
    this.timer.unref();
  }

  record(sample: UsageSample): void {
    if (!this.aggregator.record(sample)) droppedRequests.inc({ reason: 'bounds' });
  }

  private openStore(): Promise<UsageStore> {
    if (this.store) return Promise.resolve(this.store);
    this.opening ??= UsageStore.open(this.config.database).then(
      (store) => {
        this.store = store;
        logger().info({ database: describeDatabase(this.config.database) }, 'usage store open');
        return store;
      },
      (error: unknown) => {
        this.opening = null;
        logger().warn({ err: error, database: describeDatabase(this.config.database) }, 'usage store unavailable');
        throw error;
      },
    );
    return this.opening;
  }

  /** Writes what was counted since the last write; one write at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeOnce());
    return this.flushing;
  }

  private async writeOnce(): Promise<void> {
    let store: UsageStore;
    try {
      store = await this.openStore();
    } catch {
      // Counting goes on in memory (bounded) until the store can be reached — but not past shutdown.
      if (this.timer) return;
      const lost = this.aggregator.drain();
      const requests = lost.rows.reduce((sum, row) => sum + row.requests, 0);
      if (requests) droppedRequests.inc({ reason: 'store' }, requests);
      return;
    }
    const batch = this.aggregator.drain();
    if (batch.dropped)
      logger().warn({ dropped: batch.dropped }, 'usage: requests not counted (USAGE_MAX_KEYS reached)');
    try {
      await store.write(batch);
      if (this.now() - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = this.now();
        await store.prune(minuteOf(this.now()) - this.config.retentionDays * 1_440);
      }
    } catch (error) {
      const requests = batch.rows.reduce((sum, row) => sum + row.requests, 0);
      if (requests) droppedRequests.inc({ reason: 'store' }, requests);
      logger().warn({ err: error, requests }, 'usage: write failed');
    }
  }

  /** Stops the timer, writes what is left and closes the store. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
    await this.store?.close();
    this.store = null;
  }
}
