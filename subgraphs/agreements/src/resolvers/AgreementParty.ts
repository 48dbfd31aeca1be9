import type { AgreementPartyResolvers } from '../generated/resolvers';
import { recordId } from './recordId';
import { institutionRef, personRef } from './references';

/** Institutions and people belong to the institutions subgraph: return references the gateway resolves there. */
export const AgreementParty: AgreementPartyResolvers = {
  id: (party) => recordId(party.agreementId, party.institutionId),
  institution: (party) => institutionRef(party.institutionId),
  signatory: (party) => (party.signatoryId ? personRef(party.signatoryId) : null),
};
