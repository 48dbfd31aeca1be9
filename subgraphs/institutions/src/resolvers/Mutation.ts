import type { MutationResolvers } from '../generated/resolvers';

/** The import mutations: the logic lives in src/imports/, one file per record type. */
export const Mutation: MutationResolvers = {
  importInstitutions: (_, args, ctx) => ctx.imports.institutions.run(ctx.caller, args),
  importPeople: (_, args, ctx) => ctx.imports.people.run(ctx.caller, args),
  importPositions: (_, args, ctx) => ctx.imports.positions.run(ctx.caller, args),
  importMemberships: (_, args, ctx) => ctx.imports.memberships.run(ctx.caller, args),
};
