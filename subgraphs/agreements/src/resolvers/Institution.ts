import { parsePageArgs, toConnection } from '@partnership-graph/shared';
import type { InstitutionResolvers } from '../generated/resolvers';
import { parseAgreementFilter } from '../repositories/AgreementRepository';
import { parseEventFilter } from '../repositories/EventRepository';

export const Institution: InstitutionResolvers = {
  // Any id resolves: an institution without agreements simply has none here.
  __resolveReference: (ref) => ({ id: ref.id }),

  agreements: async (institution, args, ctx) => {
    const page = parsePageArgs(args);
    const filter = parseAgreementFilter(args.filter);
    const orderBy = args.orderBy ?? 'SIGNED_ON_DESC';
    const rows = await ctx.loaders.agreementsByParty.load({ parentId: institution.id, filter, orderBy, page });
    for (const row of rows) ctx.loaders.agreement.prime(row.id, row);
    return toConnection(
      rows,
      page,
      (row) => ctx.agreements.cursorOf(orderBy, row),
      () => ctx.loaders.agreementCountByParty.load({ parentId: institution.id, filter }),
    );
  },

  events: async (institution, args, ctx) => {
    const page = parsePageArgs(args);
    const filter = parseEventFilter(args.filter);
    const orderBy = args.orderBy ?? 'STARTS_ON_DESC';
    const rows = await ctx.loaders.eventsByInstitution.load({ parentId: institution.id, filter, orderBy, page });
    for (const row of rows) ctx.loaders.event.prime(row.id, row);
    return toConnection(
      rows,
      page,
      (row) => ctx.events.cursorOf(orderBy, row),
      () => ctx.loaders.eventCountByInstitution.load({ parentId: institution.id, filter }),
    );
  },

  partners: (institution, _, ctx) => ctx.loaders.partnersByInstitution.load(institution.id),
};
