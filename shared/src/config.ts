import path from 'node:path';
import { readAuthConfig, type AuthConfig } from './auth/authConfig';
import { DEFAULT_READ_CACHE_MS } from './database/readCache';
import { ConfigError, readInt, readRedisUrl, readString } from './envReaders';
import { readMetricsConfig, type MetricsConfig } from './observability/metricsConfig';

export { ConfigError, readInt, readRedisUrl, readString, readUrl } from './envReaders';

type Env = Record<string, string | undefined>;

export type DatabaseConfig =
  | {
      kind: 'mysql';
      url: string;
      database: string;
      /** Servers replicating the primary (`<SERVICE>_MYSQL_REPLICA_URLS`): reads may go there, see readRouting. */
      replicaUrls?: readonly string[];
    }
  | { kind: 'sqlite'; file: string };

/** `mysql://` URL → the server part (path `/`), refusing anything else. */
function mysqlServer(name: string, url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`${name} must be a mysql:// URL`);
  }
  if (parsed.protocol !== 'mysql:') throw new ConfigError(`${name} must start with mysql://, got ${parsed.protocol}`);
  return parsed;
}

/** The repository root, where `.data/` holds the embedded databases. */
export const repositoryRoot = path.resolve(__dirname, '..', '..');

/**
 * Picks the database of one subgraph. `<SERVICE>_MYSQL_URL` or `MYSQL_URL` selects
 * MySQL; the database is the URL's path or `partnership_<service>`. Without either,
 * an embedded SQLite file `<SQLITE_DIR or .data>/<service>.sqlite` is used.
 */
export function readDatabaseConfig(env: Env, service: string): DatabaseConfig {
  const specificName = `${service.toUpperCase()}_MYSQL_URL`;
  const name = env[specificName] ? specificName : 'MYSQL_URL';
  const url = env[name];
  if (url) {
    const parsed = mysqlServer(name, url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || `partnership_${service}`;
    if (!/^[A-Za-z0-9_]{1,64}$/.test(database))
      throw new ConfigError(
        `${name} names an invalid MySQL database "${database}" (letters, digits and _ only, at most 64)`,
      );
    parsed.pathname = '/';
    // The same database on each replica: only the servers differ (a path in a replica URL is ignored).
    const replicasName = `${service.toUpperCase()}_MYSQL_REPLICA_URLS`;
    const replicaUrls = readString(env, replicasName, '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean)
      .map((u) => {
        const replica = mysqlServer(replicasName, u);
        replica.pathname = '/';
        return replica.toString();
      });
    if (!replicaUrls.length) return Object.freeze({ kind: 'mysql', url: parsed.toString(), database });
    return Object.freeze({ kind: 'mysql', url: parsed.toString(), database, replicaUrls: Object.freeze(replicaUrls) });
  }
  // A relative folder is the repository's, wherever the service was started from.
  const dir = path.resolve(repositoryRoot, readString(env, 'SQLITE_DIR', '.data'));
  return Object.freeze({ kind: 'sqlite', file: path.join(dir, `${service}.sqlite`) });
}

/** Where a subgraph's data lives, for people: the MySQL server (no credentials) and database, or the SQLite file. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return `embedded SQLite ${database.file}`;
  const server = new URL(database.url);
  const replicas = (database.replicaUrls ?? []).map((u) => new URL(u).host);
  return `MySQL database ${database.database} on ${server.host}${replicas.length ? ` (replicas on ${replicas.join(', ')})` : ''}`;
}

export interface SubgraphConfig {
  service: string;
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Seed an empty database on start (SEED_ON_START=0 turns it off). */
  seedOnStart: boolean;
  /** Largest request body a service accepts, in bytes. */
  bodyLimitBytes: number;
  /** How long an aggregate read (`totalCount`, statistics, facets) is reused when nothing was written (0: off). */
  readCacheMs: number;
  /** Token verification and the gateway's shared secret. */
  auth: Readonly<AuthConfig>;
  /** How long an idempotency key of a create-style mutation is kept, in hours (IDEMPOTENCY_KEY_TTL_HOURS). */
  idempotencyKeyTtlHours: number;
  /** Where `/metrics` is answered and whether it asks for a token (METRICS_PORT, METRICS_TOKEN). */
  metrics: Readonly<MetricsConfig>;
  /** Redis shared by every instance of every subgraph (REDIS_URL): aggregate-cache invalidation and read-your-writes pins. */
  redisUrl: string | null;
  /** How reads use the database's replicas (REPLICA_MAX_LAG_MS, REPLICA_PIN_MS, REPLICA_CHECK_MS). */
  replicas: Readonly<ReplicaSettings>;
}

/** See readRouting: when a replica is used, and for how long a writer reads from the primary. */
export interface ReplicaSettings {
  /** A replica further behind than this (its Seconds_Behind_Master) is taken out of use. */
  maxLagMs: number;
  /** After a caller's write, that caller's reads go to the primary for this long (every instance, through Redis). */
  pinMs: number;
  /** How often each replica's state is read. */
  checkMs: number;
}

/** The replica settings; a pin shorter than the largest lag allowed (plus the lag's 1 s resolution) would not cover it. */
export function readReplicaSettings(env: Env): Readonly<ReplicaSettings> {
  const maxLagMs = readInt(env, 'REPLICA_MAX_LAG_MS', 2_000, 0, 3_600_000);
  const pinMs = readInt(env, 'REPLICA_PIN_MS', maxLagMs + 3_000, 0, 3_600_000);
  if (pinMs < maxLagMs + 1_000)
    throw new ConfigError(
      `REPLICA_PIN_MS must be at least REPLICA_MAX_LAG_MS + 1000 (${maxLagMs + 1_000}): a writer's reads must stay on the primary until any replica in use has the write, got ${pinMs}`,
    );
  return Object.freeze({ maxLagMs, pinMs, checkMs: readInt(env, 'REPLICA_CHECK_MS', 1_000, 50, 60_000) });
}

export function readSubgraphConfig(env: Env, service: string, defaultPort: number): Readonly<SubgraphConfig> {
  const portName = `${service.toUpperCase()}_PORT`;
  const host = readString(env, 'HOST', '127.0.0.1');
  return Object.freeze({
    service,
    host,
    port: readInt(env, portName, defaultPort, 0, 65535),
    database: readDatabaseConfig(env, service),
    seedOnStart: readString(env, 'SEED_ON_START', '1') !== '0',
    bodyLimitBytes: readInt(env, 'BODY_LIMIT_BYTES', 1_000_000, 1_000, 100_000_000),
    readCacheMs: readInt(env, 'READ_CACHE_MS', DEFAULT_READ_CACHE_MS, 0, 3_600_000),
    auth: readAuthConfig(env, { host, variable: 'HOST' }),
    idempotencyKeyTtlHours: readInt(env, 'IDEMPOTENCY_KEY_TTL_HOURS', 24, 1, 24 * 366),
    metrics: readMetricsConfig(env),
    redisUrl: readRedisUrl(env),
    replicas: readReplicaSettings(env),
  });
}
