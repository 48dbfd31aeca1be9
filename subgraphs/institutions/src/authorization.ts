import { assertRole, type Caller, type Role } from '@partnership-graph/shared';

/**
 * Who may do what in this subgraph. Reading institutions and people is open to every
 * caller the gateway lets through; imports need the role editor:institutions (or
 * admin), and the audit log is for admins only.
 */
export const EDITOR_ROLE: Role = 'editor:institutions';

/** Throws unless the caller may write institutions, people, positions and memberships. Returns the actor for the audit log. */
export function assertEditor(caller: Caller, action: string): string {
  return assertRole(caller, [EDITOR_ROLE], action);
}

/** Throws unless the caller is an admin. */
export function assertAdmin(caller: Caller, what: string): void {
  assertRole(caller, ['admin'], what);
}
