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

export const Mutation: MutationResolvers = {
  createAgreement: async (_, args, ctx) =>
    reloadAgreement(ctx, await ctx.agreementService.create(args.input, args.idempotencyKey)),

  updateAgreement: async (_, args, ctx) =>
    reloadAgreement(ctx, await ctx.agreementService.update(args.id, args.expectedVersion, args.input)),

  addAgreementParty: async (_, args, ctx) =>
    reloadAgreement(ctx, await ctx.agreementService.addParty(args.agreementId, args.expectedVersion, args.party)),

  removeAgreementParty: async (_, args, ctx) =>
    reloadAgreement(
      ctx,
      await ctx.agreementService.removeParty(args.agreementId, args.expectedVersion, args.institutionId),
    ),

  transitionAgreement: async (_, args, ctx) =>
    reloadAgreement(ctx, await ctx.agreementService.transition(args.id, args.expectedVersion, args.to, args.on)),

  createEvent: async (_, args, ctx) => reloadEvent(ctx, await ctx.eventService.create(args.input, args.idempotencyKey)),

  updateEvent: async (_, args, ctx) =>
    reloadEvent(ctx, await ctx.eventService.update(args.id, args.expectedVersion, args.input)),

  addEventSpeaker: async (_, args, ctx) =>
    reloadEvent(ctx, await ctx.eventService.addSpeaker(args.eventId, args.expectedVersion, args.speaker)),

  removeEventSpeaker: async (_, args, ctx) =>
    reloadEvent(ctx, await ctx.eventService.removeSpeaker(args.eventId, args.expectedVersion, args.personId)),

  importAgreements: (_, args, ctx) => ctx.agreementImport.run(args),

  importEvents: (_, args, ctx) => ctx.eventImport.run(args),
};
