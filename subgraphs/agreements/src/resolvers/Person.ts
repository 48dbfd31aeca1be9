import type { PersonResolvers } from '../generated/resolvers';

export const Person: PersonResolvers = {
  // Any id resolves: a person who signed nothing and spoke nowhere simply has nothing here.
  __resolveReference: (ref) => ({ id: ref.id }),
  signedAgreements: (person, _, ctx) => ctx.loaders.signedAgreementsByPerson.load(person.id),
  eventRoles: (person, _, ctx) => ctx.loaders.eventRolesByPerson.load(person.id),
};
