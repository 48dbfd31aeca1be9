import { resolveSourceReference, sourceCitedIn, sourceCites } from '@partnership-graph/shared';
import type { SourceResolvers } from '../generated/resolvers';
import { institutionsPage, peoplePage } from './pages';

/** A source document, and the records of this subgraph that cite it (the lists with `sourceId`). */
export const Source: SourceResolvers = {
  __resolveReference: (ref, ctx) => resolveSourceReference(ref, ctx),
  citedIn: sourceCitedIn,
  cites: sourceCites,
  institutions: (source, args, ctx) => institutionsPage({ ...args, filter: { sourceId: source.id } }, ctx),
  people: (source, args, ctx) => peoplePage({ ...args, filter: { sourceId: source.id } }, ctx),
};
