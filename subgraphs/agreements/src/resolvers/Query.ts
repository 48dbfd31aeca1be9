import {
  assertBucketCount,
  assertValidId,
  boundedArgument,
  MAX_STATS_BUCKETS,
  sourceDocumentsField,
} from '@partnership-graph/shared';
import type { QueryResolvers } from '../generated/resolvers';
import { parseAgreementFilter } from '../repositories/AgreementRepository';
import { parseEventFilter } from '../repositories/EventRepository';
import { NETWORK_MAX_EDGES, NETWORK_MAX_NODES, PATH_MAX_DEPTH } from '../services/network';
import { agreementsPage, eventsPage } from './pages';
import { countByPartyAttribute } from '../services/partyStats';
import { agreementBucketLabels, eventBucketLabels, toBuckets } from './stats';

export const Query: QueryResolvers = {
  agreement: (_, { id }, ctx) => ctx.loaders.agreement.load(assertValidId(id, 'id')),

  agreements: (_, args, ctx) => agreementsPage(args, ctx),

  event: (_, { id }, ctx) => ctx.loaders.event.load(assertValidId(id, 'id')),

  events: (_, args, ctx) => eventsPage(args, ctx),

  _sourceDocuments: sourceDocumentsField,

  agreementStats: async (_, { filter, groupBy, maxBuckets }, ctx) => {
    const parsed = parseAgreementFilter(filter);
    const bucketLimit = boundedArgument(maxBuckets, MAX_STATS_BUCKETS, 'maxBuckets');
    const work = ctx.beginAnalytics('agreementStats');
    const rows = await work.run(() =>
      groupBy === 'PARTY_COUNTRY' || groupBy === 'PARTY_KIND'
        ? countByPartyAttribute(
            ctx.dataSource,
            ctx.agreements,
            ctx.references,
            parsed,
            groupBy === 'PARTY_COUNTRY' ? 'country' : 'kind',
            work.budget,
          )
        : ctx.agreements.countBy(parsed, groupBy),
    );
    assertBucketCount('agreementStats', rows.length, bucketLimit);
    const { label, missing } = agreementBucketLabels[groupBy];
    return toBuckets(rows, label, missing, groupBy === 'YEAR');
  },

  eventStats: async (_, { filter, groupBy }, ctx) => {
    const rows = await ctx.events.countBy(parseEventFilter(filter), groupBy);
    const { label, missing } = eventBucketLabels[groupBy];
    return toBuckets(rows, label, missing, groupBy === 'YEAR');
  },

  partnershipNetwork: (_, { filter, maxNodes, maxEdges }, ctx) =>
    ctx.network.network(
      parseAgreementFilter(filter),
      boundedArgument(maxNodes, NETWORK_MAX_NODES, 'maxNodes'),
      boundedArgument(maxEdges, NETWORK_MAX_EDGES, 'maxEdges'),
      ctx.beginAnalytics('partnershipNetwork'),
    ),

  // Unknown institutions are the caller's mistake, named; known ones without a chain give null.
  partnershipPath: async (_, { from, to, maxDepth }, ctx) => {
    const depth = boundedArgument(maxDepth, PATH_MAX_DEPTH, 'maxDepth');
    const work = ctx.beginAnalytics('partnershipPath');
    const ends = [
      { typename: 'Institution', id: assertValidId(from, 'from'), field: 'from' },
      { typename: 'Institution', id: assertValidId(to, 'to'), field: 'to' },
    ];
    await ctx.references.assertExist(ends);
    return work.run(() => ctx.network.path(from, to, depth, work.budget));
  },

  auditLog: (_, args, ctx) => ctx.audit.history(ctx.caller, args),
};
