import {
  assertBucketCount,
  assertValidId,
  boundedArgument,
  MAX_STATS_BUCKETS,
  loadPage,
  parsePageArgs,
  parseSourceFilter,
  type PageArgs,
  type SourceFilterInput,
} from '@partnership-graph/shared';
import type { TalentContext } from '../context';
import type { InternshipProgramFilter } from '../repositories/InternshipProgramRepository';
import type { TalentStatsCount, TalentStatsFilter, TalentStatsGroupBy } from '../repositories/TalentStatsRepository';
import type { ThesisFilter } from '../repositories/ThesisRepository';
import type { ThesisProgramFilter } from '../repositories/ThesisProgramRepository';
import type { TrainingProgramFilter } from '../repositories/TrainingProgramRepository';
import type { QueryResolvers } from '../generated/resolvers';
import { internshipProgramsPage, thesisProgramsPage, trainingProgramsPage } from './pages';
import { toBuckets } from './talentStats';

export const Query: QueryResolvers = {
  internshipProgram: (_: unknown, { id }: { id: string }, ctx: TalentContext) =>
    ctx.loaders.internshipProgram.load(assertValidId(id, 'id')),

  internshipPrograms: (_: unknown, args: PageArgs & { filter?: InternshipProgramFilter | null }, ctx: TalentContext) =>
    internshipProgramsPage(args, ctx),

  internship: (_: unknown, { id }: { id: string }, ctx: TalentContext) =>
    ctx.loaders.internship.load(assertValidId(id, 'id')),

  thesisProgram: (_: unknown, { id }: { id: string }, ctx: TalentContext) =>
    ctx.loaders.thesisProgram.load(assertValidId(id, 'id')),

  thesisPrograms: (_: unknown, args: PageArgs & { filter?: ThesisProgramFilter | null }, ctx: TalentContext) =>
    thesisProgramsPage(args, ctx),

  thesis: (_: unknown, { id }: { id: string }, ctx: TalentContext) => ctx.loaders.thesis.load(assertValidId(id, 'id')),

  // Only the documented filter fields; `supervisorRole` is internal (Person.supervisedTheses).
  theses: (_: unknown, args: PageArgs & { filter?: ThesisFilter | null }, ctx: TalentContext) => {
    const filter = args.filter ? { ...args.filter, supervisorRole: null } : null;
    return loadPage(args, {
      fetch: (page) => ctx.theses.findPage(filter, page),
      cursorOf: (row) => ({ key: row.createdAt, id: row.id }),
      count: () => ctx.theses.count(filter),
      prime: (row) => ctx.loaders.thesis.prime(row.id, row),
    });
  },

  trainingProgram: (_: unknown, { id }: { id: string }, ctx: TalentContext) =>
    ctx.loaders.trainingProgram.load(assertValidId(id, 'id')),

  trainingPrograms: (_: unknown, args: PageArgs & { filter?: TrainingProgramFilter | null }, ctx: TalentContext) =>
    trainingProgramsPage(args, ctx),

  trainingEnrollment: (_: unknown, { id }: { id: string }, ctx: TalentContext) =>
    ctx.loaders.trainingEnrollment.load(assertValidId(id, 'id')),

  student: (_: unknown, { id }: { id: string }, ctx: TalentContext) =>
    ctx.loaders.student.load(assertValidId(id, 'id')),

  talentStats: async (
    _: unknown,
    args: {
      filter?: TalentStatsFilter | null;
      groupBy: TalentStatsGroupBy;
      count?: TalentStatsCount | null;
      maxBuckets?: number | null;
    },
    ctx: TalentContext,
  ) => {
    const maxBuckets = boundedArgument(args.maxBuckets, MAX_STATS_BUCKETS, 'maxBuckets');
    const counts = await ctx
      .beginAnalytics('talentStats')
      .run(() => ctx.stats.count(args.filter, args.groupBy, args.count ?? 'PROGRAMS'));
    assertBucketCount('talentStats', counts.length, maxBuckets);
    return toBuckets(args.groupBy, counts);
  },

  sources: (_: unknown, args: PageArgs & { filter?: SourceFilterInput | null }, ctx: TalentContext) =>
    ctx.sourceCatalogue.page(parseSourceFilter(args.filter), parsePageArgs(args)),

  source: (_: unknown, { id }: { id: string }, ctx: TalentContext) =>
    ctx.sourceCatalogue.byId.load(assertValidId(id, 'id')),

  talentAuditLog: (_, args, ctx) => ctx.audit.history(ctx.caller, args),
};
