import { loadReference, citedRecordFields } from '@partnership-graph/shared';
import type { AgreementResolvers } from '../generated/resolvers';
import { areaKey } from '../repositories/AgreementRepository';
import { areaVocabulary } from '../vocabulary/areaVocabulary';

export const Agreement: AgreementResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.agreement.load(id)),
  areas: (agreement, { lang }) =>
    lang ? agreement.areas.map((area) => areaVocabulary.label(areaKey(area), lang) ?? area) : agreement.areas,
  parties: (agreement, _, ctx) => ctx.loaders.partiesByAgreement.load(agreement.id),
  commitments: (agreement, _, ctx) => ctx.loaders.commitmentsByAgreement.load(agreement.id),
  ...citedRecordFields('agreement', 'Agreement'),
};
