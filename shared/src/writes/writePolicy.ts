import type { GraphQLError } from 'graphql';
import { hasRole, type Caller, type Role } from '../context/Caller';
import { forbidden, notAuthenticated } from '../graphql/errors';

/**
 * A subgraph's write policy, declared once (its `writePolicy.ts`) and applied by the
 * write pipeline before anything else, so a refused caller learns nothing about the
 * input: UNAUTHENTICATED without a token, FORBIDDEN with one.
 */
export interface WritePolicy {
  /** The role that may make every write of the subgraph (admin always may). */
  editorRole: Role;
  /**
   * The registrar rule: operations a `registrar` may also make, for students of the
   * university their token names (`institutionId`) only.
   */
  registrarOperations?: readonly string[];
}

/** Who is writing, as the pipeline hands it to a write. */
export interface Writer {
  /** The token's subject: the actor of the audit entry. */
  actor: string;
  /** Set for a registrar: the only university whose students they may write. */
  onlyStudentsOf: string | null;
}

/** Throws unless the policy lets the caller make `operation`; returns the writer. */
export function authorizeWrite(caller: Caller, policy: WritePolicy, operation: string): Writer {
  const registrarMay = policy.registrarOperations?.includes(operation) ?? false;
  const needed = `the role ${policy.editorRole} or admin${registrarMay ? ", or the registrar role of the students' university" : ''}`;
  if (caller.id === null) throw notAuthenticated(`Not authenticated: ${operation} needs a token with ${needed}`);
  if (hasRole(caller, policy.editorRole)) return { actor: caller.id, onlyStudentsOf: null };
  if (registrarMay && caller.roles.includes('registrar') && caller.institutionId !== null)
    return { actor: caller.id, onlyStudentsOf: caller.institutionId };
  throw forbidden(`Forbidden: ${operation} needs ${needed}`);
}

/** Throws unless the caller is an admin (the audit log). */
export function assertAdmin(caller: Caller, what: string): void {
  if (caller.id === null) throw notAuthenticated(`Not authenticated: ${what} needs a token with the role admin`);
  if (!caller.roles.includes('admin')) throw forbidden(`Forbidden: ${what} needs the role admin`);
}

/** The refusal of a registrar's write for a student who is not (or not known to be) of their university. */
export function notTheirStudent(writer: Writer, argumentName: string): GraphQLError {
  return forbidden(
    `Forbidden: a registrar may write only students of their own university (${writer.onlyStudentsOf})`,
    { argumentName },
  );
}
