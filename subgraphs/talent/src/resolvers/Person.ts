import type { PageArgs } from '@partnership-graph/shared';
import type { TalentContext } from '../context';
import { lazyConnection } from './connections';
import type { EntityRef as PersonRef } from './parents';
import type { PersonResolvers } from '../generated/resolvers';

export const Person: PersonResolvers = {
  // People belong to the institutions subgraph: this one only adds the theses they supervise.
  __resolveReference: (ref: PersonRef) => ({ id: ref.id }),
  supervisedTheses: (
    person: PersonRef,
    args: PageArgs & { role?: 'ACADEMIC' | 'INDUSTRY' | null },
    ctx: TalentContext,
  ) => {
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
