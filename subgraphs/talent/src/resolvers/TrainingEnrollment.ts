import { mustExist, historyOf } from '@partnership-graph/shared';
import type { TalentContext } from '../context';
import type { TrainingEnrollment as TrainingEnrollmentRow } from '../entities/TrainingEnrollment';
import type { TrainingEnrollmentResolvers } from '../generated/resolvers';

export const TrainingEnrollment: TrainingEnrollmentResolvers = {
  participant: (enrollment: TrainingEnrollmentRow, _: unknown, ctx: TalentContext) =>
    mustExist(ctx.loaders.student.load(enrollment.studentId), `student ${enrollment.studentId}`),
  program: (enrollment: TrainingEnrollmentRow, _: unknown, ctx: TalentContext) =>
    mustExist(ctx.loaders.trainingProgram.load(enrollment.programId), `training programme ${enrollment.programId}`),
  history: historyOf('TrainingEnrollment'),
};
