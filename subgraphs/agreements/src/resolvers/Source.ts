import { citingRecords, sharedSourceFields } from '@partnership-graph/shared';
import type { SourceResolvers } from '../generated/resolvers';
import { agreementsPage, eventsPage } from './pages';

/** A source document, and the records of this subgraph that cite it (the lists with `sourceId`). */
export const Source: SourceResolvers = {
  ...sharedSourceFields,
  agreements: citingRecords(agreementsPage),
  events: citingRecords(eventsPage),
};
