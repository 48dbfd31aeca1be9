import path from 'node:path';
import { isLoopbackHost } from '../generate/args';
import type { ImportOptions } from './importFile';
import { DEFAULT_IMPORT_TIMEOUT_MS } from './gatewayClient';
import { recordTypes } from './recordTypes';

/**
 * Command line of `pnpm load` (`pnpm import` is pnpm's own lockfile command; `pnpm run import` is another name). Parsing opens nothing: bad input is refused here with
 * one clear line (exit 1).
 */
/** The options of an import as the command line gives them; without --token the command mints one. */
export type ImportArgs = Omit<ImportOptions, 'token'> & { token: string | null };

export class UsageError extends Error {}

export const usage =
  'usage: pnpm load <file> [--type ' +
  recordTypes.map((t) => t.name).join('|') +
  '] [--format csv|json|ror] [--dry-run] [--skip-invalid] [--report FILE] [--url http://127.0.0.1:4000/] [--token JWT] [--batch-size 500] [--timeout-ms 120000] [--allow-remote]';

/** Bounds of --timeout-ms / IMPORT_TIMEOUT_MS: from a second to an hour per batch. */
const TIMEOUT_RANGE = [1_000, 3_600_000] as const;

function timeoutMs(raw: string, name: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < TIMEOUT_RANGE[0] || value > TIMEOUT_RANGE[1]) {
    throw new UsageError(
      `${name} must be a whole number of milliseconds from ${TIMEOUT_RANGE[0]} to ${TIMEOUT_RANGE[1]}, got "${raw}"`,
    );
  }
  return value;
}

export function parseImportArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ImportArgs {
  const cwd = env.INIT_CWD ?? process.cwd();
  const args: ImportArgs = {
    file: '',
    type: null,
    format: null,
    dryRun: false,
    skipInvalid: false,
    report: null,
    url: env.GATEWAY_URL || 'http://127.0.0.1:4000/',
    token: env.GATEWAY_TOKEN || null,
    batchSize: 500,
    timeoutMs: env.IMPORT_TIMEOUT_MS
      ? timeoutMs(env.IMPORT_TIMEOUT_MS, 'IMPORT_TIMEOUT_MS')
      : DEFAULT_IMPORT_TIMEOUT_MS,
    workingDirectory: cwd,
  };
  let allowRemote = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--type') {
      const type = value();
      if (!recordTypes.some((t) => t.name === type))
        throw new UsageError(`unknown --type "${type}"; one of: ${recordTypes.map((t) => t.name).join(', ')}`);
      args.type = type;
    } else if (arg === '--format') {
      const format = value();
      if (format !== 'csv' && format !== 'json' && format !== 'ror')
        throw new UsageError(`--format must be csv, json or ror, got "${format}"`);
      args.format = format;
    } else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--skip-invalid') args.skipInvalid = true;
    else if (arg === '--allow-remote') allowRemote = true;
    else if (arg === '--report') args.report = path.resolve(cwd, value());
    else if (arg === '--url') args.url = value();
    else if (arg === '--token') args.token = value();
    else if (arg === '--batch-size') {
      const size = Number(value());
      if (!Number.isInteger(size) || size < 1 || size > 1000)
        throw new UsageError('--batch-size must be a whole number from 1 to 1000');
      args.batchSize = size;
    } else if (arg === '--timeout-ms') args.timeoutMs = timeoutMs(value(), '--timeout-ms');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (!args.file) args.file = path.resolve(cwd, arg);
    else throw new UsageError(`unexpected argument "${arg}" (one file per import)`);
  }
  if (!args.file) throw new UsageError(usage);
  if (args.type && args.format === 'ror' && args.type !== 'institutions')
    throw new UsageError('--format ror imports institutions only');
  let url: URL;
  try {
    url = new URL(args.url);
  } catch {
    throw new UsageError(`--url / GATEWAY_URL must be an http(s) URL, got "${args.url}"`);
  }
  if (!/^https?:$/.test(url.protocol))
    throw new UsageError(`--url / GATEWAY_URL must be an http(s) URL, got "${args.url}"`);
  if (!allowRemote && !isLoopbackHost(url.hostname)) {
    throw new UsageError(
      `refusing to import into the gateway on "${url.hostname}", which is not a loopback address; pass --allow-remote if that is meant`,
    );
  }
  return args;
}
