import net from 'node:net';
import { ConfigError, readInt, readString, readUrl } from '../envReaders';

/**
 * Clearly-labelled LOCAL DEVELOPMENT DEFAULTS. They let `pnpm start` and the tests
 * run with no setup. They are public (they are in the repository), so a service
 * refuses to start on them when it listens on anything but loopback, or with
 * NODE_ENV=production.
 */
export const DEV_JWT_SECRET = 'local-development-only-jwt-secret-not-for-production';
export const DEV_SUBGRAPH_SECRET = 'local-development-only-subgraph-secret-not-for-production';

/** The header the gateway sets on every subgraph request; subgraphs refuse requests without it. */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

export interface AuthConfig {
  /** HS256 secret for tokens minted locally (`pnpm run token`). */
  jwtSecret: string | null;
  /** RS256: where the identity provider publishes its keys. Takes precedence over the secret. */
  jwksUrl: string | null;
  /** The `iss` a token must carry (required with a JWKS: the provider signs tokens for other applications too). */
  issuer: string | null;
  /** The `aud` a token must carry (required with a JWKS). */
  audience: string | null;
  /** How far `exp` and `nbf` may be off, for clocks that disagree a little. */
  clockToleranceMs: number;
  /** The JWKS is fetched with this timeout, well under a subgraph fetch's, so an unreachable provider is a quick UNAUTHENTICATED. */
  jwksTimeoutMs: number;
  /** After a fetch, a token naming an unknown key does not fetch the keys again for this long (key rotation is picked up after it). */
  jwksCooldownMs: number;
  /** Fetched keys are used for this long before they are fetched again. */
  jwksCacheMs: number;
  /** Shared secret between the gateway and the subgraphs. */
  subgraphSecret: string;
  production: boolean;
}

/** Where a service listens, and the variable that set it, for the development-secret check. */
export interface ListenAddress {
  host: string;
  variable: string;
}

/**
 * Whether `host` can only be reached from this machine: 127.0.0.0/8, ::1 (also
 * IPv4-mapped) or `localhost`. Any other address or name — 0.0.0.0, ::, a LAN address,
 * a host name — may be reachable from elsewhere.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost') return true;
  const mapped = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  if (net.isIPv4(mapped)) return mapped.startsWith('127.');
  if (!net.isIPv6(bare)) return false;
  // ::1 however it is spelled (0:0:0:0:0:0:0:1, 0::1, …).
  const [head, tail = ''] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = bare.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return groups.map((g) => parseInt(g, 16)).join(':') === '0:0:0:0:0:0:0:1';
}

export function readAuthConfig(
  env: Record<string, string | undefined> = process.env,
  listen?: ListenAddress,
): Readonly<AuthConfig> {
  const production = env.NODE_ENV === 'production';
  const jwksUrl = readString(env, 'JWT_JWKS_URL', '') ? readUrl(env, 'JWT_JWKS_URL', '') : null;
  if (jwksUrl && !/^https?:$/.test(new URL(jwksUrl).protocol))
    throw new ConfigError(`JWT_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
  const issuer = readString(env, 'JWT_ISSUER', '') || null;
  const audience = readString(env, 'JWT_AUDIENCE', '') || null;
  if (jwksUrl && (!issuer || !audience)) {
    const missing = [issuer ? null : 'JWT_ISSUER', audience ? null : 'JWT_AUDIENCE'].filter(Boolean).join(' and ');
    throw new ConfigError(
      `JWT_JWKS_URL needs ${missing} set too: the identity provider signs tokens for other applications as well`,
    );
  }
  const jwtSecret = readString(env, 'JWT_SECRET', jwksUrl ? '' : DEV_JWT_SECRET) || null;
  const subgraphSecret = readString(env, 'SUBGRAPH_SECRET', DEV_SUBGRAPH_SECRET);
  refuseDevelopmentSecrets({ production, jwtSecret, subgraphSecret, listen });
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (subgraphSecret.length < 32) throw new ConfigError('SUBGRAPH_SECRET must be at least 32 characters');
  return Object.freeze({
    jwtSecret,
    jwksUrl,
    issuer,
    audience,
    clockToleranceMs: readInt(env, 'JWT_CLOCK_TOLERANCE_MS', 30_000, 0, 600_000),
    jwksTimeoutMs: readInt(env, 'JWT_JWKS_TIMEOUT_MS', 2_000, 100, 10_000),
    jwksCooldownMs: readInt(env, 'JWT_JWKS_COOLDOWN_MS', 30_000, 0, 3_600_000),
    jwksCacheMs: readInt(env, 'JWT_JWKS_CACHE_MS', 600_000, 1_000, 86_400_000),
    subgraphSecret,
    production,
  });
}

/**
 * The development secrets are public: anyone who can reach a service running on them
 * can mint an admin token or call a subgraph directly. They are refused in production
 * and whenever the service listens beyond loopback, whatever NODE_ENV says.
 */
function refuseDevelopmentSecrets(options: {
  production: boolean;
  jwtSecret: string | null;
  subgraphSecret: string;
  listen?: ListenAddress;
}): void {
  const { production, jwtSecret, subgraphSecret, listen } = options;
  const exposed = listen && !isLoopbackHost(listen.host);
  if (!production && !exposed) return;
  const toSet: string[] = [];
  if (jwtSecret === DEV_JWT_SECRET)
    toSet.push('JWT_SECRET (at least 32 characters; or JWT_JWKS_URL with JWT_ISSUER and JWT_AUDIENCE)');
  if (subgraphSecret === DEV_SUBGRAPH_SECRET)
    toSet.push('SUBGRAPH_SECRET (at least 32 characters, the same for the gateway and every subgraph)');
  if (!toSet.length) return;
  const why = [
    exposed ? `${listen.variable}=${listen.host} is not a loopback address` : null,
    production ? 'NODE_ENV=production' : null,
  ]
    .filter(Boolean)
    .join(' and ');
  throw new ConfigError(`the public development secrets are refused (${why}): set ${toSet.join(' and ')}`);
}
