import { mustExist, citedRecordFields } from '@partnership-graph/shared';
import type { MembershipResolvers } from '../generated/resolvers';

export const Membership: MembershipResolvers = {
  member: (membership, _, ctx) =>
    mustExist(ctx.loaders.institution.load(membership.memberId), `institution ${membership.memberId}`),
  organization: (membership, _, ctx) =>
    mustExist(ctx.loaders.institution.load(membership.organizationId), `institution ${membership.organizationId}`),
  ...citedRecordFields('membership', 'Membership'),
};
