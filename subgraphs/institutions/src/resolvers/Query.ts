import { assertValidId, loadPage, sourceDocumentsField, type PageArgs } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { InstitutionFilter, InstitutionOrderBy } from '../repositories/InstitutionRepository';
import type { PersonFilter } from '../repositories/PersonRepository';
import type { PositionFilter } from '../repositories/PositionRepository';
import type { QueryResolvers } from '../generated/resolvers';
import { institutionsPage, peoplePage } from './pages';

export const Query: QueryResolvers = {
  institution: (_: unknown, { id }: { id: string }, ctx: InstitutionsContext) =>
    ctx.loaders.institution.load(assertValidId(id, 'id')),

  institutions: (
    _: unknown,
    args: PageArgs & { filter?: InstitutionFilter | null; orderBy?: InstitutionOrderBy | null },
    ctx: InstitutionsContext,
  ) => institutionsPage(args, ctx),

  person: (_: unknown, { id }: { id: string }, ctx: InstitutionsContext) =>
    ctx.loaders.person.load(assertValidId(id, 'id')),

  people: (_: unknown, args: PageArgs & { filter?: PersonFilter | null }, ctx: InstitutionsContext) =>
    peoplePage(args, ctx),

  _sourceDocuments: sourceDocumentsField,

  positions: (_: unknown, args: PageArgs & { filter?: PositionFilter | null }, ctx: InstitutionsContext) =>
    loadPage(args, {
      fetch: (page) => ctx.positions.findPage(args.filter, page),
      cursorOf: (row) => ctx.positions.cursorOf(row),
      count: () => ctx.positions.count(args.filter),
    }),

  institutionAuditLog: (_, args, ctx) => ctx.audit.history(ctx.caller, args),
};
