import { assertValidId, parsePageArgs, toConnection, type PageArgs } from '@partnership-graph/shared';
import { assertAdmin } from '../authorization';
import type { InstitutionsContext } from '../context';
import type { InstitutionFilter, InstitutionOrderBy } from '../repositories/InstitutionRepository';
import type { PersonFilter } from '../repositories/PersonRepository';
import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  institution: (_: unknown, { id }: { id: string }, ctx: InstitutionsContext) =>
    ctx.loaders.institution.load(assertValidId(id, 'id')),

  institutions: async (
    _: unknown,
    args: PageArgs & { filter?: InstitutionFilter | null; orderBy?: InstitutionOrderBy | null },
    ctx: InstitutionsContext,
  ) => {
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
  },

  person: (_: unknown, { id }: { id: string }, ctx: InstitutionsContext) =>
    ctx.loaders.person.load(assertValidId(id, 'id')),

  people: async (_: unknown, args: PageArgs & { filter?: PersonFilter | null }, ctx: InstitutionsContext) => {
    const page = parsePageArgs(args);
    const rows = await ctx.people.findPage(args.filter, page);
    for (const row of rows) ctx.loaders.person.prime(row.id, row);
    return toConnection(rows, page, (row) => ({ key: row.sortName, id: row.id }), () => ctx.people.count(args.filter));
  },

  institutionAuditLog: async (_, args, ctx) => {
    assertAdmin(ctx.caller, 'reading the audit log');
    const entityId = assertValidId(args.entityId, 'entityId');
    const page = parsePageArgs(args);
    const rows = await ctx.audit.findPage(entityId, page);
    return toConnection(rows, page, (row) => ctx.audit.cursorOf(row), () => ctx.audit.count(entityId));
  },
};

