import type { WritePolicy } from '@partnership-graph/shared';

/**
 * Who may change the talent subgraph: every write needs `editor:talent` (or admin);
 * enrolments and thesis registrations also a `registrar`, for students of the
 * university their token names only — existing students of it, or new ones created
 * with it as their university. A registrar cannot create or change programmes or move
 * records through their statuses.
 */
export const writePolicy: WritePolicy = {
  editorRole: 'editor:talent',
  registrarOperations: ['enrollInInternshipProgram', 'enrollInTrainingProgram', 'registerThesis'],
};
