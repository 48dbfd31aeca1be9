import { createPool, type Pool } from 'mysql2/promise';
import { logger } from '../observability/logger';

/** One replica as health shows it. */
export interface ReplicaState {
  /** host:port, no credentials. */
  server: string;
  inUse: boolean;
  /** Seconds_Behind_Master at the last check; null when unknown (stopped, unreachable). */
  lagSeconds: number | null;
  /** Why it is out of use (null while in use). */
  reason: string | null;
  /** Reads sent to it since the service started. */
  reads: number;
}

/**
 * Reads every replica's replication state every `checkMs` (SHOW SLAVE STATUS, on a
 * connection of its own) and decides which are in use: both replication threads
 * running and no more than `maxLagMs` behind. A replica that stops answering, stops
 * replicating or falls behind is out of use at the next check (reads go to the primary
 * or the other replicas), and back in use once it has caught up. Transitions are logged.
 */
export class ReplicaMonitor {
  readonly states: ReplicaState[];
  private readonly pools: Pool[];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly service: string,
    urls: readonly string[],
    private readonly settings: { maxLagMs: number; checkMs: number },
  ) {
    this.states = urls.map((url) => ({
      server: new URL(url).host,
      inUse: false,
      lagSeconds: null,
      reason: 'not checked yet',
      reads: 0,
    }));
    this.pools = urls.map((uri) => createPool({ uri, connectionLimit: 1, connectTimeout: 1_000 }));
  }

  /** Checks once now, then every `checkMs` until `stop`. */
  async start(): Promise<void> {
    await this.checkAll();
    this.timer = setInterval(() => void this.checkAll(), this.settings.checkMs);
    this.timer.unref();
  }

  /** Indexes of the replicas in use now. */
  inUse(): number[] {
    return this.states.flatMap((state, index) => (state.inUse ? [index] : []));
  }

  private async checkAll(): Promise<void> {
    await Promise.all(this.pools.map((pool, index) => this.check(pool, this.states[index])));
  }

  private async check(pool: Pool, state: ReplicaState): Promise<void> {
    let reason: string | null = null;
    let lag: number | null = null;
    try {
      const [rows] = await withTimeout(pool.query('SHOW SLAVE STATUS'), this.settings.checkMs + 1_000);
      const row = (rows as Array<Record<string, unknown>>)[0];
      lag = row?.Seconds_Behind_Master == null ? null : Number(row.Seconds_Behind_Master);
      if (!row) reason = 'not a replica';
      else if (row.Slave_IO_Running !== 'Yes' || row.Slave_SQL_Running !== 'Yes')
        reason = `replication stopped (io ${String(row.Slave_IO_Running)}, sql ${String(row.Slave_SQL_Running)})`;
      else if (lag === null || lag * 1000 > this.settings.maxLagMs)
        reason = `${lag ?? '?'} s behind (at most ${this.settings.maxLagMs} ms allowed)`;
    } catch (error) {
      reason = `unreachable (${(error as Error).message})`;
    }
    const wasInUse = state.inUse;
    state.lagSeconds = lag;
    state.reason = reason;
    state.inUse = reason === null;
    if (wasInUse && !state.inUse)
      logger().warn(
        { replica: state.server, lagSeconds: lag, reason },
        `${this.service}: replica ${state.server} out of use: ${reason}; its reads go to the primary`,
      );
    else if (!wasInUse && state.inUse)
      logger().info({ replica: state.server, lagSeconds: lag }, `${this.service}: replica ${state.server} in use`);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.pools.map((pool) => pool.end().catch(() => undefined)));
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
