import type { GraphQLError } from 'graphql';
import { forbidden, hasRole, notAuthenticated, type Caller } from '@partnership-graph/shared';

/**
 * Who may change the talent subgraph:
 * - every mutation: `editor:talent` or `admin`;
 * - enrolments and thesis registrations also: a `registrar` acting for a university
 *   (the token's `institutionId`), for students of that university only — existing
 *   students of it, or new students created with it as their university. A registrar
 *   cannot create or change programmes or move records through their statuses.
 * Anyone else is refused before any input is read or anything is written:
 * UNAUTHENTICATED without a token, FORBIDDEN with one.
 */
export interface Writer {
  /** The token's subject: the actor of the audit entry. */
  actor: string;
  /** Set for a registrar: the only university whose students they may enrol. */
  onlyStudentsOf: string | null;
}

const unauthenticated = (what: string): GraphQLError => notAuthenticated(`Not authenticated: ${what} needs a token`);

/** Programme writes and status moves: `editor:talent` or `admin`. */
export function requireEditor(caller: Caller): Writer {
  if (caller.id === null) throw unauthenticated('changing talent records');
  if (!hasRole(caller, 'editor:talent'))
    throw forbidden('Not allowed: changing talent records needs the editor:talent or admin role');
  return { actor: caller.id, onlyStudentsOf: null };
}

/** Enrolments and thesis registrations: an editor, or a registrar for students of their own university. */
export function requireEnroller(caller: Caller): Writer {
  if (caller.id === null) throw unauthenticated('enrolling students');
  if (hasRole(caller, 'editor:talent')) return { actor: caller.id, onlyStudentsOf: null };
  if (caller.roles.includes('registrar') && caller.institutionId !== null)
    return { actor: caller.id, onlyStudentsOf: caller.institutionId };
  throw forbidden(
    "Not allowed: enrolling students needs the editor:talent or admin role, or the registrar role of the students' university",
  );
}

/** The refusal of a registrar's write for a student who is not (or not known to be) of their university. */
export function notTheirStudent(writer: Writer, argumentName: string): GraphQLError {
  return forbidden(
    `Not allowed: a registrar may enrol only students of their own university (${writer.onlyStudentsOf})`,
    { argumentName },
  );
}

/** The audit log: `admin` only. */
export function requireAdmin(caller: Caller): void {
  if (caller.id === null) throw unauthenticated('reading the audit log');
  if (!caller.roles.includes('admin')) throw forbidden('Not allowed: the audit log is for the admin role only');
}
