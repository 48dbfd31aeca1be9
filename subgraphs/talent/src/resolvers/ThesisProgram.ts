import { citationsOf, provenanceOf, citedSourcesOf, loadReference } from '@partnership-graph/shared';
import { lazyConnection } from './connections';
import { countIn, thesisFunnel } from './stats';
import type { ThesisProgramResolvers } from '../generated/resolvers';

export const ThesisProgram: ThesisProgramResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.thesisProgram.load(id)),
  university: (program) => ({ id: program.universityId }),
  industryPartner: (program) => (program.industryPartnerId ? { id: program.industryPartnerId } : null),
  agreement: (program) => (program.agreementId ? { id: program.agreementId } : null),
  theses: (program, args, ctx) =>
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
  stats: async (program, _, ctx) => thesisFunnel(await ctx.loaders.thesisCountsByProgram.load(program.id)),
  citations: citationsOf('thesis-program'),
  provenance: provenanceOf('thesis-program'),
  sources: citedSourcesOf('thesis-program'),
};
