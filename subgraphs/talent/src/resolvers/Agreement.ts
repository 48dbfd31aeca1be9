import type { TalentContext } from '../context';
import type { AgreementOutcomesResolvers, AgreementResolvers } from '../generated/resolvers';
import type { AgreementOutcomesParent as Outcomes, EntityRef as AgreementRef } from './parents';

export const Agreement: AgreementResolvers = {
  // Agreements belong to the agreements subgraph: this one only adds `outcomes` to an id.
  __resolveReference: (ref: AgreementRef) => ({ id: ref.id }),
  outcomes: (agreement: AgreementRef): Outcomes => ({ agreementId: agreement.id }),
};

export const AgreementOutcomes: AgreementOutcomesResolvers = {
  internshipPrograms: (o: Outcomes, _: unknown, ctx: TalentContext) =>
    ctx.loaders.internshipProgramsByAgreement.load(o.agreementId),
  thesisPrograms: (o: Outcomes, _: unknown, ctx: TalentContext) =>
    ctx.loaders.thesisProgramsByAgreement.load(o.agreementId),
  trainingPrograms: (o: Outcomes, _: unknown, ctx: TalentContext) =>
    ctx.loaders.trainingProgramsByAgreement.load(o.agreementId),
  internshipProgramCount: async (o: Outcomes, _: unknown, ctx: TalentContext) =>
    (await ctx.loaders.internshipProgramsByAgreement.load(o.agreementId)).length,
  thesisProgramCount: async (o: Outcomes, _: unknown, ctx: TalentContext) =>
    (await ctx.loaders.thesisProgramsByAgreement.load(o.agreementId)).length,
  trainingProgramCount: async (o: Outcomes, _: unknown, ctx: TalentContext) =>
    (await ctx.loaders.trainingProgramsByAgreement.load(o.agreementId)).length,
};
