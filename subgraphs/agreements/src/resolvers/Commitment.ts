import type { CommitmentResolvers } from '../generated/resolvers';
import { commitmentKindVocabulary } from '../vocabulary/commitmentKindVocabulary';

export const Commitment: CommitmentResolvers = {
  label: (commitment, { lang }) => commitmentKindVocabulary.label(commitment.kind, lang) ?? commitment.kind,
};
