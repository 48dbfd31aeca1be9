import type { PartnerResolvers } from '../generated/resolvers';
import { recordId } from './recordId';
import { institutionRef } from './references';

export const Partner: PartnerResolvers = {
  id: (partner) => recordId(partner.institutionId, partner.partnerId),
  institution: (partner) => institutionRef(partner.partnerId),
};
