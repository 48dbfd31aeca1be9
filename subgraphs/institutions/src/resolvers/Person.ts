import { recordKey } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Person as PersonRow } from '../entities/Person';
import { localizedName } from './localizedName';
import { loadReference } from './Query';
import type { PersonResolvers } from '../generated/resolvers';

export const Person: PersonResolvers = {
  __resolveReference: (ref: { id: string }, ctx: InstitutionsContext) =>
    loadReference(ref.id, (id) => ctx.loaders.person.load(id)),
  name: (person: PersonRow, { lang }: { lang?: string | null }, ctx: InstitutionsContext) =>
    localizedName(person, lang, ctx.languages).value,
  localizedName: (person: PersonRow, { lang }: { lang?: string | null }, ctx: InstitutionsContext) =>
    localizedName(person, lang, ctx.languages),
  positions: (person: PersonRow, _: unknown, ctx: InstitutionsContext) => ctx.loaders.positionsByPerson.load(person.id),
  sources: (person: PersonRow, _: unknown, ctx: InstitutionsContext) => ctx.loaders.sources.load(recordKey('person', person.id)),
};
