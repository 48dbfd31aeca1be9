import { parsePageArgs, toConnection, type PageArgs } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import { parseAgreementFilter, type AgreementFilterInput, type AgreementOrderBy } from '../repositories/AgreementRepository';
import { parseEventFilter, type EventFilterInput, type EventOrderBy } from '../repositories/EventRepository';

/** An institution as this subgraph knows it: only its id (the institutions subgraph owns the rest). */
interface InstitutionRef {
  id: string;
}

export const Institution = {
  // Any id resolves: an institution without agreements simply has none here.
  __resolveReference: (ref: InstitutionRef) => ({ id: ref.id }),

  agreements: async (
    institution: InstitutionRef,
    args: PageArgs & { filter?: AgreementFilterInput | null; orderBy?: AgreementOrderBy | null },
    ctx: AgreementsContext,
  ) => {
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

  events: async (
    institution: InstitutionRef,
    args: PageArgs & { filter?: EventFilterInput | null; orderBy?: EventOrderBy | null },
    ctx: AgreementsContext,
  ) => {
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

  partners: (institution: InstitutionRef, _: unknown, ctx: AgreementsContext) => ctx.loaders.partnersByInstitution.load(institution.id),
};
