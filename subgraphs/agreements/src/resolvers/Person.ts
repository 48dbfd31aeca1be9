import type { AgreementsContext } from '../context';

/** A person as this subgraph knows them: only their id (the institutions subgraph owns the rest). */
interface PersonRef {
  id: string;
}

export const Person = {
  __resolveReference: (ref: PersonRef) => ({ id: ref.id }),
  signedAgreements: (person: PersonRef, _: unknown, ctx: AgreementsContext) => ctx.loaders.signedAgreementsByPerson.load(person.id),
  eventRoles: (person: PersonRef, _: unknown, ctx: AgreementsContext) => ctx.loaders.eventRolesByPerson.load(person.id),
};
