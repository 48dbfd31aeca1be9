import type { AgreementParty as AgreementPartyRow } from '../entities/AgreementParty';

/** Institutions and people belong to the institutions subgraph: return references the gateway resolves there. */
export const AgreementParty = {
  institution: (party: AgreementPartyRow) => ({ __typename: 'Institution', id: party.institutionId }),
  signatory: (party: AgreementPartyRow) => (party.signatoryId ? { __typename: 'Person', id: party.signatoryId } : null),
};
