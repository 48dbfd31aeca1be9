import { loadReference, citedRecordFields } from '@partnership-graph/shared';
import { programRecords } from './connections';
import { thesisFunnel } from './stats';
import type { ThesisProgramResolvers } from '../generated/resolvers';

export const ThesisProgram: ThesisProgramResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.thesisProgram.load(id)),
  university: (program) => ({ id: program.universityId }),
  industryPartner: (program) => (program.industryPartnerId ? { id: program.industryPartnerId } : null),
  agreement: (program) => (program.agreementId ? { id: program.agreementId } : null),
  theses: (program, args, ctx) =>
    programRecords(program.id, args, ctx.theses, ctx.loaders.thesis, ctx.loaders.thesisCountsByProgram),
  stats: async (program, _, ctx) => thesisFunnel(await ctx.loaders.thesisCountsByProgram.load(program.id)),
  ...citedRecordFields('thesis-program', 'ThesisProgram'),
};
