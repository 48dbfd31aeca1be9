import { hasRole, type Caller, type Role } from '../context/Caller';
import { forbidden, notAuthenticated } from '../graphql/errors';

/**
 * Throws unless the caller holds one of `roles` (admin always counts): UNAUTHENTICATED for
 * an anonymous caller, FORBIDDEN for one without the role. Checked before anything else,
 * so a refused caller learns nothing about the input. Returns the actor for the audit log.
 */
export function assertRole(caller: Caller, roles: readonly Role[], operation: string): string {
  if (caller.id !== null && hasRole(caller, ...roles)) return caller.id;
  const named = roles.includes('admin') ? 'admin' : `${roles.join(' or ')} or admin`;
  if (caller.id === null)
    throw notAuthenticated(`Not authenticated: ${operation} needs a token with the role ${named}`);
  throw forbidden(`Forbidden: ${operation} needs the role ${named}`);
}
