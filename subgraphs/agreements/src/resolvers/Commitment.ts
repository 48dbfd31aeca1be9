import type { CommitmentResolvers } from '../generated/resolvers';
import { recordId } from './recordId';
import { commitmentKindVocabulary } from '../vocabulary/commitmentKindVocabulary';

export const Commitment: CommitmentResolvers = {
  id: (commitment) => recordId(commitment.agreementId, commitment.position),
  label: (commitment, { lang }) => commitmentKindVocabulary.label(commitment.kind, lang) ?? commitment.kind,
};
