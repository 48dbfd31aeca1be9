import path from 'node:path';
import { readAuthConfig, type AuthConfig } from './auth/authConfig';
import { DEFAULT_READ_CACHE_MS } from './database/readCache';
import { ConfigError, readInt, readString } from './envReaders';
import { readMetricsConfig, type MetricsConfig } from './observability/metricsConfig';

export { ConfigError, readInt, readRedisUrl, readString, readUrl } from './envReaders';

type Env = Record<string, string | undefined>;

export type DatabaseConfig = { kind: 'mysql'; url: string; database: string } | { kind: 'sqlite'; file: string };

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
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`${name} must be a mysql:// URL`);
    }
    if (parsed.protocol !== 'mysql:') throw new ConfigError(`${name} must start with mysql://, got ${parsed.protocol}`);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || `partnership_${service}`;
    if (!/^[A-Za-z0-9_]{1,64}$/.test(database))
      throw new ConfigError(
        `${name} names an invalid MySQL database "${database}" (letters, digits and _ only, at most 64)`,
      );
    parsed.pathname = '/';
    return Object.freeze({ kind: 'mysql', url: parsed.toString(), database });
  }
  // A relative folder is the repository's, wherever the service was started from.
  const dir = path.resolve(repositoryRoot, readString(env, 'SQLITE_DIR', '.data'));
  return Object.freeze({ kind: 'sqlite', file: path.join(dir, `${service}.sqlite`) });
}

/** Where a subgraph's data lives, for people: the MySQL server (no credentials) and database, or the SQLite file. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return `embedded SQLite ${database.file}`;
  const server = new URL(database.url);
  return `MySQL database ${database.database} on ${server.host}`;
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
  });
}
