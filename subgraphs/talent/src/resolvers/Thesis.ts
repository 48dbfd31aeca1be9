import { mustExist, loadReference, historyOf } from '@partnership-graph/shared';
import type { TalentContext } from '../context';
import type { Thesis as ThesisRow } from '../entities/Thesis';
import type { ThesisResolvers } from '../generated/resolvers';

export const Thesis: ThesisResolvers = {
  __resolveReference: (ref: { id: string }, ctx: TalentContext) =>
    loadReference(ref.id, (id) => ctx.loaders.thesis.load(id)),
  student: (thesis: ThesisRow, _: unknown, ctx: TalentContext) =>
    mustExist(ctx.loaders.student.load(thesis.studentId), `student ${thesis.studentId}`),
  academicSupervisor: (thesis: ThesisRow) => ({ id: thesis.academicSupervisorId }),
  industrySupervisor: (thesis: ThesisRow) => ({ id: thesis.industrySupervisorId }),
  program: (thesis: ThesisRow, _: unknown, ctx: TalentContext) =>
    mustExist(ctx.loaders.thesisProgram.load(thesis.programId), `thesis programme ${thesis.programId}`),
  history: historyOf('Thesis'),
};
