import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogConfig } from './logConfig';
import { currentTraceIds } from './traceContext';

export type { Logger } from 'pino';

/**
 * Keys whose values never reach a log line, wherever they sit in what is logged: a
 * token, a password or secret, and a person's name or email (or the variables of an
 * operation, which may hold them).
 */
const redactedKeys = [
  'authorization',
  'cookie',
  'token',
  'password',
  'secret',
  'subgraphSecret',
  'email',
  'name',
  'givenName',
  'familyName',
  'fullName',
  'variables',
  'parameters',
];
// At the top and one level down (`headers.authorization`): deeper wildcards cost much more on every line.
const redactPaths = redactedKeys.flatMap((key) => [key, `*.${key}`]);

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
  const e = error as Error & {
    code?: unknown;
    errno?: unknown;
    driverError?: unknown;
    sqlMessage?: unknown;
    query?: unknown;
  };
  const fromDatabase =
    e.driverError !== undefined || e.sqlMessage !== undefined || e.query !== undefined || e.name === 'QueryFailedError';
  const scrub = (text: string) => (fromDatabase ? withoutLiterals(text) : text);
  return {
    type: e.name,
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: e.code } : {}),
    message: scrub(e.message),
    ...(e.stack ? { stack: scrub(e.stack) } : {}),
  };
}

/** Every line written during a request names its trace (`trace_id`, `span_id`), so an operator finds all of it. */
function traceIdsOfLine(): object {
  // A new object each time: pino merges the line's own keys into it.
  return currentTraceIds() ?? {};
}

/** Standard output as pino writes it: JSON lines, or pino-pretty's one line a record. */
function standardOutput(format: LogConfig['format']): DestinationStream {
  if (format === 'json') return pino.destination({ dest: 1, sync: true });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const prettyStream = require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
  // The service is left out: its messages name it, and `pnpm start` prefixes each line with it;
  // so is the span id (the trace id stays, to find a request's lines).
  return prettyStream({
    sync: true,
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,span_id',
    singleLine: true,
  });
}

/**
 * A pino logger: one JSON object a line (`time` ISO 8601, `level` by name, `service`,
 * and `trace_id`/`span_id` within a request), or pino-pretty's lines, to standard output unless given a destination. Written
 * synchronously, so the last lines before an exit are not lost. `redact: false` is for
 * lines whose every key the caller chose (a request's line): redaction costs on every line.
 */
export function createLogger(
  config: LogConfig & { service?: string },
  destination?: DestinationStream,
  options: { redact?: boolean } = {},
): Logger {
  return pino(
    {
      level: config.level,
      base: config.service ? { service: config.service } : {},
      timestamp: pino.stdTimeFunctions.isoTime,
      ...(options.redact === false ? {} : { redact: { paths: redactPaths, censor: '[redacted]' } }),
      serializers: { err: loggedError, error: loggedError },
      mixin: traceIdsOfLine,
      // pino-pretty reads the level's number; JSON readers are better served by its name.
      ...(config.format === 'pretty' ? {} : { formatters: { level: (label: string) => ({ level: label }) } }),
    },
    destination ?? standardOutput(config.format),
  );
}

let processLoggers: { general: Logger; requests: Logger } | null = null;

function loggersFor(config: LogConfig & { service?: string }): { general: Logger; requests: Logger } {
  const output = standardOutput(config.format);
  return { general: createLogger(config, output), requests: createLogger(config, output, { redact: false }) };
}

/** The process's logger; until a service names itself (startLogging), JSON at info without a service. */
export function logger(): Logger {
  return (processLoggers ??= loggersFor({ level: 'info', format: 'json' })).general;
}

/** The same, without redaction, for the per-request line, whose keys are fixed (recordRequest). */
export function requestLogger(): Logger {
  return (processLoggers ??= loggersFor({ level: 'info', format: 'json' })).requests;
}

/** Sets the process's loggers up for one service, at boot (readConfigOrExit). */
export function startLogging(service: string, config: LogConfig): void {
  processLoggers = loggersFor({ ...config, service });
}
