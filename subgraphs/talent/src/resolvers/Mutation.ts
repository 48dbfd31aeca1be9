import type { MutationResolvers } from '../generated/resolvers';

/**
 * Thin: every mutation hands the request's caller and its arguments to the write
 * pipeline (src/mutations/, src/imports/), which authorizes by writePolicy.ts before
 * any input is read and writes with its audit entry in one transaction.
 */
export const Mutation: MutationResolvers = {
  createInternshipProgram: (_, args, ctx) => ctx.writes.programs.createInternshipProgram(ctx.caller, args),
  updateInternshipProgram: (_, args, ctx) => ctx.writes.programs.updateInternshipProgram(ctx.caller, args),
  createThesisProgram: (_, args, ctx) => ctx.writes.programs.createThesisProgram(ctx.caller, args),
  updateThesisProgram: (_, args, ctx) => ctx.writes.programs.updateThesisProgram(ctx.caller, args),
  createTrainingProgram: (_, args, ctx) => ctx.writes.programs.createTrainingProgram(ctx.caller, args),
  updateTrainingProgram: (_, args, ctx) => ctx.writes.programs.updateTrainingProgram(ctx.caller, args),
  enrollInInternshipProgram: (_, args, ctx) => ctx.writes.records.enrollInInternshipProgram(ctx.caller, args),
  enrollInTrainingProgram: (_, args, ctx) => ctx.writes.records.enrollInTrainingProgram(ctx.caller, args),
  registerThesis: (_, args, ctx) => ctx.writes.records.registerThesis(ctx.caller, args),
  transitionInternship: (_, args, ctx) =>
    ctx.writes.records.transition(ctx.caller, 'Internship', 'transitionInternship', args),
  transitionThesis: (_, args, ctx) => ctx.writes.records.transition(ctx.caller, 'Thesis', 'transitionThesis', args),
  transitionTrainingEnrollment: (_, args, ctx) =>
    ctx.writes.records.transition(ctx.caller, 'TrainingEnrollment', 'transitionTrainingEnrollment', args),
  // Deprecated: the same moves under their first names, the new status in `status`.
  changeInternshipStatus: (_, { status, ...args }, ctx) =>
    ctx.writes.records.transition(
      ctx.caller,
      'Internship',
      'changeInternshipStatus',
      { ...args, to: status },
      'status',
    ),
  changeThesisStatus: (_, { status, ...args }, ctx) =>
    ctx.writes.records.transition(ctx.caller, 'Thesis', 'changeThesisStatus', { ...args, to: status }, 'status'),
  changeTrainingEnrollmentStatus: (_, { status, ...args }, ctx) =>
    ctx.writes.records.transition(
      ctx.caller,
      'TrainingEnrollment',
      'changeTrainingEnrollmentStatus',
      { ...args, to: status },
      'status',
    ),
  importInternshipPrograms: (_, args, ctx) => ctx.writes.imports.importInternshipPrograms(ctx.caller, args),
  importThesisPrograms: (_, args, ctx) => ctx.writes.imports.importThesisPrograms(ctx.caller, args),
  importTrainingPrograms: (_, args, ctx) => ctx.writes.imports.importTrainingPrograms(ctx.caller, args),
};
