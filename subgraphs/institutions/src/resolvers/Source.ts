import { resolveSourceReference } from '@partnership-graph/shared';
import type { SourceResolvers } from '../generated/resolvers';

export const Source: SourceResolvers = {
  __resolveReference: (ref, ctx) => resolveSourceReference(ref, ctx),
};
