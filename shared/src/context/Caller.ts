/** Roles a caller can hold (see the security model in the README). */
export type Role =
  'viewer' | 'analyst' | 'editor:institutions' | 'editor:agreements' | 'editor:talent' | 'registrar' | 'admin';

/** Who is asking: carried in every request context; filled from a verified token. */
export interface Caller {
  /** Subject of the token; null for anonymous callers. */
  id: string | null;
  roles: readonly Role[];
  /** The institution a registrar or editor acts for. */
  institutionId: string | null;
}

const roleNames: Record<Role, true> = {
  viewer: true,
  analyst: true,
  'editor:institutions': true,
  'editor:agreements': true,
  'editor:talent': true,
  registrar: true,
  admin: true,
};

/** True for a name that is one of the roles (e.g. when configuration lists roles). */
export function isRole(name: string): name is Role {
  return Object.prototype.hasOwnProperty.call(roleNames, name);
}

export const anonymousCaller: Caller = Object.freeze({ id: null, roles: [], institutionId: null });

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return caller.roles.includes('admin') || roles.some((role) => caller.roles.includes(role));
}
