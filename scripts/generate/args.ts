/**
 * Command line of `pnpm generate`. Parsing never touches a database: bad input is
 * refused here with one clear line (exit 1) before anything is opened.
 */

export type Scale = 'small' | 'medium' | 'large';
export const scales: readonly Scale[] = ['small', 'medium', 'large'];

/** Used when --seed is not given: the same command always writes the same rows. */
export const DEFAULT_SEED = 20250515;
export const DEFAULT_MYSQL_URL = 'mysql://root@127.0.0.1:3306';
export const DEFAULT_DATABASE_PREFIX = 'partnership_';

export interface GenerateOptions {
  scale: Scale;
  seed: number;
  /** Server URL without a database (mysql://user:pass@host:port). */
  mysqlUrl: string;
  /** The three databases are `<prefix>institutions`, `<prefix>agreements`, `<prefix>talent`. */
  databasePrefix: string;
  allowRemote: boolean;
  /** Wipe the synthetic rows already in the databases, then generate. */
  replace: boolean;
  /** Print EXPLAIN of the list queries the dataset is meant to exercise. */
  explain: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage =
  'usage: pnpm generate --scale small|medium|large [--seed N] [--mysql-url mysql://user@127.0.0.1:3306] ' +
  '[--database-prefix partnership_] [--allow-remote] [--replace] [--explain]';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0:0:0:0:0:0:0:1']);

/** True for localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return loopbackHosts.has(host) || /^127(\.\d{1,3}){3}$/.test(host) || host.endsWith('.localhost');
}

/**
 * Checks the server URL: mysql://, no database in the path (the prefix names the
 * databases), and a loopback host unless `allowRemote`. Returns the URL with path `/`.
 */
export function checkMysqlUrl(url: string, allowRemote: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--mysql-url / MYSQL_URL must be a mysql:// URL, got "${url}"`);
  }
  if (parsed.protocol !== 'mysql:')
    throw new UsageError(`--mysql-url / MYSQL_URL must start with mysql://, got ${parsed.protocol}//`);
  if (parsed.pathname !== '' && parsed.pathname !== '/') {
    throw new UsageError(
      `--mysql-url names a database (${parsed.pathname}); give the server only and choose the databases with --database-prefix`,
    );
  }
  if (!allowRemote && !isLoopbackHost(parsed.hostname)) {
    throw new UsageError(
      `refusing to write into the MySQL server on "${parsed.hostname}", which is not a loopback address; ` +
        'pass --allow-remote if you really mean that server',
    );
  }
  parsed.pathname = '/';
  return parsed.toString();
}

export function parseGenerateArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): GenerateOptions {
  let scale: Scale | null = null;
  let seed = DEFAULT_SEED;
  let mysqlUrl = env.MYSQL_URL || DEFAULT_MYSQL_URL;
  let databasePrefix = DEFAULT_DATABASE_PREFIX;
  let allowRemote = false;
  let replace = false;
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value\n${usage}`);
      return v;
    };
    switch (flag) {
      case '--scale': {
        const v = value();
        if (!scales.includes(v as Scale))
          throw new UsageError(`--scale must be one of ${scales.join(', ')}, got "${v}"`);
        scale = v as Scale;
        break;
      }
      case '--seed': {
        const v = value();
        if (!/^\d{1,10}$/.test(v) || Number(v) > 0xffffffff)
          throw new UsageError(`--seed must be an integer between 0 and ${0xffffffff}, got "${v}"`);
        seed = Number(v);
        break;
      }
      case '--mysql-url':
        mysqlUrl = value();
        break;
      case '--database-prefix': {
        const v = value();
        if (!/^[A-Za-z0-9_]{1,40}$/.test(v))
          throw new UsageError(`--database-prefix may hold only letters, digits and _ (at most 40), got "${v}"`);
        databasePrefix = v;
        break;
      }
      case '--allow-remote':
        allowRemote = true;
        break;
      case '--replace':
        replace = true;
        break;
      case '--explain':
        explain = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError(usage);
      default:
        throw new UsageError(`unknown argument "${arg}"\n${usage}`);
    }
  }
  if (!scale) throw new UsageError(`--scale is required\n${usage}`);
  return { scale, seed, mysqlUrl: checkMysqlUrl(mysqlUrl, allowRemote), databasePrefix, allowRemote, replace, explain };
}
