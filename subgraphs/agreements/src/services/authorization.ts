import { assertRole, type Caller, type Role } from '@partnership-graph/shared';

/**
 * Who may do what in this subgraph. Reading agreements and events is open to every
 * caller the gateway lets through; every write needs the role editor:agreements (or
 * admin), and the audit log is for admins only.
 */
export const EDITOR_ROLE: Role = 'editor:agreements';

/** Throws unless the caller may record and change agreements and events. Returns the actor for the audit log. */
export function assertEditor(caller: Caller, action: string): string {
  return assertRole(caller, [EDITOR_ROLE], action);
}

/** Throws unless the caller is an admin. */
export function assertAdmin(caller: Caller, what: string): void {
  assertRole(caller, ['admin'], what);
}
