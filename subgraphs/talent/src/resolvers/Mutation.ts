import type { TalentContext } from '../context';
import type {
  CreateInternshipProgramInput,
  CreateThesisProgramInput,
  CreateTrainingProgramInput,
  UpdateInternshipProgramInput,
  UpdateThesisProgramInput,
  UpdateTrainingProgramInput,
} from '../mutations/ProgramWrites';
import type { EnrollInInternshipProgramInput, EnrollInTrainingProgramInput, RegisterThesisInput } from '../mutations/RecordWrites';

type Update<T> = { id: string; expectedVersion?: number | null; input: T };
type StatusMove = { id: string; status: string; expectedVersion?: number | null };

/** Mutations need no role yet (authorization comes with the security issue); the caller is in the context. */
export const Mutation = {
  createInternshipProgram: (_: unknown, { input }: { input: CreateInternshipProgramInput }, ctx: TalentContext) =>
    ctx.writes.programs.createInternshipProgram(input),
  updateInternshipProgram: (_: unknown, args: Update<UpdateInternshipProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateInternshipProgram(args.id, args.expectedVersion, args.input),
  createThesisProgram: (_: unknown, { input }: { input: CreateThesisProgramInput }, ctx: TalentContext) =>
    ctx.writes.programs.createThesisProgram(input),
  updateThesisProgram: (_: unknown, args: Update<UpdateThesisProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateThesisProgram(args.id, args.expectedVersion, args.input),
  createTrainingProgram: (_: unknown, { input }: { input: CreateTrainingProgramInput }, ctx: TalentContext) =>
    ctx.writes.programs.createTrainingProgram(input),
  updateTrainingProgram: (_: unknown, args: Update<UpdateTrainingProgramInput>, ctx: TalentContext) =>
    ctx.writes.programs.updateTrainingProgram(args.id, args.expectedVersion, args.input),
  enrollInInternshipProgram: (_: unknown, { input }: { input: EnrollInInternshipProgramInput }, ctx: TalentContext) =>
    ctx.writes.records.enrollInInternshipProgram(input),
  enrollInTrainingProgram: (_: unknown, { input }: { input: EnrollInTrainingProgramInput }, ctx: TalentContext) =>
    ctx.writes.records.enrollInTrainingProgram(input),
  registerThesis: (_: unknown, { input }: { input: RegisterThesisInput }, ctx: TalentContext) => ctx.writes.records.registerThesis(input),
  changeInternshipStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeInternshipStatus(args.id, args.status, args.expectedVersion),
  changeThesisStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeThesisStatus(args.id, args.status, args.expectedVersion),
  changeTrainingEnrollmentStatus: (_: unknown, args: StatusMove, ctx: TalentContext) =>
    ctx.writes.records.changeTrainingEnrollmentStatus(args.id, args.status, args.expectedVersion),
};
