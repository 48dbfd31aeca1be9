import { forbidden, hasRole, notAuthenticated, type Caller, type Role } from '@partnership-graph/shared';

/**
 * Who may do what in this subgraph. Reading agreements and events is open to every
 * caller the gateway lets through; every write needs the role editor:agreements (or
 * admin), and the audit log is for admins only. An anonymous caller is told to
 * authenticate (UNAUTHENTICATED); an authenticated one without the role is FORBIDDEN.
 * Checked before anything else, so a refused caller learns nothing about the input.
 */
export const EDITOR_ROLE: Role = 'editor:agreements';

function refuse(caller: Caller, what: string, roles: string): never {
  if (caller.id === null) throw notAuthenticated(`Not authenticated: ${what} needs a token with the role ${roles}`);
  throw forbidden(`Forbidden: ${what} needs the role ${roles}`);
}

/** Throws unless the caller may record and change agreements and events. Returns the actor for the audit log. */
export function assertEditor(caller: Caller, action: string): string {
  if (caller.id === null || !hasRole(caller, EDITOR_ROLE)) refuse(caller, action, `${EDITOR_ROLE} or admin`);
  return caller.id;
}

/** Throws unless the caller is an admin. */
export function assertAdmin(caller: Caller, what: string): void {
  if (caller.id === null || !hasRole(caller, 'admin')) refuse(caller, what, 'admin');
}
