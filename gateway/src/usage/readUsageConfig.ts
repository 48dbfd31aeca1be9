import { ConfigError, readDatabaseConfig, readInt, readString, type DatabaseConfig } from '@partnership-graph/shared';

/** How the gateway records usage, and where (see README, Operating › Usage). */
export interface UsageConfig {
  /** USAGE_RECORDING: 1 (default) records usage, 0 records nothing. */
  enabled: boolean;
  /** The gateway's own database: GATEWAY_MYSQL_URL or MYSQL_URL, else `<SQLITE_DIR>/gateway.sqlite`. */
  database: DatabaseConfig;
  /** USAGE_RETENTION_DAYS: usage older than this is deleted. */
  retentionDays: number;
  /** USAGE_FLUSH_MS: how often what was counted in memory is written. */
  flushMs: number;
  /** USAGE_MAX_KEYS: the most operation × client × minute rows (and operations) held between two writes. */
  maxKeys: number;
}

type Env = Record<string, string | undefined>;

export function readUsageConfig(env: Env): Readonly<UsageConfig> {
  const recording = readString(env, 'USAGE_RECORDING', '1');
  if (recording !== '0' && recording !== '1')
    throw new ConfigError(`USAGE_RECORDING must be 0 or 1, got "${recording}"`);
  return Object.freeze({
    enabled: recording === '1',
    database: readDatabaseConfig(env, 'gateway'),
    retentionDays: readInt(env, 'USAGE_RETENTION_DAYS', 30, 1, 3_660),
    flushMs: readInt(env, 'USAGE_FLUSH_MS', 15_000, 100, 3_600_000),
    maxKeys: readInt(env, 'USAGE_MAX_KEYS', 10_000, 10, 1_000_000),
  });
}
