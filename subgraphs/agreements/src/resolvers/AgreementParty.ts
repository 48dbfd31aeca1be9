import type { AgreementPartyResolvers } from '../generated/resolvers';
import { institutionRef, personRef } from './references';

/** Institutions and people belong to the institutions subgraph: return references the gateway resolves there. */
export const AgreementParty: AgreementPartyResolvers = {
  institution: (party) => institutionRef(party.institutionId),
  signatory: (party) => (party.signatoryId ? personRef(party.signatoryId) : null),
};
