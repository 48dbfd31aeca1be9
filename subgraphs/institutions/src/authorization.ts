import { forbidden, hasRole, notAuthenticated, type Caller, type Role } from '@partnership-graph/shared';

/**
 * Who may do what in this subgraph. Reading institutions and people is open to every
 * caller the gateway lets through; imports need the role editor:institutions (or
 * admin), and the audit log is for admins only. An anonymous caller is told to
 * authenticate (UNAUTHENTICATED); an authenticated one without the role is FORBIDDEN.
 * Checked before anything else, so a refused caller learns nothing about the input.
 */
export const EDITOR_ROLE: Role = 'editor:institutions';

function refuse(caller: Caller, what: string, roles: string): never {
  if (caller.id === null) throw notAuthenticated(`Not authenticated: ${what} needs a token with the role ${roles}`);
  throw forbidden(`Forbidden: ${what} needs the role ${roles}`);
}

/** Throws unless the caller may write institutions, people, positions and memberships. Returns the actor for the audit log. */
export function assertEditor(caller: Caller, action: string): string {
  if (caller.id === null || !hasRole(caller, EDITOR_ROLE)) refuse(caller, action, `${EDITOR_ROLE} or admin`);
  return caller.id;
}

/** Throws unless the caller is an admin. */
export function assertAdmin(caller: Caller, what: string): void {
  if (caller.id === null || !hasRole(caller, 'admin')) refuse(caller, what, 'admin');
}
