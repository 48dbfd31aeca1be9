import { SignJWT } from 'jose';
import type { Role } from '../context/Caller';

/** Mints an HS256 token for local use and tests (`pnpm run token`). */
export async function mintToken(
  secret: string,
  claims: { sub: string; roles: Role[]; institutionId?: string | null },
  expiresIn: string | number = '8h',
): Promise<string> {
  return new SignJWT({ roles: claims.roles, ...(claims.institutionId ? { institutionId: claims.institutionId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
