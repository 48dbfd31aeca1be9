import { loadReference } from '@partnership-graph/shared';
import { mayReadStudentPersonalData, personalDataForbidden } from '../access/studentAccess';
import type { TalentContext } from '../context';
import type { Student as StudentRow } from '../entities/Student';
import type { StudentResolvers } from '../generated/resolvers';

/** Name and email resolve only for callers allowed to read them; anyone else gets null with FORBIDDEN on the field. */
function personal(field: 'name' | 'email') {
  return (student: StudentRow, _: unknown, ctx: TalentContext) => {
    if (!mayReadStudentPersonalData(ctx.caller, student)) throw personalDataForbidden(field);
    return student[field];
  };
}

export const Student: StudentResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.student.load(id)),
  name: personal('name'),
  email: personal('email'),
  university: (student) => (student.universityId ? { id: student.universityId } : null),
  internships: (student, _, ctx) => ctx.loaders.internshipsByStudent.load(student.id),
  theses: (student, _, ctx) => ctx.loaders.thesesByStudent.load(student.id),
  trainingEnrollments: (student, _, ctx) => ctx.loaders.enrollmentsByStudent.load(student.id),
};
