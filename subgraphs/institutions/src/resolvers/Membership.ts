import { recordKey } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Membership as MembershipRow } from '../entities/Membership';

export const Membership = {
  member: (membership: MembershipRow, _: unknown, ctx: InstitutionsContext) => ctx.loaders.institution.load(membership.memberId),
  organization: (membership: MembershipRow, _: unknown, ctx: InstitutionsContext) =>
    ctx.loaders.institution.load(membership.organizationId),
  sources: (membership: MembershipRow, _: unknown, ctx: InstitutionsContext) =>
    ctx.loaders.sources.load(recordKey('membership', membership.id)),
};
