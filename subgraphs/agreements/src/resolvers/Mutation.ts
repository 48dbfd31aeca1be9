import type { AgreementsContext } from '../context';
import type { PartyInput, SpeakerInput } from '../services/inputs';
import type { CreateAgreementInput, UpdateAgreementInput } from '../services/AgreementService';
import type { CreateEventInput, UpdateEventInput } from '../services/EventService';
import type { AgreementStatus } from '../services/lifecycle';

/** Reads what a mutation wrote, bypassing anything this request cached before. */
function reloadAgreement(ctx: AgreementsContext, id: string) {
  ctx.renewLoaders();
  return ctx.loaders.agreement.load(id);
}

function reloadEvent(ctx: AgreementsContext, id: string) {
  ctx.renewLoaders();
  return ctx.loaders.event.load(id);
}

export const Mutation = {
  createAgreement: async (_: unknown, args: { input: CreateAgreementInput }, ctx: AgreementsContext) =>
    reloadAgreement(ctx, await ctx.agreementService.create(args.input)),

  updateAgreement: async (
    _: unknown,
    args: { id: string; expectedVersion: number; input: UpdateAgreementInput },
    ctx: AgreementsContext,
  ) => reloadAgreement(ctx, await ctx.agreementService.update(args.id, args.expectedVersion, args.input)),

  addAgreementParty: async (
    _: unknown,
    args: { agreementId: string; expectedVersion: number; party: PartyInput },
    ctx: AgreementsContext,
  ) => reloadAgreement(ctx, await ctx.agreementService.addParty(args.agreementId, args.expectedVersion, args.party)),

  removeAgreementParty: async (
    _: unknown,
    args: { agreementId: string; expectedVersion: number; institutionId: string },
    ctx: AgreementsContext,
  ) => reloadAgreement(ctx, await ctx.agreementService.removeParty(args.agreementId, args.expectedVersion, args.institutionId)),

  transitionAgreement: async (
    _: unknown,
    args: { id: string; expectedVersion: number; to: AgreementStatus; on?: string | null },
    ctx: AgreementsContext,
  ) => reloadAgreement(ctx, await ctx.agreementService.transition(args.id, args.expectedVersion, args.to, args.on)),

  createEvent: async (_: unknown, args: { input: CreateEventInput }, ctx: AgreementsContext) =>
    reloadEvent(ctx, await ctx.eventService.create(args.input)),

  updateEvent: async (_: unknown, args: { id: string; expectedVersion: number; input: UpdateEventInput }, ctx: AgreementsContext) =>
    reloadEvent(ctx, await ctx.eventService.update(args.id, args.expectedVersion, args.input)),

  addEventSpeaker: async (
    _: unknown,
    args: { eventId: string; expectedVersion: number; speaker: SpeakerInput },
    ctx: AgreementsContext,
  ) => reloadEvent(ctx, await ctx.eventService.addSpeaker(args.eventId, args.expectedVersion, args.speaker)),

  removeEventSpeaker: async (
    _: unknown,
    args: { eventId: string; expectedVersion: number; personId: string },
    ctx: AgreementsContext,
  ) => reloadEvent(ctx, await ctx.eventService.removeSpeaker(args.eventId, args.expectedVersion, args.personId)),
};
