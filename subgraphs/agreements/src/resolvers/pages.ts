import { loadPage, type PageArgs } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import {
  parseAgreementFilter,
  type AgreementFilterInput,
  type AgreementOrderBy,
} from '../repositories/AgreementRepository';
import { parseEventFilter, type EventFilterInput, type EventOrderBy } from '../repositories/EventRepository';

/** A page of `agreements`, also served as `Source.agreements` (the same list with `sourceId`). */
export function agreementsPage(
  args: PageArgs & { filter?: AgreementFilterInput | null; orderBy?: AgreementOrderBy | null },
  ctx: AgreementsContext,
) {
  const filter = parseAgreementFilter(args.filter);
  const orderBy = args.orderBy ?? 'SIGNED_ON_DESC';
  return loadPage(args, {
    fetch: (page) => ctx.agreements.findPage(filter, orderBy, page),
    cursorOf: (row) => ctx.agreements.cursorOf(orderBy, row),
    count: () => ctx.agreements.count(filter),
    prime: (row) => ctx.loaders.agreement.prime(row.id, row),
  });
}

/** A page of `events`, also served as `Source.events`. */
export function eventsPage(
  args: PageArgs & { filter?: EventFilterInput | null; orderBy?: EventOrderBy | null },
  ctx: AgreementsContext,
) {
  const filter = parseEventFilter(args.filter);
  const orderBy = args.orderBy ?? 'STARTS_ON_DESC';
  return loadPage(args, {
    fetch: (page) => ctx.events.findPage(filter, orderBy, page),
    cursorOf: (row) => ctx.events.cursorOf(orderBy, row),
    count: () => ctx.events.count(filter),
    prime: (row) => ctx.loaders.event.prime(row.id, row),
  });
}
