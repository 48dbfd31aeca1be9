import { loadPage } from '@partnership-graph/shared';
import type { InstitutionResolvers } from '../generated/resolvers';
import { parseAgreementFilter } from '../repositories/AgreementRepository';
import { parseEventFilter } from '../repositories/EventRepository';

export const Institution: InstitutionResolvers = {
  // Any id resolves: an institution without agreements simply has none here.
  __resolveReference: (ref) => ({ id: ref.id }),

  // One page per institution, batched over the institutions of the request (loaders).
  agreements: (institution, args, ctx) => {
    const filter = parseAgreementFilter(args.filter);
    const orderBy = args.orderBy ?? 'SIGNED_ON_DESC';
    return loadPage(args, {
      fetch: (page) => ctx.loaders.agreementsByParty.load({ parentId: institution.id, filter, orderBy, page }),
      cursorOf: (row) => ctx.agreements.cursorOf(orderBy, row),
      count: () => ctx.loaders.agreementCountByParty.load({ parentId: institution.id, filter }),
      prime: (row) => ctx.loaders.agreement.prime(row.id, row),
    });
  },

  events: (institution, args, ctx) => {
    const filter = parseEventFilter(args.filter);
    const orderBy = args.orderBy ?? 'STARTS_ON_DESC';
    return loadPage(args, {
      fetch: (page) => ctx.loaders.eventsByInstitution.load({ parentId: institution.id, filter, orderBy, page }),
      cursorOf: (row) => ctx.events.cursorOf(orderBy, row),
      count: () => ctx.loaders.eventCountByInstitution.load({ parentId: institution.id, filter }),
      prime: (row) => ctx.loaders.event.prime(row.id, row),
    });
  },

  partners: (institution, _, ctx) => ctx.loaders.partnersByInstitution.load(institution.id),
};
