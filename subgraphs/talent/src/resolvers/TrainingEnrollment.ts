import { mustExist, historyOf } from '@partnership-graph/shared';
import type { TrainingEnrollmentResolvers } from '../generated/resolvers';

export const TrainingEnrollment: TrainingEnrollmentResolvers = {
  participant: (enrollment, _, ctx) =>
    mustExist(ctx.loaders.student.load(enrollment.studentId), `student ${enrollment.studentId}`),
  program: (enrollment, _, ctx) =>
    mustExist(ctx.loaders.trainingProgram.load(enrollment.programId), `training programme ${enrollment.programId}`),
  history: historyOf('TrainingEnrollment'),
};
