import { citationsOf, provenanceOf, citedSourcesOf, loadReference, historyOf } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Person as PersonRow } from '../entities/Person';
import { positionsAt } from './positionsAt';
import { localizedName } from './localizedName';
import type { PersonResolvers } from '../generated/resolvers';

export const Person: PersonResolvers = {
  __resolveReference: (ref: { id: string }, ctx: InstitutionsContext) =>
    loadReference(ref.id, (id) => ctx.loaders.person.load(id)),
  name: (person: PersonRow, { lang }: { lang?: string | null }, ctx: InstitutionsContext) =>
    localizedName(person, lang, ctx.languages).value,
  localizedName: (person: PersonRow, { lang }: { lang?: string | null }, ctx: InstitutionsContext) =>
    localizedName(person, lang, ctx.languages),
  // People created before the column existed, or by writes that give none, have no titles: an empty list.
  academicTitles: (person: PersonRow) => person.academicTitles ?? [],
  positions: async (person: PersonRow, { at, status }, ctx: InstitutionsContext) =>
    positionsAt(await ctx.loaders.positionsByPerson.load(person.id), at, status),
  citations: citationsOf('person'),
  provenance: provenanceOf('person'),
  sources: citedSourcesOf('person'),
  history: historyOf('Person'),
};
