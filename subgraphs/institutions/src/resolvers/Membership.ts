import { mustExist, citationsOf, provenanceOf, citedSourcesOf, historyOf } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Membership as MembershipRow } from '../entities/Membership';
import type { MembershipResolvers } from '../generated/resolvers';

export const Membership: MembershipResolvers = {
  member: (membership: MembershipRow, _: unknown, ctx: InstitutionsContext) =>
    mustExist(ctx.loaders.institution.load(membership.memberId), `institution ${membership.memberId}`),
  organization: (membership: MembershipRow, _: unknown, ctx: InstitutionsContext) =>
    mustExist(ctx.loaders.institution.load(membership.organizationId), `institution ${membership.organizationId}`),
  citations: citationsOf('membership'),
  provenance: provenanceOf('membership'),
  sources: citedSourcesOf('membership'),
  history: historyOf('Membership'),
};
