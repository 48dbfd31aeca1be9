import type { AgreementOutcomesResolvers, AgreementResolvers } from '../generated/resolvers';
import type { AgreementOutcomesParent as Outcomes } from './parents';

export const Agreement: AgreementResolvers = {
  // Agreements belong to the agreements subgraph: this one only adds `outcomes` to an id.
  __resolveReference: (ref) => ({ id: ref.id }),
  outcomes: (agreement): Outcomes => ({ agreementId: agreement.id }),
};

export const AgreementOutcomes: AgreementOutcomesResolvers = {
  internshipPrograms: (o, _, ctx) => ctx.loaders.internshipProgramsByAgreement.load(o.agreementId),
  thesisPrograms: (o, _, ctx) => ctx.loaders.thesisProgramsByAgreement.load(o.agreementId),
  trainingPrograms: (o, _, ctx) => ctx.loaders.trainingProgramsByAgreement.load(o.agreementId),
  internshipProgramCount: async (o, _, ctx) =>
    (await ctx.loaders.internshipProgramsByAgreement.load(o.agreementId)).length,
  thesisProgramCount: async (o, _, ctx) => (await ctx.loaders.thesisProgramsByAgreement.load(o.agreementId)).length,
  trainingProgramCount: async (o, _, ctx) => (await ctx.loaders.trainingProgramsByAgreement.load(o.agreementId)).length,
};
