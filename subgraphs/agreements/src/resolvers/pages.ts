import { parsePageArgs, toConnection, type PageArgs } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import {
  parseAgreementFilter,
  type AgreementFilterInput,
  type AgreementOrderBy,
} from '../repositories/AgreementRepository';
import { parseEventFilter, type EventFilterInput, type EventOrderBy } from '../repositories/EventRepository';

/** A page of `agreements`, also served as `Source.agreements` (the same list with `sourceId`). */
export async function agreementsPage(
  args: PageArgs & { filter?: AgreementFilterInput | null; orderBy?: AgreementOrderBy | null },
  ctx: AgreementsContext,
) {
  const page = parsePageArgs(args);
  const filter = parseAgreementFilter(args.filter);
  const orderBy = args.orderBy ?? 'SIGNED_ON_DESC';
  const rows = await ctx.agreements.findPage(filter, orderBy, page);
  for (const row of rows) ctx.loaders.agreement.prime(row.id, row);
  return toConnection(
    rows,
    page,
    (row) => ctx.agreements.cursorOf(orderBy, row),
    () => ctx.agreements.count(filter),
  );
}

/** A page of `events`, also served as `Source.events`. */
export async function eventsPage(
  args: PageArgs & { filter?: EventFilterInput | null; orderBy?: EventOrderBy | null },
  ctx: AgreementsContext,
) {
  const page = parsePageArgs(args);
  const filter = parseEventFilter(args.filter);
  const orderBy = args.orderBy ?? 'STARTS_ON_DESC';
  const rows = await ctx.events.findPage(filter, orderBy, page);
  for (const row of rows) ctx.loaders.event.prime(row.id, row);
  return toConnection(
    rows,
    page,
    (row) => ctx.events.cursorOf(orderBy, row),
    () => ctx.events.count(filter),
  );
}
