import { resolveSourceReference, sourceCitedIn, sourceCites } from '@partnership-graph/shared';
import type { SourceResolvers } from '../generated/resolvers';
import { internshipProgramsPage, thesisProgramsPage, trainingProgramsPage } from './pages';

/** A source document, and the programmes of this subgraph that cite it (the lists with `sourceId`). */
export const Source: SourceResolvers = {
  __resolveReference: (ref, ctx) => resolveSourceReference(ref, ctx),
  citedIn: sourceCitedIn,
  cites: sourceCites,
  internshipPrograms: (source, args, ctx) => internshipProgramsPage({ ...args, filter: { sourceId: source.id } }, ctx),
  thesisPrograms: (source, args, ctx) => thesisProgramsPage({ ...args, filter: { sourceId: source.id } }, ctx),
  trainingPrograms: (source, args, ctx) => trainingProgramsPage({ ...args, filter: { sourceId: source.id } }, ctx),
};
