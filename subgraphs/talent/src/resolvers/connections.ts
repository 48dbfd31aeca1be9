import { parsePageArgs, toConnection, type Connection, type Cursor, type PageArgs } from '@partnership-graph/shared';
import type DataLoader from 'dataloader';
import type { StatusCounts } from '../repositories/recordQuery';
import { countIn } from './stats';

/** A connection whose every field is resolved on demand (see lazyConnection). */
export interface LazyConnection<T> {
  totalCount: () => Promise<number>;
  nodes: () => Promise<Connection<T>['nodes']>;
  edges: () => Promise<Connection<T>['edges']>;
  pageInfo: () => Promise<Connection<T>['pageInfo']>;
}

/** A connection type that some fields return eagerly (root lists) and others lazily. */
export type AnyConnection<T> = Connection<T> | LazyConnection<T>;

/**
 * A connection whose page is fetched only when a client asks for nodes, edges or
 * pageInfo: `{ totalCount }` alone costs just the (batched) count. graphql-js calls a
 * function-valued property to resolve the field of the same name.
 */
export function lazyConnection<T>(
  args: PageArgs,
  fetch: (page: ReturnType<typeof parsePageArgs>) => Promise<T[]>,
  cursorOf: (row: T) => Cursor,
  count: () => Promise<number>,
): LazyConnection<T> {
  const page = parsePageArgs(args);
  let loaded: Promise<Connection<T>> | undefined;
  const get = () => (loaded ??= fetch(page).then((rows) => toConnection(rows, page, cursorOf, count)));
  return {
    totalCount: count,
    nodes: async () => (await get()).nodes,
    edges: async () => (await get()).edges,
    pageInfo: async () => (await get()).pageInfo,
  };
}

/**
 * A programme's records (`internships`, `theses`, `enrollments`), maybe only some
 * statuses: the page fetched on demand and primed into the record loader, the count
 * taken from the programme's batched status counts.
 */
export function programRecords<R extends { id: string; createdAt: string }>(
  programId: string,
  args: PageArgs & { statuses?: string[] | null },
  records: {
    findPage(
      filter: { programId: string; statuses?: string[] | null },
      page: ReturnType<typeof parsePageArgs>,
    ): Promise<R[]>;
  },
  loader: DataLoader<string, R | null>,
  counts: DataLoader<string, StatusCounts>,
): LazyConnection<R> {
  return lazyConnection(
    args,
    async (page) => {
      const rows = await records.findPage({ programId, statuses: args.statuses }, page);
      for (const row of rows) loader.prime(row.id, row);
      return rows;
    },
    (row) => ({ key: row.createdAt, id: row.id }),
    async () => countIn(await counts.load(programId), args.statuses),
  );
}
