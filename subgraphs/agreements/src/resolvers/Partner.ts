import type { PartnerResolvers } from '../generated/resolvers';
import { institutionRef } from './references';

export const Partner: PartnerResolvers = {
  institution: (partner) => institutionRef(partner.partnerId),
};
