import { citationsOf, provenanceOf, citedSourcesOf, loadReference, historyOf } from '@partnership-graph/shared';
import type { AgreementResolvers } from '../generated/resolvers';
import { areaKey } from '../repositories/AgreementRepository';
import { areaVocabulary } from '../vocabulary/areaVocabulary';

export const Agreement: AgreementResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.agreement.load(id)),
  areas: (agreement, { lang }) =>
    lang ? agreement.areas.map((area) => areaVocabulary.label(areaKey(area), lang) ?? area) : agreement.areas,
  parties: (agreement, _, ctx) => ctx.loaders.partiesByAgreement.load(agreement.id),
  commitments: (agreement, _, ctx) => ctx.loaders.commitmentsByAgreement.load(agreement.id),
  citations: citationsOf('agreement'),
  provenance: provenanceOf('agreement'),
  sources: citedSourcesOf('agreement'),
  history: historyOf('Agreement'),
};
