import {
  assertBucketCount,
  assertValidId,
  boundedArgument,
  MAX_STATS_BUCKETS,
  loadPage,
  parsePageArgs,
  parseSourceFilter,
} from '@partnership-graph/shared';
import type { QueryResolvers } from '../generated/resolvers';
import { internshipProgramsPage, thesisProgramsPage, trainingProgramsPage } from './pages';
import { toBuckets } from './talentStats';

export const Query: QueryResolvers = {
  internshipProgram: (_, { id }, ctx) => ctx.loaders.internshipProgram.load(assertValidId(id, 'id')),

  internshipPrograms: (_, args, ctx) => internshipProgramsPage(args, ctx),

  internship: (_, { id }, ctx) => ctx.loaders.internship.load(assertValidId(id, 'id')),

  thesisProgram: (_, { id }, ctx) => ctx.loaders.thesisProgram.load(assertValidId(id, 'id')),

  thesisPrograms: (_, args, ctx) => thesisProgramsPage(args, ctx),

  thesis: (_, { id }, ctx) => ctx.loaders.thesis.load(assertValidId(id, 'id')),

  // Only the documented filter fields; `supervisorRole` is internal (Person.supervisedTheses).
  theses: (_, args, ctx) => {
    const filter = args.filter ? { ...args.filter, supervisorRole: null } : null;
    return loadPage(args, {
      fetch: (page) => ctx.theses.findPage(filter, page),
      cursorOf: (row) => ({ key: row.createdAt, id: row.id }),
      count: () => ctx.theses.count(filter),
      prime: (row) => ctx.loaders.thesis.prime(row.id, row),
    });
  },

  trainingProgram: (_, { id }, ctx) => ctx.loaders.trainingProgram.load(assertValidId(id, 'id')),

  trainingPrograms: (_, args, ctx) => trainingProgramsPage(args, ctx),

  trainingEnrollment: (_, { id }, ctx) => ctx.loaders.trainingEnrollment.load(assertValidId(id, 'id')),

  student: (_, { id }, ctx) => ctx.loaders.student.load(assertValidId(id, 'id')),

  talentStats: async (_, args, ctx) => {
    const maxBuckets = boundedArgument(args.maxBuckets, MAX_STATS_BUCKETS, 'maxBuckets');
    const counts = await ctx
      .beginAnalytics('talentStats')
      .run(() => ctx.stats.count(args.filter, args.groupBy, args.count ?? 'PROGRAMS'));
    assertBucketCount('talentStats', counts.length, maxBuckets);
    return toBuckets(args.groupBy, counts);
  },

  sources: (_, args, ctx) => ctx.sourceCatalogue.page(parseSourceFilter(args.filter), parsePageArgs(args)),

  source: (_, { id }, ctx) => ctx.sourceCatalogue.byId.load(assertValidId(id, 'id')),

  talentAuditLog: (_, args, ctx) => ctx.audit.history(ctx.caller, args),
};
