import { mustExist } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers';

/** Reads what a mutation wrote, bypassing anything this request cached before. */
function reloadAgreement(ctx: AgreementsContext, id: string) {
  ctx.renewLoaders();
  return mustExist(ctx.loaders.agreement.load(id), `agreement ${id}`);
}

function reloadEvent(ctx: AgreementsContext, id: string) {
  ctx.renewLoaders();
  return mustExist(ctx.loaders.event.load(id), `event ${id}`);
}

/** Thin: every mutation hands the request's caller and its arguments to the write pipeline (src/services/, src/imports/). */
export const Mutation: MutationResolvers = {
  createAgreement: async (_, args, ctx) => reloadAgreement(ctx, await ctx.agreementService.create(ctx.caller, args)),
  updateAgreement: async (_, args, ctx) => reloadAgreement(ctx, await ctx.agreementService.update(ctx.caller, args)),
  addAgreementParty: async (_, args, ctx) =>
    reloadAgreement(ctx, await ctx.agreementService.addParty(ctx.caller, args)),
  removeAgreementParty: async (_, args, ctx) =>
    reloadAgreement(ctx, await ctx.agreementService.removeParty(ctx.caller, args)),
  transitionAgreement: async (_, args, ctx) =>
    reloadAgreement(ctx, await ctx.agreementService.transition(ctx.caller, 'transitionAgreement', args)),
  createEvent: async (_, args, ctx) => reloadEvent(ctx, await ctx.eventService.create(ctx.caller, args)),
  updateEvent: async (_, args, ctx) => reloadEvent(ctx, await ctx.eventService.update(ctx.caller, args)),
  addEventSpeaker: async (_, args, ctx) => reloadEvent(ctx, await ctx.eventService.addSpeaker(ctx.caller, args)),
  removeEventSpeaker: async (_, args, ctx) => reloadEvent(ctx, await ctx.eventService.removeSpeaker(ctx.caller, args)),
  importAgreements: (_, args, ctx) => ctx.agreementImport.run(ctx.caller, args),
  importEvents: (_, args, ctx) => ctx.eventImport.run(ctx.caller, args),
};
