import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * Every metric a service exposes at `/metrics`, in one registry per process. Names and
 * labels follow the OpenTelemetry semantic conventions as the Prometheus exporter
 * writes them (dots become underscores, the unit ends the name):
 * `http.server.request.duration` is `http_server_request_duration_seconds`, the
 * attribute `http.response.status_code` the label `http_response_status_code`.
 */
const registry = new Registry();

/** OpenTelemetry's recommended buckets for HTTP durations, in seconds. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
/** Statements are mostly far below a millisecond on an index. */
const statementBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** A histogram of durations in seconds, in this process's registry. */
function durationHistogram<L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[],
  buckets: number[],
): Histogram<L> {
  return new Histogram({ name, help, labelNames, buckets, registers: [registry] });
}

const httpServerDuration = durationHistogram(
  'http_server_request_duration_seconds',
  'Duration of GraphQL HTTP requests this service answered, per operation; error_type is set when the answer carried an error (its first GraphQL error code, or the HTTP status).',
  ['http_request_method', 'http_response_status_code', 'graphql_operation_name', 'error_type'],
  durationBuckets,
);

const httpClientDuration = durationHistogram(
  'http_client_request_duration_seconds',
  'Duration of requests this service sent to a subgraph (the gateway’s fetches, a subgraph’s reference checks), per subgraph.',
  ['http_request_method', 'http_response_status_code', 'subgraph_name', 'error_type'],
  durationBuckets,
);

const cacheLookups = new Counter({
  name: 'cache_lookups_total',
  help: 'Lookups in a cache (cache_name: response — the gateway’s answers; entity — the gateway’s entities, one per representation; read — a subgraph’s aggregate reads), by cache_result hit or miss.',
  labelNames: ['cache_name', 'cache_result'] as const,
  registers: [registry],
});

const dbOperationDuration = durationHistogram(
  'db_client_operation_duration_seconds',
  'Duration of SQL statements, by their first keyword (db_operation_name); error_type is set when the statement failed.',
  ['db_system_name', 'db_operation_name', 'error_type'],
  statementBuckets,
);

/** Data sources whose connection pools are reported; weak, so a destroyed one is forgotten. */
const pools = new Set<WeakRef<DataSource>>();

interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

/** The mysql2 pool behind a MySQL/MariaDB data source (TypeORM keeps it as `driver.pool`); none for SQLite. */
function poolsNow(): Array<{ name: string; pool: Mysql2Pool }> {
  const found: Array<{ name: string; pool: Mysql2Pool }> = [];
  for (const ref of pools) {
    const dataSource = ref.deref();
    if (!dataSource) {
      pools.delete(ref);
      continue;
    }
    const pool = (dataSource.driver as { pool?: Mysql2Pool }).pool;
    if (dataSource.isInitialized && pool?._allConnections)
      found.push({ name: String(dataSource.options.database ?? ''), pool });
  }
  return found;
}

/** A gauge read from every open MySQL pool at scrape time: `read` gives each pool's values by their `labels`. */
function poolGauge(
  name: string,
  help: string,
  labels: string[],
  read: (pool: Mysql2Pool) => Array<[Record<string, string>, number]>,
): Gauge {
  return new Gauge({
    name,
    help,
    labelNames: ['db_client_connection_pool_name', ...labels],
    registers: [registry],
    collect() {
      this.reset();
      for (const { name: pool, pool: mysqlPool } of poolsNow()) {
        for (const [labels, value] of read(mysqlPool))
          this.set({ db_client_connection_pool_name: pool, ...labels }, value);
      }
    },
  });
}

const dbConnectionCount = poolGauge(
  'db_client_connection_count',
  'Connections in a MySQL pool, by db_client_connection_state: used (lent to a statement or transaction) or idle.',
  ['db_client_connection_state'],
  (pool) => {
    const all = pool._allConnections?.length ?? 0;
    const idle = pool._freeConnections?.length ?? 0;
    return [
      [{ db_client_connection_state: 'idle' }, idle],
      [{ db_client_connection_state: 'used' }, all - idle],
    ];
  },
);
const dbConnectionMax = poolGauge(
  'db_client_connection_max',
  'The most connections a MySQL pool opens.',
  [],
  (pool) => [[{}, pool.config?.connectionLimit ?? 0]],
);
const dbConnectionPending = poolGauge(
  'db_client_connection_pending_requests',
  'Statements waiting for a free connection of a MySQL pool.',
  [],
  (pool) => [[{}, pool._connectionQueue?.length ?? 0]],
);

let processMetrics = false;

export const metrics = {
  registry,
  httpServerDuration,
  httpClientDuration,
  cacheLookups,
  dbOperationDuration,
  dbConnectionCount,
  dbConnectionMax,
  dbConnectionPending,
  /** Adds Node's own metrics (event loop lag, heap, GC, CPU, file descriptors) once per process: a service does, a script need not. */
  collectProcessMetrics(): void {
    if (processMetrics) return;
    processMetrics = true;
    collectDefaultMetrics({ register: registry });
  },
  /**
   * `METRICS=off`: every metric stops recording, so the bench can measure what measuring
   * costs against a service that measures nothing. For the rest of the process.
   */
  stopRecording(): void {
    const nothing = () => undefined;
    for (const histogram of [httpServerDuration, httpClientDuration, dbOperationDuration])
      Object.assign(histogram, { observe: nothing });
    Object.assign(cacheLookups, { inc: nothing });
    pools.clear();
  },
  /** Reports a data source's connection pool (MySQL) while it is open. */
  watchConnectionPool(dataSource: DataSource): void {
    pools.add(new WeakRef(dataSource));
  },
};

/** Seconds since `startedAt` (a `performance.now()` reading). */
export function secondsSince(startedAt: number): number {
  return (performance.now() - startedAt) / 1000;
}
