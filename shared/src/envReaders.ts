/**
 * Environment is read and validated once, at boot, into a frozen object; a service
 * that is misconfigured refuses to start with a message naming the variable.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function readString(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

export function readInt(env: Env, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  // Decimal digits only: Number() would read " " as 0 and "0x10" as 16.
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/** An http(s) URL: `localhost:4001` parses as a URL of scheme "localhost:", and would fail only at the first request. */
export function readUrl(env: Env, name: string, fallback: string): string {
  const value = readString(env, name, fallback);
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${value}"`);
  }
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new ConfigError(`${name} must be an http(s) URL, got "${value}"`);
  return value;
}

/** REDIS_URL: the Redis every instance of a service shares (redis:// or rediss://), or null when unset. */
export function readRedisUrl(env: Env, name = 'REDIS_URL'): string | null {
  const value = readString(env, name, '');
  if (!value) return null;
  let protocol = '';
  try {
    protocol = new URL(value).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:')
    throw new ConfigError(`${name} must be a redis:// or rediss:// URL, got "${value}"`);
  return value;
}
