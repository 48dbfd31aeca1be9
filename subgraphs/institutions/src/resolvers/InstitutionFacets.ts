import type { InstitutionFacetsResolvers } from '../generated/resolvers';

const bucket = ({ key, count }: { key: string | null; count: number }) => ({ key, label: key ?? 'unknown', count });

/** Each facet is one grouped statement, run only when a client asks for it. */
export const InstitutionFacets: InstitutionFacetsResolvers = {
  kinds: async (scope, _, ctx) => (await ctx.institutions.countBy(scope.filter, 'kind')).map(bucket),
  countries: async (scope, _, ctx) => (await ctx.institutions.countBy(scope.filter, 'country')).map(bucket),
};
