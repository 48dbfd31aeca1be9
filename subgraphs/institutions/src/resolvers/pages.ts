import { parsePageArgs, toConnection, type PageArgs } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { InstitutionFilter, InstitutionOrderBy } from '../repositories/InstitutionRepository';
import type { PersonFilter } from '../repositories/PersonRepository';

/** A page of `institutions`, also served as `Source.institutions` (the same list with `sourceId`). */
export async function institutionsPage(
  args: PageArgs & { filter?: InstitutionFilter | null; orderBy?: InstitutionOrderBy | null },
  ctx: InstitutionsContext,
) {
  const page = parsePageArgs(args);
  const orderBy = args.orderBy ?? 'NAME_ASC';
  const rows = await ctx.institutions.findPage(args.filter, orderBy, page);
  for (const row of rows) ctx.loaders.institution.prime(row.id, row);
  const connection = toConnection(
    rows,
    page,
    (row) => ({ key: ctx.institutions.cursorKey(orderBy, row), id: row.id }),
    () => ctx.institutions.count(args.filter),
  );
  return { ...connection, facets: { filter: args.filter ?? null } };
}

/** A page of `people`, also served as `Source.people`. */
export async function peoplePage(args: PageArgs & { filter?: PersonFilter | null }, ctx: InstitutionsContext) {
  const page = parsePageArgs(args);
  const rows = await ctx.people.findPage(args.filter, page);
  for (const row of rows) ctx.loaders.person.prime(row.id, row);
  return toConnection(
    rows,
    page,
    (row) => ({ key: row.sortName, id: row.id }),
    () => ctx.people.count(args.filter),
  );
}
