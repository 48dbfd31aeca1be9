import { assertValidId, loadPage, sourceDocumentsField } from '@partnership-graph/shared';
import type { QueryResolvers } from '../generated/resolvers';
import { institutionsPage, peoplePage } from './pages';

export const Query: QueryResolvers = {
  institution: (_, { id }, ctx) => ctx.loaders.institution.load(assertValidId(id, 'id')),

  institutions: (_, args, ctx) => institutionsPage(args, ctx),

  person: (_, { id }, ctx) => ctx.loaders.person.load(assertValidId(id, 'id')),

  people: (_, args, ctx) => peoplePage(args, ctx),

  _sourceDocuments: sourceDocumentsField,

  positions: (_, args, ctx) =>
    loadPage(args, {
      fetch: (page) => ctx.positions.findPage(args.filter, page),
      cursorOf: (row) => ctx.positions.cursorOf(row),
      count: () => ctx.positions.count(args.filter),
    }),

  institutionAuditLog: (_, args, ctx) => ctx.audit.history(ctx.caller, args),
};
