import type { PartnerRow } from '../repositories/AgreementPartyRepository';

export const Partner = {
  institution: (partner: PartnerRow) => ({ __typename: 'Institution', id: partner.partnerId }),
};
