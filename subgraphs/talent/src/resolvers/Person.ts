import { lazyConnection } from './connections';
import type { PersonResolvers } from '../generated/resolvers';

export const Person: PersonResolvers = {
  // People belong to the institutions subgraph: this one only adds the theses they supervise.
  __resolveReference: (ref) => ({ id: ref.id }),
  supervisedTheses: (person, args, ctx) => {
    const filter = { supervisorId: person.id, supervisorRole: args.role ?? null };
    return lazyConnection(
      args,
      async (page) => {
        const rows = await ctx.theses.findPage(filter, page);
        for (const row of rows) ctx.loaders.thesis.prime(row.id, row);
        return rows;
      },
      (row) => ({ key: row.createdAt, id: row.id }),
      () => ctx.theses.count(filter),
    );
  },
};
