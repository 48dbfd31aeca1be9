import { loadReference, citedRecordFields } from '@partnership-graph/shared';
import { programRecords } from './connections';
import { internshipFunnel, seatStats } from './stats';
import type { InternshipProgramResolvers } from '../generated/resolvers';

export const InternshipProgram: InternshipProgramResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.internshipProgram.load(id)),
  host: (program) => (program.hostId ? { id: program.hostId } : null),
  universities: async (program, _, ctx) =>
    (await ctx.loaders.universitiesByInternshipProgram.load(program.id)).map((id) => ({ id })),
  agreement: (program) => (program.agreementId ? { id: program.agreementId } : null),
  internships: (program, args, ctx) =>
    programRecords(program.id, args, ctx.internships, ctx.loaders.internship, ctx.loaders.internshipCountsByProgram),
  stats: async (program, _, ctx) => {
    const counts = await ctx.loaders.internshipCountsByProgram.load(program.id);
    return { ...internshipFunnel(counts), ...seatStats(program.seats, counts) };
  },
  ...citedRecordFields('internship-program', 'InternshipProgram'),
};
