import type { InstitutionsContext } from '../context';
import type { InstitutionFacetsResolvers } from '../generated/resolvers';
import type { InstitutionFacetScope } from '../repositories/InstitutionRepository';

const bucket = ({ key, count }: { key: string | null; count: number }) => ({ key, label: key ?? 'unknown', count });

/** Each facet is one grouped statement, run only when a client asks for it. */
export const InstitutionFacets: InstitutionFacetsResolvers = {
  kinds: async (scope: InstitutionFacetScope, _: unknown, ctx: InstitutionsContext) =>
    (await ctx.institutions.countBy(scope.filter, 'kind')).map(bucket),
  countries: async (scope: InstitutionFacetScope, _: unknown, ctx: InstitutionsContext) =>
    (await ctx.institutions.countBy(scope.filter, 'country')).map(bucket),
};
