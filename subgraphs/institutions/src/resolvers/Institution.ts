import { citationsOf, provenanceOf, citedSourcesOf, loadReference, historyOf } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Institution as InstitutionRow } from '../entities/Institution';
import { positionsAt } from './positionsAt';
import { localizedName } from './localizedName';
import type { InstitutionResolvers } from '../generated/resolvers';

export const Institution: InstitutionResolvers = {
  __resolveReference: (ref: { id: string }, ctx: InstitutionsContext) =>
    loadReference(ref.id, (id) => ctx.loaders.institution.load(id)),
  name: (institution: InstitutionRow, { lang }: { lang?: string | null }, ctx: InstitutionsContext) =>
    localizedName(institution, lang, ctx.languages).value,
  localizedName: (institution: InstitutionRow, { lang }: { lang?: string | null }, ctx: InstitutionsContext) =>
    localizedName(institution, lang, ctx.languages),
  parent: (institution: InstitutionRow, _: unknown, ctx: InstitutionsContext) =>
    institution.parentId ? ctx.loaders.institution.load(institution.parentId) : null,
  units: (institution: InstitutionRow, _: unknown, ctx: InstitutionsContext) =>
    ctx.loaders.unitsByParent.load(institution.id),
  memberships: (institution: InstitutionRow, _: unknown, ctx: InstitutionsContext) =>
    ctx.loaders.membershipsByMember.load(institution.id),
  members: (institution: InstitutionRow, _: unknown, ctx: InstitutionsContext) =>
    ctx.loaders.membershipsByOrganization.load(institution.id),
  positions: async (institution: InstitutionRow, { at, status }, ctx: InstitutionsContext) =>
    positionsAt(await ctx.loaders.positionsByInstitution.load(institution.id), at, status),
  citations: citationsOf('institution'),
  provenance: provenanceOf('institution'),
  sources: citedSourcesOf('institution'),
  history: historyOf('Institution'),
};
