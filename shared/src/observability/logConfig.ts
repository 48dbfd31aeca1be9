import { ConfigError, readString } from '../envReaders';

type Env = Record<string, string | undefined>;

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof levels)[number];

/** How a service logs: JSON lines for machines, or pino-pretty's lines for a person at a terminal. */
export interface LogConfig {
  level: LogLevel;
  format: 'json' | 'pretty';
}

/** `LOG_LEVEL` (default info) and `LOG_FORMAT` (default pretty when stdout is a terminal, else json). */
export function readLogConfig(env: Env, stdoutIsTerminal = process.stdout.isTTY === true): Readonly<LogConfig> {
  const level = readString(env, 'LOG_LEVEL', 'info').toLowerCase();
  if (!(levels as readonly string[]).includes(level))
    throw new ConfigError(`LOG_LEVEL must be one of ${levels.join(', ')}, got "${level}"`);
  const format = readString(env, 'LOG_FORMAT', stdoutIsTerminal ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty')
    throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${format}"`);
  return Object.freeze({ level: level as LogLevel, format });
}
