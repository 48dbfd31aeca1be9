import { requireEditor, requireEnroller } from '../access/writeAccess';
import type { TalentContext } from '../context';
import type {
  CreateInternshipProgramInput,
  CreateThesisProgramInput,
  CreateTrainingProgramInput,
  UpdateInternshipProgramInput,
  UpdateThesisProgramInput,
  UpdateTrainingProgramInput,
} from '../mutations/ProgramWrites';
import type { InternshipProgramImportRow } from '../imports/internshipPrograms';
import type { ThesisProgramImportRow } from '../imports/thesisPrograms';
import type { TrainingProgramImportRow } from '../imports/trainingPrograms';
import type { EnrollInInternshipProgramInput, EnrollInTrainingProgramInput, RegisterThesisInput } from '../mutations/RecordWrites';
import type { MutationResolvers } from '../generated/resolvers';

type Update<T> = { id: string; expectedVersion?: number | null; input: T };
type StatusMove = { id: string; status: string; expectedVersion?: number | null };
type Import<T> = { rows: T[]; dryRun?: boolean | null };

/**
 * Every mutation first checks the caller (access/writeAccess.ts): `editor:talent` or
 * `admin`; enrolments and thesis registrations also a registrar, for students of their
 * own university. Refusals happen before any input is read; each write records an
 * audit entry in its own transaction.
 */
export const Mutation: MutationResolvers = {
  createInternshipProgram: (_: unknown, { input }: { input: CreateInternshipProgramInput }, ctx: TalentContext) =>
    ctx.writes.programs.createInternshipProgram(input, requireEditor(ctx.caller)),
  updateInternshipProgram: (_: unknown, args: Update<UpdateInternshipProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateInternshipProgram(args.id, args.expectedVersion, args.input, requireEditor(ctx.caller)),
  createThesisProgram: (_: unknown, { input }: { input: CreateThesisProgramInput }, ctx: TalentContext) =>
    ctx.writes.programs.createThesisProgram(input, requireEditor(ctx.caller)),
  updateThesisProgram: (_: unknown, args: Update<UpdateThesisProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateThesisProgram(args.id, args.expectedVersion, args.input, requireEditor(ctx.caller)),
  createTrainingProgram: (_: unknown, { input }: { input: CreateTrainingProgramInput }, ctx: TalentContext) =>
    ctx.writes.programs.createTrainingProgram(input, requireEditor(ctx.caller)),
  updateTrainingProgram: (_: unknown, args: Update<UpdateTrainingProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateTrainingProgram(args.id, args.expectedVersion, args.input, requireEditor(ctx.caller)),
  enrollInInternshipProgram: (_: unknown, { input }: { input: EnrollInInternshipProgramInput }, ctx: TalentContext) =>
    ctx.writes.records.enrollInInternshipProgram(input, requireEnroller(ctx.caller)),
  enrollInTrainingProgram: (_: unknown, { input }: { input: EnrollInTrainingProgramInput }, ctx: TalentContext) =>
    ctx.writes.records.enrollInTrainingProgram(input, requireEnroller(ctx.caller)),
  registerThesis: (_: unknown, { input }: { input: RegisterThesisInput }, ctx: TalentContext) =>
    ctx.writes.records.registerThesis(input, requireEnroller(ctx.caller)),
  changeInternshipStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeInternshipStatus(args.id, args.status, args.expectedVersion, requireEditor(ctx.caller)),
  changeThesisStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeThesisStatus(args.id, args.status, args.expectedVersion, requireEditor(ctx.caller)),
  changeTrainingEnrollmentStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeTrainingEnrollmentStatus(args.id, args.status, args.expectedVersion, requireEditor(ctx.caller)),
  // Imports (src/imports/): the editor check comes before the batch is looked at, dry runs included.
  importInternshipPrograms: (_: unknown, args: Import<InternshipProgramImportRow>, ctx: TalentContext) => {
    const writer = requireEditor(ctx.caller);
    return ctx.writes.imports.importInternshipPrograms(args.rows, args.dryRun ?? false, writer);
  },
  importThesisPrograms: (_: unknown, args: Import<ThesisProgramImportRow>, ctx: TalentContext) => {
    const writer = requireEditor(ctx.caller);
    return ctx.writes.imports.importThesisPrograms(args.rows, args.dryRun ?? false, writer);
  },
  importTrainingPrograms: (_: unknown, args: Import<TrainingProgramImportRow>, ctx: TalentContext) => {
    const writer = requireEditor(ctx.caller);
    return ctx.writes.imports.importTrainingPrograms(args.rows, args.dryRun ?? false, writer);
  },
};
