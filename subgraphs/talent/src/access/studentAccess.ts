import type { GraphQLError } from 'graphql';
import { forbidden, type Caller } from '@partnership-graph/shared';

/**
 * A student's name and contact are personal data. Only an admin, or a registrar
 * acting for the student's own university, may read them.
 */
export function mayReadStudentPersonalData(caller: Caller, student: { universityId: string | null }): boolean {
  if (caller.roles.includes('admin')) return true;
  return (
    caller.roles.includes('registrar') &&
    caller.institutionId !== null &&
    student.universityId !== null &&
    caller.institutionId === student.universityId
  );
}

/** The error a field of personal data carries when the caller may not read it (the field itself is null). */
export function personalDataForbidden(field: string): GraphQLError {
  return forbidden(
    `Not allowed to read the ${field} of this student: only an admin or a registrar of the student's university may`,
  );
}
