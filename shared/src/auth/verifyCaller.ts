import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { GraphQLError } from 'graphql';
import { anonymousCaller, type Caller, type Role } from '../context/Caller';
import { isValidId } from '../graphql/ids';
import type { AuthConfig } from './authConfig';

const knownRoles: ReadonlySet<string> = new Set<Role>([
  'viewer',
  'analyst',
  'editor:institutions',
  'editor:agreements',
  'editor:talent',
  'registrar',
  'admin',
]);

export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
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
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
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
      };
      const result = this.jwks
        ? await jwtVerify(token, this.jwks, { ...options, algorithms: ['RS256'] })
        : await jwtVerify(token, this.secret as Uint8Array, { ...options, algorithms: ['HS256'] });
      payload = result.payload as Record<string, unknown>;
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw unauthenticated(code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid');
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => typeof r === 'string' && knownRoles.has(r)) : [];
    const institutionId = typeof payload.institutionId === 'string' && isValidId(payload.institutionId) ? payload.institutionId : null;
    return Object.freeze({ id: String(payload.sub), roles: Object.freeze(roles), institutionId });
  }
}
