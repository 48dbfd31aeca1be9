import { mustExist, loadReference, historyOf } from '@partnership-graph/shared';
import type { TalentContext } from '../context';
import type { Internship as InternshipRow } from '../entities/Internship';
import type { InternshipResolvers } from '../generated/resolvers';

export const Internship: InternshipResolvers = {
  __resolveReference: (ref: { id: string }, ctx: TalentContext) =>
    loadReference(ref.id, (id) => ctx.loaders.internship.load(id)),
  student: (internship: InternshipRow, _: unknown, ctx: TalentContext) =>
    mustExist(ctx.loaders.student.load(internship.studentId), `student ${internship.studentId}`),
  program: (internship: InternshipRow, _: unknown, ctx: TalentContext) =>
    mustExist(ctx.loaders.internshipProgram.load(internship.programId), `internship programme ${internship.programId}`),
  history: historyOf('Internship'),
};
