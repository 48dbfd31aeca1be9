import { loadPage } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { QueryInstitutionsArgs, QueryPeopleArgs } from '../generated/resolvers';

/** A page of `institutions`, also served as `Source.institutions` (the same list with `sourceId`). */
export async function institutionsPage(args: QueryInstitutionsArgs, ctx: InstitutionsContext) {
  const orderBy = args.orderBy ?? 'NAME_ASC';
  const connection = await loadPage(args, {
    fetch: (page) => ctx.institutions.findPage(args.filter, orderBy, page),
    cursorOf: (row) => ctx.institutions.cursorOf(orderBy, row),
    count: () => ctx.institutions.count(args.filter),
    prime: (row) => ctx.loaders.institution.prime(row.id, row),
  });
  return { ...connection, facets: { filter: args.filter ?? null } };
}

/** A page of `people`, also served as `Source.people`. */
export function peoplePage(args: QueryPeopleArgs, ctx: InstitutionsContext) {
  return loadPage(args, {
    fetch: (page) => ctx.people.findPage(args.filter, page),
    cursorOf: (row) => ({ key: row.sortName, id: row.id }),
    count: () => ctx.people.count(args.filter),
    prime: (row) => ctx.loaders.person.prime(row.id, row),
  });
}
