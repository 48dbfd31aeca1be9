import { type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  chunks,
  andCitedBy,
  findTextSearchPage,
  searchNeedle,
  cachedQuery,
  buildSearchText,
  updateVersioned,
  assertDateOrder,
  assertValidId,
  endOfPeriod,
  foldText,
  andTextMatches,
  optionalDate,
  type PageRequest,
  undatedLast,
} from '@partnership-graph/shared';
import { Event } from '../entities/Event';
import type { CountRow } from './AgreementRepository';
import { datedTitleOrders, type RowOrder } from './datedTitleOrders';
import { TitledTable } from './TitledTable';
import { bool, jsonList, nullableBool, nullableString, periodReaches, type ParentJoin } from './sql';

/** An event as resolvers see it. */
export interface EventRow {
  id: string;
  title: string;
  titleIsDescriptive: boolean;
  kind: string;
  description: string | null;
  startsOn: string | null;
  endsOn: string | null;
  online: boolean | null;
  location: string | null;
  attendance: string | null;
  topics: string[];
  decisions: string[];
  version: number;
}

/** The values of an event a client or the seed sets; derived columns are computed from them. */
export type EventValues = Omit<EventRow, 'id' | 'version'>;

/** What a mutation or an import can change of a stored event. */
export function eventValues(row: EventRow): EventValues {
  return {
    title: row.title,
    titleIsDescriptive: row.titleIsDescriptive,
    kind: row.kind,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    online: row.online,
    location: row.location,
    attendance: row.attendance,
    topics: row.topics,
    decisions: row.decisions,
  };
}

export function storedEventColumns(values: EventValues): Omit<Event, 'id' | 'version'> {
  return {
    ...values,
    startsOnSort: undatedLast(values.startsOn),
    sortTitle: foldText(values.title).slice(0, 300),
    searchText: buildSearchText([values.title, values.description, values.location, ...values.topics]),
  };
}

/** `EventFilter` as clients send it. */
export interface EventFilterInput {
  search?: string | null;
  institutionId?: string | null;
  kinds?: string[] | null;
  from?: string | null;
  to?: string | null;
  sourceId?: string | null;
}

export interface EventFilter {
  search: string | null;
  institutionId: string | null;
  kinds: string[];
  from: string | null;
  to: string | null;
  sourceId: string | null;
}

export type EventOrderBy = 'STARTS_ON_DESC' | 'STARTS_ON_ASC' | 'TITLE_ASC';

export type EventStatsGroupBy = 'YEAR' | 'KIND' | 'ONLINE';

const dimensions: Record<EventStatsGroupBy, string> = {
  YEAR: 'SUBSTR(e.starts_on, 1, 4)',
  KIND: 'e.kind',
  ONLINE: 'e.online',
};

export function parseEventFilter(filter: EventFilterInput | null | undefined, prefix = 'filter'): EventFilter {
  const f = filter ?? {};
  const from = optionalDate(f.from, `${prefix}.from`);
  const to = optionalDate(f.to, `${prefix}.to`);
  assertDateOrder(from, to, `${prefix}.to`, `${prefix}.from`);
  return {
    search: searchNeedle(f.search, `${prefix}.search`),
    institutionId: f.institutionId != null ? assertValidId(f.institutionId, `${prefix}.institutionId`) : null,
    // Each value once: a list repeating one 40,000 times would be as many SQL parameters.
    kinds: [...new Set(f.kinds ?? [])],
    from,
    to,
    sourceId: f.sourceId != null ? assertValidId(f.sourceId, `${prefix}.sourceId`) : null,
  };
}

const { dateDesc, dateAsc, titleAsc } = datedTitleOrders<EventRow>('e', 'starts_on', (e) => e.startsOn);
const orders: Record<EventOrderBy, RowOrder<EventRow>> = {
  STARTS_ON_DESC: dateDesc,
  STARTS_ON_ASC: dateAsc,
  TITLE_ASC: titleAsc,
};

/**
 * Every (event, institution) pair where the institution organised, partnered, took
 * part in or sent a speaker to the event. UNION removes duplicates.
 */
const involvement =
  '(SELECT ip.event_id AS event_id, ip.institution_id AS institution_id FROM event_participants ip' +
  ' UNION SELECT isp.event_id AS event_id, isp.institution_id AS institution_id FROM event_speakers isp WHERE isp.institution_id IS NOT NULL)';

/** The columns of an event, aliased for raw queries (see `eventFromRaw`). */
export const eventColumns = [
  'e.id AS id',
  'e.title AS title',
  'e.title_is_descriptive AS title_is_descriptive',
  'e.kind AS kind',
  'e.description AS description',
  'e.starts_on AS starts_on',
  'e.ends_on AS ends_on',
  'e.online AS online',
  'e.location AS location',
  'e.attendance AS attendance',
  'e.topics AS topics',
  'e.decisions AS decisions',
  'e.version AS version',
];

