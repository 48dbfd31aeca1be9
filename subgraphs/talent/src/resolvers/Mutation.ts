import type { TalentContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers';
import type { Transition } from '../mutations/RecordWrites';

type RecordType = Parameters<TalentContext['writes']['records']['transition']>[1];

/** `transition<Type>`: a record's move to the status in `to`. */
function transitionOf<T extends RecordType>(type: T, operation: string) {
  return (_: unknown, args: Transition, ctx: TalentContext) =>
    ctx.writes.records.transition(ctx.caller, type, operation, args);
}

/** The deprecated `change<Type>Status`: the same move under its first name, the new status in `status`. */
function statusChangeOf<T extends RecordType>(type: T, operation: string) {
  return (_: unknown, { status, ...args }: Omit<Transition, 'to'> & { status: Transition['to'] }, ctx: TalentContext) =>
    ctx.writes.records.transition(ctx.caller, type, operation, { ...args, to: status }, 'status');
}

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
  transitionInternship: transitionOf('Internship', 'transitionInternship'),
  transitionThesis: transitionOf('Thesis', 'transitionThesis'),
  transitionTrainingEnrollment: transitionOf('TrainingEnrollment', 'transitionTrainingEnrollment'),
  // Deprecated: the same moves under their first names, the new status in `status`.
  changeInternshipStatus: statusChangeOf('Internship', 'changeInternshipStatus'),
  changeThesisStatus: statusChangeOf('Thesis', 'changeThesisStatus'),
  changeTrainingEnrollmentStatus: statusChangeOf('TrainingEnrollment', 'changeTrainingEnrollmentStatus'),
  importInternshipPrograms: (_, args, ctx) => ctx.writes.imports.importInternshipPrograms(ctx.caller, args),
  importThesisPrograms: (_, args, ctx) => ctx.writes.imports.importThesisPrograms(ctx.caller, args),
  importTrainingPrograms: (_, args, ctx) => ctx.writes.imports.importTrainingPrograms(ctx.caller, args),
};
