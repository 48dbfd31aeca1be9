import {
  citationsOf,
  provenanceOf,
  citedSourcesOf,
  type PageArgs,
  loadReference,
  historyOf,
} from '@partnership-graph/shared';
import type { TalentContext } from '../context';
import type { InternshipProgram as InternshipProgramRow } from '../entities/InternshipProgram';
import { lazyConnection } from './connections';
import { countIn, internshipFunnel, seatStats } from './stats';
import type { InternshipProgramResolvers } from '../generated/resolvers';

export const InternshipProgram: InternshipProgramResolvers = {
  __resolveReference: (ref: { id: string }, ctx: TalentContext) =>
    loadReference(ref.id, (id) => ctx.loaders.internshipProgram.load(id)),
  host: (program: InternshipProgramRow) => (program.hostId ? { id: program.hostId } : null),
  universities: async (program: InternshipProgramRow, _: unknown, ctx: TalentContext) =>
    (await ctx.loaders.universitiesByInternshipProgram.load(program.id)).map((id) => ({ id })),
  agreement: (program: InternshipProgramRow) => (program.agreementId ? { id: program.agreementId } : null),
  internships: (program: InternshipProgramRow, args: PageArgs & { statuses?: string[] | null }, ctx: TalentContext) =>
    lazyConnection(
      args,
      async (page) => {
        const rows = await ctx.internships.findPage({ programId: program.id, statuses: args.statuses }, page);
        for (const row of rows) ctx.loaders.internship.prime(row.id, row);
        return rows;
      },
      (row) => ({ key: row.createdAt, id: row.id }),
      async () => countIn(await ctx.loaders.internshipCountsByProgram.load(program.id), args.statuses),
    ),
  stats: async (program: InternshipProgramRow, _: unknown, ctx: TalentContext) => {
    const counts = await ctx.loaders.internshipCountsByProgram.load(program.id);
    return { ...internshipFunnel(counts), ...seatStats(program.seats, counts) };
  },
  citations: citationsOf('internship-program'),
  provenance: provenanceOf('internship-program'),
  sources: citedSourcesOf('internship-program'),
  history: historyOf('InternshipProgram'),
};
