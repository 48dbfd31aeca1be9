import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { GraphQLError } from 'graphql';
import { anonymousCaller, isRole, type Caller, type Role } from '../context/Caller';
import { isValidId } from '../graphql/ids';
import { logger } from '../observability/logger';
import type { AuthConfig } from './authConfig';

export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** The identity provider's keys could not be fetched (unreachable, slow, or not a key set). */
class KeysUnavailable extends Error {}

/** Client-facing reasons for a refused token: what to fix, never an internal detail. */
function refusalReason(error: unknown): string {
  if (error instanceof KeysUnavailable)
    return "the identity provider's signing keys could not be fetched; try again shortly";
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'the token was issued by another issuer';
    if (error.claim === 'aud') return 'the token is meant for another audience';
    if (error.claim === 'nbf') return 'the token is not valid yet';
    return `the token lacks a valid "${error.claim}" claim`;
  }
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'the token is signed with a key the identity provider does not publish';
  return 'the token is not valid';
}

/**
 * The identity provider's key set, fetched with a short timeout, cached, and fetched
 * again for an unknown key only after a cool-down; a failed fetch becomes
 * KeysUnavailable so the caller hears why (and the log says where).
 */
function remoteKeySet(config: AuthConfig, url: string): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(url), {
    timeoutDuration: config.jwksTimeoutMs,
    cooldownDuration: config.jwksCooldownMs,
    cacheMaxAge: config.jwksCacheMs,
  });
  let lastWarning = 0;
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      const aboutTheKey =
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys ||
        error instanceof errors.JOSENotSupported ||
        error instanceof errors.JWKInvalid;
      if (aboutTheKey) throw error;
      // One line in the log every ten seconds at most, however many requests fail.
      if (Date.now() - lastWarning > 10_000) {
        lastWarning = Date.now();
        logger().warn(
          `JWT_JWKS_URL ${url}: the signing keys could not be fetched (${error instanceof Error ? error.message || error.name : String(error)}); tokens are refused until it answers`,
        );
      }
      throw new KeysUnavailable();
    }
  };
}

/**
 * Verifies bearer tokens (HS256 with a secret, or RS256 against a JWKS) and turns
 * their claims into a Caller. No token is an anonymous caller; a bad token is an
 * UNAUTHENTICATED error, never a silent downgrade.
 */
export class CallerVerifier {
  private readonly jwks: JWTVerifyGetKey | null;
  private readonly secret: Uint8Array | null;

  constructor(private readonly config: AuthConfig) {
    this.jwks = config.jwksUrl ? remoteKeySet(config, config.jwksUrl) : null;
    this.secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : null;
  }

  async fromAuthorizationHeader(header: string | null | undefined): Promise<Caller> {
    if (!header) return anonymousCaller;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header.trim());
    if (!match) throw unauthenticated('the Authorization header must be "Bearer <JWT>"');
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<Caller> {
    let payload: Record<string, unknown>;
    try {
      const options = {
        issuer: this.config.issuer ?? undefined,
        audience: this.config.audience ?? undefined,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: this.config.clockToleranceMs / 1000,
      };
      const result = this.jwks
        ? await jwtVerify(token, this.jwks, { ...options, algorithms: ['RS256'] })
        : await jwtVerify(token, this.secret as Uint8Array, { ...options, algorithms: ['HS256'] });
      payload = result.payload as Record<string, unknown>;
    } catch (error) {
      throw unauthenticated(refusalReason(error));
    }
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((r): r is Role => typeof r === 'string' && isRole(r))
      : [];
    const institutionId =
      typeof payload.institutionId === 'string' && isValidId(payload.institutionId) ? payload.institutionId : null;
    return Object.freeze({ id: String(payload.sub), roles: Object.freeze(roles), institutionId });
  }
}
