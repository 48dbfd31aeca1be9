import type { TalentContext } from '../context';
import type { TrainingEnrollment as TrainingEnrollmentRow } from '../entities/TrainingEnrollment';

export const TrainingEnrollment = {
  participant: (enrollment: TrainingEnrollmentRow, _: unknown, ctx: TalentContext) => ctx.loaders.student.load(enrollment.studentId),
  program: (enrollment: TrainingEnrollmentRow, _: unknown, ctx: TalentContext) =>
    ctx.loaders.trainingProgram.load(enrollment.programId),
};
