import { loadPage, type Connection, type PageArgs, type PageRequest } from '@partnership-graph/shared';
import type DataLoader from 'dataloader';
import type { TalentContext } from '../context';
import type {
  QueryInternshipProgramsArgs,
  QueryThesisProgramsArgs,
  QueryTrainingProgramsArgs,
} from '../generated/resolvers';

/** A programme list's repository: programmes are listed by folded title (`sortTitle`), then id. */
interface ProgramList<F, R> {
  findPage(filter: F | null | undefined, page: PageRequest): Promise<R[]>;
  count(filter: F | null | undefined): Promise<number>;
}

/** A page of one kind of programme, its rows primed into the request's loader. */
function programPage<F, R extends { id: string; sortTitle: string }>(
  args: PageArgs & { filter?: F | null },
  programs: ProgramList<F, R>,
  loader: DataLoader<string, R | null>,
): Promise<Connection<R>> {
  return loadPage(args, {
    fetch: (page) => programs.findPage(args.filter, page),
    cursorOf: (row) => ({ key: row.sortTitle, id: row.id }),
    count: () => programs.count(args.filter),
    prime: (row) => loader.prime(row.id, row),
  });
}

/** A page of `internshipPrograms`, also served as `Source.internshipPrograms` (the same list with `sourceId`). */
export const internshipProgramsPage = (args: QueryInternshipProgramsArgs, ctx: TalentContext) =>
  programPage(args, ctx.internshipPrograms, ctx.loaders.internshipProgram);

/** A page of `thesisPrograms`, also served as `Source.thesisPrograms`. */
export const thesisProgramsPage = (args: QueryThesisProgramsArgs, ctx: TalentContext) =>
  programPage(args, ctx.thesisPrograms, ctx.loaders.thesisProgram);

/** A page of `trainingPrograms`, also served as `Source.trainingPrograms`. */
export const trainingProgramsPage = (args: QueryTrainingProgramsArgs, ctx: TalentContext) =>
  programPage(args, ctx.trainingPrograms, ctx.loaders.trainingProgram);
