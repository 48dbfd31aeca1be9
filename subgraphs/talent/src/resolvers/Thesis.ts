import { mustExist, loadReference, historyOf } from '@partnership-graph/shared';
import type { ThesisResolvers } from '../generated/resolvers';

export const Thesis: ThesisResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.thesis.load(id)),
  student: (thesis, _, ctx) => mustExist(ctx.loaders.student.load(thesis.studentId), `student ${thesis.studentId}`),
  academicSupervisor: (thesis) => ({ id: thesis.academicSupervisorId }),
  industrySupervisor: (thesis) => ({ id: thesis.industrySupervisorId }),
  program: (thesis, _, ctx) =>
    mustExist(ctx.loaders.thesisProgram.load(thesis.programId), `thesis programme ${thesis.programId}`),
  history: historyOf('Thesis'),
};
