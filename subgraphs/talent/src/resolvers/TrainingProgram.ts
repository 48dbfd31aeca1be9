import { citationsOf, provenanceOf, citedSourcesOf, loadReference } from '@partnership-graph/shared';
import { lazyConnection } from './connections';
import { countIn, seatStats, trainingFunnel } from './stats';
import type { TrainingProgramResolvers } from '../generated/resolvers';

export const TrainingProgram: TrainingProgramResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.trainingProgram.load(id)),
  providers: async (program, _, ctx) =>
    (await ctx.loaders.providersByTrainingProgram.load(program.id)).map((id) => ({ id })),
  agreement: (program) => (program.agreementId ? { id: program.agreementId } : null),
  enrollments: (program, args, ctx) =>
    lazyConnection(
      args,
      async (page) => {
        const rows = await ctx.enrollments.findPage({ programId: program.id, statuses: args.statuses }, page);
        for (const row of rows) ctx.loaders.trainingEnrollment.prime(row.id, row);
        return rows;
      },
      (row) => ({ key: row.createdAt, id: row.id }),
      async () => countIn(await ctx.loaders.enrollmentCountsByProgram.load(program.id), args.statuses),
    ),
  stats: async (program, _, ctx) => {
    const counts = await ctx.loaders.enrollmentCountsByProgram.load(program.id);
    return { ...trainingFunnel(counts), ...seatStats(program.seats, counts) };
  },
  citations: citationsOf('training-program'),
  provenance: provenanceOf('training-program'),
  sources: citedSourcesOf('training-program'),
};
