import { loadReference, citedRecordFields } from '@partnership-graph/shared';
import { positionsAt } from './positionsAt';
import { localizedName } from './localizedName';
import type { PersonResolvers } from '../generated/resolvers';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.person.load(id)),
  name: (person, { lang }, ctx) => localizedName(person, lang, ctx.languages).value,
  localizedName: (person, { lang }, ctx) => localizedName(person, lang, ctx.languages),
  // People created before the column existed, or by writes that give none, have no titles: an empty list.
  academicTitles: (person) => person.academicTitles ?? [],
  positions: async (person, { at, status }, ctx) =>
    positionsAt(await ctx.loaders.positionsByPerson.load(person.id), at, status),
  ...citedRecordFields('person', 'Person'),
};
