import { ConfigError, readInt, readString } from '../envReaders';

type Env = Record<string, string | undefined>;

/** Where `/metrics` is answered and who may read it. */
export interface MetricsConfig {
  /** False with `METRICS=off`: nothing is measured and `/metrics` is not answered (to measure what measuring costs). */
  enabled: boolean;
  /** A port of its own (on the service's HOST) for `/metrics`; null: the service's own port. */
  port: number | null;
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token: string | null;
}

/** `METRICS` (`on` or `off`), `METRICS_PORT` (0 or unset: the service's port) and `METRICS_TOKEN` (unset: no token asked). */
export function readMetricsConfig(env: Env): Readonly<MetricsConfig> {
  const switched = readString(env, 'METRICS', 'on');
  if (switched !== 'on' && switched !== 'off') throw new ConfigError(`METRICS must be on or off, got ${switched}`);
  const port = readInt(env, 'METRICS_PORT', 0, 0, 65535);
  const token = readString(env, 'METRICS_TOKEN', '');
  // A guessable token protects nothing.
  if (token && token.length < 16)
    throw new ConfigError(`METRICS_TOKEN must be at least 16 characters, got ${token.length}`);
  return Object.freeze({ enabled: switched === 'on', port: port === 0 ? null : port, token: token || null });
}
