import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogConfig } from './logConfig';

export type { Logger } from 'pino';

/**
 * Keys whose values never reach a log line, wherever they sit in what is logged: a
 * token, a password or secret, and a person's name or email (or the variables of an
 * operation, which may hold them).
 */
const redactedKeys = ['authorization', 'cookie', 'token', 'password', 'secret', 'subgraphSecret', 'email', 'name', 'givenName', 'familyName', 'fullName', 'variables', 'parameters'];
const redactPaths = redactedKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/** Quoted literals in a database error's message ("Duplicate entry 'ana@example.org' for key …") are row values. */
function withoutLiterals(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.)*'/g, "'…'").replace(/"(?:[^"\\]|\\.)*"/g, '"…"');
}

/**
 * An error as a log line shows it: its type, code, message and stack, and nothing
 * else — a TypeORM or driver error also carries the statement's parameters, which
 * are row values. A database error's message loses its quoted values too.
 */
export function loggedError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; errno?: unknown; driverError?: unknown; sqlMessage?: unknown; query?: unknown };
  const fromDatabase = e.driverError !== undefined || e.sqlMessage !== undefined || e.query !== undefined || e.name === 'QueryFailedError';
  const scrub = (text: string) => (fromDatabase ? withoutLiterals(text) : text);
  return {
    type: e.name,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    message: scrub(e.message),
    ...(e.stack ? { stack: scrub(e.stack) } : {}),
  };
}

/**
 * A pino logger: one JSON object a line (`time` ISO 8601, `level` by name, `service`),
 * or pino-pretty's coloured lines. Written synchronously, so the last lines before an
 * exit are not lost.
 */
export function createLogger(config: LogConfig & { service?: string }, destination?: DestinationStream): Logger {
  const pretty = config.format === 'pretty';
  const options: pino.LoggerOptions = {
    level: config.level,
    base: config.service ? { service: config.service } : {},
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: loggedError, error: loggedError },
    // pino-pretty reads the level's number; JSON readers are better served by its name.
    ...(pretty ? {} : { formatters: { level: (label: string) => ({ level: label }) } }),
  };
  if (destination) return pino(options, destination);
  if (!pretty) return pino(options, pino.destination({ dest: 1, sync: true }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const prettyStream = require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
  // One line a record; the service is left out (its messages name it, and `pnpm start` prefixes each line with it).
  return pino(options, prettyStream({ sync: true, colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service', singleLine: true }));
}

let processLogger: Logger | null = null;

/** The process's logger; until a service names itself (startLogging), JSON at info without a service. */
export function logger(): Logger {
  return (processLogger ??= createLogger({ level: 'info', format: 'json' }));
}

/** Sets the process's logger up for one service, at boot (readConfigOrExit). */
export function startLogging(service: string, config: LogConfig): Logger {
  processLogger = createLogger({ ...config, service });
  return processLogger;
}
