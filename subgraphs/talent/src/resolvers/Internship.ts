import { mustExist, loadReference, historyOf } from '@partnership-graph/shared';
import type { InternshipResolvers } from '../generated/resolvers';

export const Internship: InternshipResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.internship.load(id)),
  student: (internship, _, ctx) =>
    mustExist(ctx.loaders.student.load(internship.studentId), `student ${internship.studentId}`),
  program: (internship, _, ctx) =>
    mustExist(ctx.loaders.internshipProgram.load(internship.programId), `internship programme ${internship.programId}`),
  history: historyOf('Internship'),
};