export function eventFromRaw(raw: Record<string, unknown>): EventRow {
  return {
    id: String(raw.id),
    title: String(raw.title),
    titleIsDescriptive: bool(raw.title_is_descriptive),
    kind: String(raw.kind),
    description: nullableString(raw.description),
    startsOn: nullableString(raw.starts_on),
    endsOn: nullableString(raw.ends_on),
    online: nullableBool(raw.online),
    location: nullableString(raw.location),
    attendance: nullableString(raw.attendance),
    topics: jsonList(raw.topics),
    decisions: jsonList(raw.decisions),
    version: Number(raw.version),
  };
}

/** Every SQL statement about events lives here; writes take the transaction's manager. */
/** The institutions involved in an event: what its pages per institution hang under. */
const byInstitution: ParentJoin<Event> = {
  join: (query, parentIds) =>
    query
      .innerJoin(involvement, 'inv', 'inv.event_id = e.id')
      .andWhere('inv.institution_id IN (:...parentIds)', { parentIds: [...parentIds] }),
  parentColumn: 'inv.institution_id',
  idColumn: 'e.id',
};

export class EventRepository extends TitledTable<Event, EventRow, EventFilter, EventOrderBy> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: Event,
      alias: 'e',
      cacheName: 'events',
      columns: eventColumns,
      fromRaw: eventFromRaw,
      orders,
      byInstitution,
    });
  }

  /** `withSearch: false` leaves the text condition to `findTextSearchPage`. */
  protected filtered(filter: EventFilter, withSearch = true): SelectQueryBuilder<Event> {
    const query = this.dataSource.getRepository(Event).createQueryBuilder('e');
    if (filter.search && withSearch) andTextMatches(query, 'e.search_text', filter.search);
    if (filter.institutionId) {
      query.andWhere(`e.id IN (SELECT fi.event_id FROM ${involvement} fi WHERE fi.institution_id = :institutionId)`, {
        institutionId: filter.institutionId,
      });
    }
    if (filter.kinds.length) query.andWhere('e.kind IN (:...kinds)', { kinds: filter.kinds });
    // An event spans [startsOn, endsOn ?? startsOn]; it matches when that span meets [from, to].
    if (filter.from) periodReaches(query, 'COALESCE(e.ends_on, e.starts_on)', filter.from, 'from');
    if (filter.to) query.andWhere('e.starts_on <= :to', { to: endOfPeriod(filter.to) });
    if (filter.sourceId) andCitedBy(query, 'e.id', 'event', filter.sourceId);
    return query;
  }

  async findPage(filter: EventFilter, orderBy: EventOrderBy, page: PageRequest): Promise<EventRow[]> {
    return findTextSearchPage({
      query: () => this.filtered(filter, false).select(eventColumns),
      order: orders[orderBy],
      after: page.after,
      limit: page.limit,
      column: 'e.search_text',
      needle: filter.search,
      fetch: async (query) => (await query.getRawMany()).map(eventFromRaw),
    });
  }

  /** One page of events for each of many institutions (those involved), in one statement. */
  findPageByInstitutions(
    institutionIds: readonly string[],
    filter: EventFilter,
    orderBy: EventOrderBy,
    page: PageRequest,
  ): Promise<Map<string, EventRow[]>> {
    return this.pagesByInstitution(institutionIds, filter, orderBy, page);
  }

  countByInstitutions(institutionIds: readonly string[], filter: EventFilter): Promise<Map<string, number>> {
    return this.countsByInstitution(institutionIds, filter);
  }

  async countBy(filter: EventFilter, groupBy: EventStatsGroupBy): Promise<CountRow[]> {
    const expression = dimensions[groupBy];
    // Read through the aggregate cache: a GROUP BY reads every matching event.
    const grouped = this.filtered(filter)
      .select(expression, 'bucket_key')
      .addSelect('COUNT(*)', 'bucket_count')
      .groupBy(expression);
    const rows: Array<Record<string, unknown>> = await cachedQuery('events.countBy', grouped, (query) =>
      query.getRawMany(),
    );
    return rows.map((r) => ({
      // A boolean column reads as 0/1 (or "0"/"1"): its key is "true" or "false".
      key:
        groupBy === 'ONLINE'
          ? r.bucket_key === null || r.bucket_key === undefined
            ? null
            : String(bool(r.bucket_key))
          : nullableString(r.bucket_key),
      count: Number(r.bucket_count),
    }));
  }

  async insert(manager: EntityManager, id: string, values: EventValues): Promise<void> {
    await manager.getRepository(Event).insert({ id, version: 1, ...storedEventColumns(values) });
  }

  update(manager: EntityManager, id: string, expectedVersion: number, values: EventValues): Promise<number> {
    return updateVersioned(manager, Event, id, expectedVersion, storedEventColumns(values));
  }

  /** Writes many new events at version 1: one statement per 200. */
  async insertMany(manager: EntityManager, events: ReadonlyArray<{ id: string; values: EventValues }>): Promise<void> {
    for (const chunk of chunks(events, 200)) {
      await manager
        .getRepository(Event)
        .insert(chunk.map(({ id, values }) => ({ id, version: 1, ...storedEventColumns(values) })));
    }
  }
}
