import { loadReference, citedRecordFields } from '@partnership-graph/shared';
import { programRecords } from './connections';
import { seatStats, trainingFunnel } from './stats';
import type { TrainingProgramResolvers } from '../generated/resolvers';

export const TrainingProgram: TrainingProgramResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.trainingProgram.load(id)),
  providers: async (program, _, ctx) =>
    (await ctx.loaders.providersByTrainingProgram.load(program.id)).map((id) => ({ id })),
  agreement: (program) => (program.agreementId ? { id: program.agreementId } : null),
  enrollments: (program, args, ctx) =>
    programRecords(
      program.id,
      args,
      ctx.enrollments,
      ctx.loaders.trainingEnrollment,
      ctx.loaders.enrollmentCountsByProgram,
    ),
  stats: async (program, _, ctx) => {
    const counts = await ctx.loaders.enrollmentCountsByProgram.load(program.id);
    return { ...trainingFunnel(counts), ...seatStats(program.seats, counts) };
  },
  ...citedRecordFields('training-program', 'TrainingProgram'),
};
