import path from 'node:path';
import { readAuthConfig, type AuthConfig } from './auth/authConfig';
import { ConfigError, readInt, readString } from './envReaders';

export { ConfigError, readInt, readString, readUrl } from './envReaders';

type Env = Record<string, string | undefined>;

export type DatabaseConfig =
  | { kind: 'mysql'; url: string; database: string }
  | { kind: 'sqlite'; file: string };

/** The repository root, where `.data/` holds the embedded databases. */
export const repositoryRoot = path.resolve(__dirname, '..', '..');

/**
 * Picks the database of one subgraph. `<SERVICE>_MYSQL_URL` or `MYSQL_URL` selects
 * MySQL; the database is the URL's path or `partnership_<service>`. Without either,
 * an embedded SQLite file `<SQLITE_DIR or .data>/<service>.sqlite` is used.
 */
export function readDatabaseConfig(env: Env, service: string): DatabaseConfig {
  const specificName = `${service.toUpperCase()}_MYSQL_URL`;
  const url = env[specificName] || env.MYSQL_URL;
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`${env[specificName] ? specificName : 'MYSQL_URL'} must be a mysql:// URL`);
    }
    if (parsed.protocol !== 'mysql:') throw new ConfigError(`MYSQL_URL must start with mysql://, got ${parsed.protocol}`);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || `partnership_${service}`;
    if (!/^[A-Za-z0-9_]{1,64}$/.test(database)) throw new ConfigError(`invalid MySQL database name "${database}"`);
    parsed.pathname = '/';
    return Object.freeze({ kind: 'mysql', url: parsed.toString(), database });
  }
  const dir = readString(env, 'SQLITE_DIR', path.join(repositoryRoot, '.data'));
  return Object.freeze({ kind: 'sqlite', file: path.join(dir, `${service}.sqlite`) });
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
  /** Token verification and the gateway's shared secret. */
  auth: Readonly<AuthConfig>;
  /** How long an idempotency key of a create-style mutation is kept, in hours (IDEMPOTENCY_KEY_TTL_HOURS). */
  idempotencyKeyTtlHours: number;
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
    auth: readAuthConfig(env, { host, variable: 'HOST' }),
    idempotencyKeyTtlHours: readInt(env, 'IDEMPOTENCY_KEY_TTL_HOURS', 24, 1, 24 * 366),
  });
}
