import { parsePageArgs, toConnection, type PageArgs } from '@partnership-graph/shared';
import type { TalentContext } from '../context';
import type { InternshipProgramFilter } from '../repositories/InternshipProgramRepository';
import type { ThesisProgramFilter } from '../repositories/ThesisProgramRepository';
import type { TrainingProgramFilter } from '../repositories/TrainingProgramRepository';

/** A page of `internshipPrograms`, also served as `Source.internshipPrograms` (the same list with `sourceId`). */
export async function internshipProgramsPage(
  args: PageArgs & { filter?: InternshipProgramFilter | null },
  ctx: TalentContext,
) {
  const page = parsePageArgs(args);
  const rows = await ctx.internshipPrograms.findPage(args.filter, page);
  for (const row of rows) ctx.loaders.internshipProgram.prime(row.id, row);
  return toConnection(
    rows,
    page,
    (row) => ({ key: row.sortTitle, id: row.id }),
    () => ctx.internshipPrograms.count(args.filter),
  );
}

/** A page of `thesisPrograms`, also served as `Source.thesisPrograms`. */
export async function thesisProgramsPage(args: PageArgs & { filter?: ThesisProgramFilter | null }, ctx: TalentContext) {
  const page = parsePageArgs(args);
  const rows = await ctx.thesisPrograms.findPage(args.filter, page);
  for (const row of rows) ctx.loaders.thesisProgram.prime(row.id, row);
  return toConnection(
    rows,
    page,
    (row) => ({ key: row.sortTitle, id: row.id }),
    () => ctx.thesisPrograms.count(args.filter),
  );
}

/** A page of `trainingPrograms`, also served as `Source.trainingPrograms`. */
export async function trainingProgramsPage(
  args: PageArgs & { filter?: TrainingProgramFilter | null },
  ctx: TalentContext,
) {
  const page = parsePageArgs(args);
  const rows = await ctx.trainingPrograms.findPage(args.filter, page);
  for (const row of rows) ctx.loaders.trainingProgram.prime(row.id, row);
  return toConnection(
    rows,
    page,
    (row) => ({ key: row.sortTitle, id: row.id }),
    () => ctx.trainingPrograms.count(args.filter),
  );
}
