import { loadReference, citedRecordFields } from '@partnership-graph/shared';
import { positionsAt } from './positionsAt';
import { localizedName } from './localizedName';
import type { InstitutionResolvers } from '../generated/resolvers';

export const Institution: InstitutionResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.institution.load(id)),
  name: (institution, { lang }, ctx) => localizedName(institution, lang, ctx.languages).value,
  localizedName: (institution, { lang }, ctx) => localizedName(institution, lang, ctx.languages),
  parent: (institution, _, ctx) => (institution.parentId ? ctx.loaders.institution.load(institution.parentId) : null),
  units: (institution, _, ctx) => ctx.loaders.unitsByParent.load(institution.id),
  memberships: (institution, _, ctx) => ctx.loaders.membershipsByMember.load(institution.id),
  members: (institution, _, ctx) => ctx.loaders.membershipsByOrganization.load(institution.id),
  positions: async (institution, { at, status }, ctx) =>
    positionsAt(await ctx.loaders.positionsByInstitution.load(institution.id), at, status),
  ...citedRecordFields('institution', 'Institution'),
};
