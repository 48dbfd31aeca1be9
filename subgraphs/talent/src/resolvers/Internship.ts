import type { TalentContext } from '../context';
import type { Internship as InternshipRow } from '../entities/Internship';
import { loadReference } from './Query';

export const Internship = {
  __resolveReference: (ref: { id: string }, ctx: TalentContext) => loadReference(ref.id, (id) => ctx.loaders.internship.load(id)),
  student: (internship: InternshipRow, _: unknown, ctx: TalentContext) => ctx.loaders.student.load(internship.studentId),
  program: (internship: InternshipRow, _: unknown, ctx: TalentContext) => ctx.loaders.internshipProgram.load(internship.programId),
};
