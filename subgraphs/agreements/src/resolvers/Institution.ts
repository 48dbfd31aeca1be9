import type { InstitutionResolvers } from '../generated/resolvers';
import { agreementsPage, eventsPage } from './pages';

export const Institution: InstitutionResolvers = {
  // Any id resolves: an institution without agreements simply has none here.
  __resolveReference: (ref) => ({ id: ref.id }),

  // One page per institution, batched over the institutions of the request (loaders).
  agreements: (institution, args, ctx) => agreementsPage(args, ctx, institution.id),

  events: (institution, args, ctx) => eventsPage(args, ctx, institution.id),

  partners: (institution, _, ctx) => ctx.loaders.partnersByInstitution.load(institution.id),
};
