import {
  citationsOf,
  provenanceOf,
  citedSourcesOf,
  type PageArgs,
  loadReference,
  historyOf,
} from '@partnership-graph/shared';
import type { TalentContext } from '../context';
import type { ThesisProgram as ThesisProgramRow } from '../entities/ThesisProgram';
import { lazyConnection } from './connections';
import { countIn, thesisFunnel } from './stats';
import type { ThesisProgramResolvers } from '../generated/resolvers';

export const ThesisProgram: ThesisProgramResolvers = {
  __resolveReference: (ref: { id: string }, ctx: TalentContext) =>
    loadReference(ref.id, (id) => ctx.loaders.thesisProgram.load(id)),
  university: (program: ThesisProgramRow) => ({ id: program.universityId }),
  industryPartner: (program: ThesisProgramRow) =>
    program.industryPartnerId ? { id: program.industryPartnerId } : null,
  agreement: (program: ThesisProgramRow) => (program.agreementId ? { id: program.agreementId } : null),
  theses: (program: ThesisProgramRow, args: PageArgs & { statuses?: string[] | null }, ctx: TalentContext) =>
    lazyConnection(
      args,
      async (page) => {
        const rows = await ctx.theses.findPage({ programId: program.id, statuses: args.statuses }, page);
        for (const row of rows) ctx.loaders.thesis.prime(row.id, row);
        return rows;
      },
      (row) => ({ key: row.createdAt, id: row.id }),
      async () => countIn(await ctx.loaders.thesisCountsByProgram.load(program.id), args.statuses),
    ),
  stats: async (program: ThesisProgramRow, _: unknown, ctx: TalentContext) =>
    thesisFunnel(await ctx.loaders.thesisCountsByProgram.load(program.id)),
  citations: citationsOf('thesis-program'),
  provenance: provenanceOf('thesis-program'),
  sources: citedSourcesOf('thesis-program'),
  history: historyOf('ThesisProgram'),
};
