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
import type {
  EnrollInInternshipProgramInput,
  EnrollInTrainingProgramInput,
  RegisterThesisInput,
} from '../mutations/RecordWrites';
import type { MutationResolvers } from '../generated/resolvers';

type Update<T> = { id: string; expectedVersion?: number | null; input: T };
type StatusMove = { id: string; status: string; expectedVersion?: number | null };
type Import<T> = { rows: T[]; dryRun?: boolean | null; idempotencyKey?: string | null };
/** A create-style mutation's arguments: its input and, to make a retry safe, an idempotency key. */
type Create<T> = { input: T; idempotencyKey?: string | null };

/**
 * Every mutation first checks the caller (access/writeAccess.ts): `editor:talent` or
 * `admin`; enrolments and thesis registrations also a registrar, for students of their
 * own university. Refusals happen before any input is read; each write records an
 * audit entry in its own transaction.
 */
export const Mutation: MutationResolvers = {
  createInternshipProgram: (
    _: unknown,
    { input, idempotencyKey }: Create<CreateInternshipProgramInput>,
    ctx: TalentContext,
  ) => ctx.writes.programs.createInternshipProgram(input, requireEditor(ctx.caller), idempotencyKey),
  updateInternshipProgram: (_: unknown, args: Update<UpdateInternshipProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateInternshipProgram(args.id, args.expectedVersion, args.input, requireEditor(ctx.caller)),
  createThesisProgram: (_: unknown, { input, idempotencyKey }: Create<CreateThesisProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.createThesisProgram(input, requireEditor(ctx.caller), idempotencyKey),
  updateThesisProgram: (_: unknown, args: Update<UpdateThesisProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateThesisProgram(args.id, args.expectedVersion, args.input, requireEditor(ctx.caller)),
  createTrainingProgram: (
    _: unknown,
    { input, idempotencyKey }: Create<CreateTrainingProgramInput>,
    ctx: TalentContext,
  ) => ctx.writes.programs.createTrainingProgram(input, requireEditor(ctx.caller), idempotencyKey),
  updateTrainingProgram: (_: unknown, args: Update<UpdateTrainingProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateTrainingProgram(args.id, args.expectedVersion, args.input, requireEditor(ctx.caller)),
  enrollInInternshipProgram: (
    _: unknown,
    { input, idempotencyKey }: Create<EnrollInInternshipProgramInput>,
    ctx: TalentContext,
  ) => ctx.writes.records.enrollInInternshipProgram(input, requireEnroller(ctx.caller), idempotencyKey),
  enrollInTrainingProgram: (
    _: unknown,
    { input, idempotencyKey }: Create<EnrollInTrainingProgramInput>,
    ctx: TalentContext,
  ) => ctx.writes.records.enrollInTrainingProgram(input, requireEnroller(ctx.caller), idempotencyKey),
  registerThesis: (_: unknown, { input, idempotencyKey }: Create<RegisterThesisInput>, ctx: TalentContext) =>
    ctx.writes.records.registerThesis(input, requireEnroller(ctx.caller), idempotencyKey),
  changeInternshipStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeInternshipStatus(args.id, args.status, args.expectedVersion, requireEditor(ctx.caller)),
  changeThesisStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeThesisStatus(args.id, args.status, args.expectedVersion, requireEditor(ctx.caller)),
  changeTrainingEnrollmentStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeTrainingEnrollmentStatus(
      args.id,
      args.status,
      args.expectedVersion,
      requireEditor(ctx.caller),
    ),
  // Imports (src/imports/): the editor check comes before the batch is looked at, dry runs included.
  importInternshipPrograms: (_: unknown, args: Import<InternshipProgramImportRow>, ctx: TalentContext) => {
    const writer = requireEditor(ctx.caller);
    return ctx.writes.imports.importInternshipPrograms(args, writer);
  },
  importThesisPrograms: (_: unknown, args: Import<ThesisProgramImportRow>, ctx: TalentContext) => {
    const writer = requireEditor(ctx.caller);
    return ctx.writes.imports.importThesisPrograms(args, writer);
  },
  importTrainingPrograms: (_: unknown, args: Import<TrainingProgramImportRow>, ctx: TalentContext) => {
    const writer = requireEditor(ctx.caller);
    return ctx.writes.imports.importTrainingPrograms(args, writer);
  },
};
