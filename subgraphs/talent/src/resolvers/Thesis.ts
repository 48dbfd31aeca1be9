import type { TalentContext } from '../context';
import type { Thesis as ThesisRow } from '../entities/Thesis';
import { loadReference } from './Query';

export const Thesis = {
  __resolveReference: (ref: { id: string }, ctx: TalentContext) => loadReference(ref.id, (id) => ctx.loaders.thesis.load(id)),
  student: (thesis: ThesisRow, _: unknown, ctx: TalentContext) => ctx.loaders.student.load(thesis.studentId),
  academicSupervisor: (thesis: ThesisRow) => ({ id: thesis.academicSupervisorId }),
  industrySupervisor: (thesis: ThesisRow) => ({ id: thesis.industrySupervisorId }),
  program: (thesis: ThesisRow, _: unknown, ctx: TalentContext) => ctx.loaders.thesisProgram.load(thesis.programId),
};
