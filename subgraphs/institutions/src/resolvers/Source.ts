import { citingRecords, sharedSourceFields } from '@partnership-graph/shared';
import type { SourceResolvers } from '../generated/resolvers';
import { institutionsPage, peoplePage } from './pages';

/** A source document, and the records of this subgraph that cite it (the lists with `sourceId`). */
export const Source: SourceResolvers = {
  ...sharedSourceFields,
  institutions: citingRecords(institutionsPage),
  people: citingRecords(peoplePage),
};
