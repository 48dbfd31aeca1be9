import type DataLoader from 'dataloader';
import { loadPage, type Cursor, type PageArgs, type PageRequest } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import type { CountKey, PageKey } from '../loaders/createLoaders';
import {
  parseAgreementFilter,
  type AgreementFilterInput,
  type AgreementOrderBy,
} from '../repositories/AgreementRepository';
import { parseEventFilter, type EventFilterInput, type EventOrderBy } from '../repositories/EventRepository';

/** How one kind of titled record (agreements, events) is listed. */
interface TitledList<I, F, O, R> {
  parseFilter: (input: I | null | undefined) => F;
  defaultOrder: O;
  table: {
    findPage(filter: F, orderBy: O, page: PageRequest): Promise<R[]>;
    count(filter: F): Promise<number>;
    cursorOf(orderBy: O, row: R): Cursor;
  };
  loader: DataLoader<string, R | null>;
}

/** One institution's page of a list, batched over the institutions of the request (see createLoaders). */
interface InstitutionPages<F, O, R> {
  institutionId: string;
  pages: DataLoader<PageKey<F, O>, R[], string>;
  counts: DataLoader<CountKey<F>, number, string>;
}

/** A page of a titled list: the whole list's, or one institution's when `of` is given; its rows primed into the loader. */
function titledPage<I, F, O, R extends { id: string }>(
  args: PageArgs & { filter?: I | null; orderBy?: O | null },
  list: TitledList<I, F, O, R>,
  of?: InstitutionPages<F, O, R>,
) {
  const filter = list.parseFilter(args.filter);
  const orderBy = args.orderBy ?? list.defaultOrder;
  const parentId = of?.institutionId ?? '';
  return loadPage(args, {
    fetch: (page) =>
      of ? of.pages.load({ parentId, filter, orderBy, page }) : list.table.findPage(filter, orderBy, page),
    cursorOf: (row) => list.table.cursorOf(orderBy, row),
    count: () => (of ? of.counts.load({ parentId, filter }) : list.table.count(filter)),
    prime: (row) => list.loader.prime(row.id, row),
  });
}

/** A page of `agreements`, also served as `Source.agreements` (the same list with `sourceId`) and `Institution.agreements`. */
export function agreementsPage(
  args: PageArgs & { filter?: AgreementFilterInput | null; orderBy?: AgreementOrderBy | null },
  ctx: AgreementsContext,
  institutionId?: string,
) {
  const list = {
    parseFilter: parseAgreementFilter,
    defaultOrder: 'SIGNED_ON_DESC' as const,
    table: ctx.agreements,
    loader: ctx.loaders.agreement,
  };
  const { agreementsByParty: pages, agreementCountByParty: counts } = ctx.loaders;
  return titledPage(args, list, institutionId === undefined ? undefined : { institutionId, pages, counts });
}

/** A page of `events`, also served as `Source.events` and `Institution.events`. */
export function eventsPage(
  args: PageArgs & { filter?: EventFilterInput | null; orderBy?: EventOrderBy | null },
  ctx: AgreementsContext,
  institutionId?: string,
) {
  const list = {
    parseFilter: parseEventFilter,
    defaultOrder: 'STARTS_ON_DESC' as const,
    table: ctx.events,
    loader: ctx.loaders.event,
  };
  const { eventsByInstitution: pages, eventCountByInstitution: counts } = ctx.loaders;
  return titledPage(args, list, institutionId === undefined ? undefined : { institutionId, pages, counts });
}
