import { ConfigError, readString } from '../config';

/**
 * Clearly-labelled LOCAL DEVELOPMENT DEFAULTS. They let `pnpm start` and the tests
 * run with no setup; with NODE_ENV=production a service refuses to start on them.
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
  issuer: string | null;
  audience: string | null;
  /** Shared secret between the gateway and the subgraphs. */
  subgraphSecret: string;
  production: boolean;
}

export function readAuthConfig(env: Record<string, string | undefined> = process.env): Readonly<AuthConfig> {
  const production = env.NODE_ENV === 'production';
  const jwksUrl = env.JWT_JWKS_URL || null;
  const jwtSecret = readString(env, 'JWT_SECRET', jwksUrl ? '' : DEV_JWT_SECRET) || null;
  const subgraphSecret = readString(env, 'SUBGRAPH_SECRET', DEV_SUBGRAPH_SECRET);
  if (production && (jwtSecret === DEV_JWT_SECRET || subgraphSecret === DEV_SUBGRAPH_SECRET)) {
    throw new ConfigError('NODE_ENV=production needs JWT_SECRET (or JWT_JWKS_URL) and SUBGRAPH_SECRET set; the development defaults are refused');
  }
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  if (subgraphSecret.length < 32) throw new ConfigError('SUBGRAPH_SECRET must be at least 32 characters');
  return Object.freeze({
    jwtSecret,
    jwksUrl,
    issuer: env.JWT_ISSUER || null,
    audience: env.JWT_AUDIENCE || null,
    subgraphSecret,
    production,
  });
}
