/** Upper bounds (ms) of the latency buckets usage keeps per operation, client and minute; one more bucket holds the rest. */
export const LATENCY_BUCKETS_MS = Object.freeze([5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000]);

/** One request as usage counts it. */
export interface UsageSample {
  /** When it was answered (ms since the epoch). */
  at: number;
  operation: { hash: string; name: string; signature: string };
  /** The schema coordinates it used (its document's and its variables'). */
  coordinates: Iterable<string>;
  clientName: string;
  clientVersion: string;
  durationMs: number;
  /** Its answer carried an error. */
  failed: boolean;
}

/** The requests of one operation from one client in one minute. */
export interface UsageRow {
  /** Minutes since the epoch. */
  minute: number;
  operationHash: string;
  clientName: string;
  clientVersion: string;
  requests: number;
  errors: number;
  durationMsSum: number;
  durationMsMax: number;
  /** Requests per latency bucket: LATENCY_BUCKETS_MS, then one for anything slower. */
  buckets: number[];
}

/** An operation seen since the last drain, with each coordinate it used and the last minute it did. */
export interface UsageOperation {
  hash: string;
  name: string;
  signature: string;
  lastMinute: number;
  coordinates: Map<string, number>;
}

/** What the aggregator keeps of an operation: its usage, and the coordinate set it last merged. */
interface CountedOperation extends UsageOperation {
  /** The set of the last request merged into `coordinates`, and in which minute: most requests repeat it. */
  merged: { coordinates: Iterable<string>; minute: number } | null;
}

export interface UsageBatch {
  rows: UsageRow[];
  operations: UsageOperation[];
  /** Requests not counted since the last drain because the bounds were reached. */
  dropped: number;
}

export const minuteOf = (ms: number): number => Math.floor(ms / 60_000);

/**
 * Counts requests per minute, operation and client in memory until drained. Memory is
 * bounded whatever callers send: at most `maxKeys` rows (minute × operation × client) and
 * operations, and `maxKeys × 100` coordinates in all, between two drains; a request that
 * would need more is dropped and counted as dropped, never stored in part.
 */
export class UsageAggregator {
  private rows = new Map<string, UsageRow>();
  private operations = new Map<string, CountedOperation>();
  private coordinateCount = 0;
  private dropped = 0;

  constructor(private readonly maxKeys: number) {}

  get size(): number {
    return this.rows.size;
  }

  /** Counts one request; false when it was dropped. */
  record(sample: UsageSample): boolean {
    const minute = minuteOf(sample.at);
    // Client names and versions are printable (headerValue): a newline separates the parts.
    const key = `${minute}\n${sample.operation.hash}\n${sample.clientName}\n${sample.clientVersion}`;
    let row = this.rows.get(key);
    let operation = this.operations.get(sample.operation.hash);
    // The same document's set again in the same minute (the usual case) adds nothing.
    const repeated = operation?.merged?.coordinates === sample.coordinates && operation.merged.minute === minute;
    const coordinates = repeated ? [] : [...sample.coordinates];
    const newCoordinates = operation
      ? coordinates.filter((c) => !operation?.coordinates.has(c)).length
      : coordinates.length;
    if (
      (!row && this.rows.size >= this.maxKeys) ||
      (!operation && this.operations.size >= this.maxKeys) ||
      this.coordinateCount + newCoordinates > this.maxKeys * 100
    ) {
      this.dropped += 1;
      return false;
    }
    if (!operation) {
      operation = { ...sample.operation, lastMinute: minute, coordinates: new Map(), merged: null };
      this.operations.set(sample.operation.hash, operation);
    }
    operation.lastMinute = Math.max(operation.lastMinute, minute);
    for (const coordinate of coordinates) operation.coordinates.set(coordinate, minute);
    if (!repeated) operation.merged = { coordinates: sample.coordinates, minute };
    this.coordinateCount += newCoordinates;
    if (!row) {
      row = {
        minute,
        operationHash: sample.operation.hash,
        clientName: sample.clientName,
        clientVersion: sample.clientVersion,
        requests: 0,
        errors: 0,
        durationMsSum: 0,
        durationMsMax: 0,
        buckets: new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0),
      };
      this.rows.set(key, row);
    }
    row.requests += 1;
    if (sample.failed) row.errors += 1;
    row.durationMsSum += sample.durationMs;
    row.durationMsMax = Math.max(row.durationMsMax, sample.durationMs);
    const bucket = LATENCY_BUCKETS_MS.findIndex((bound) => sample.durationMs <= bound);
    row.buckets[bucket < 0 ? LATENCY_BUCKETS_MS.length : bucket] += 1;
    return true;
  }

  /** Everything counted since the last drain, and the memory it held freed. */
  drain(): UsageBatch {
    const batch = {
      rows: [...this.rows.values()],
      operations: [...this.operations.values()].map(({ merged: _merged, ...operation }) => operation),
      dropped: this.dropped,
    };
    this.rows = new Map();
    this.operations = new Map();
    this.coordinateCount = 0;
    this.dropped = 0;
    return batch;
  }
}
