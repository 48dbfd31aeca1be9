import { resolveSourceReference, sourceCitedIn, sourceCites } from '@partnership-graph/shared';
import type { SourceResolvers } from '../generated/resolvers';
import { agreementsPage, eventsPage } from './pages';

/** A source document, and the records of this subgraph that cite it (the lists with `sourceId`). */
export const Source: SourceResolvers = {
  __resolveReference: (ref, ctx) => resolveSourceReference(ref, ctx),
  citedIn: sourceCitedIn,
  cites: sourceCites,
  agreements: (source, args, ctx) => agreementsPage({ ...args, filter: { sourceId: source.id } }, ctx),
  events: (source, args, ctx) => eventsPage({ ...args, filter: { sourceId: source.id } }, ctx),
};
