import { citingRecords, sharedSourceFields } from '@partnership-graph/shared';
import type { SourceResolvers } from '../generated/resolvers';
import { internshipProgramsPage, thesisProgramsPage, trainingProgramsPage } from './pages';

/** A source document, and the programmes of this subgraph that cite it (the lists with `sourceId`). */
export const Source: SourceResolvers = {
  ...sharedSourceFields,
  internshipPrograms: citingRecords(internshipProgramsPage),
  thesisPrograms: citingRecords(thesisProgramsPage),
  trainingPrograms: citingRecords(trainingProgramsPage),
};
