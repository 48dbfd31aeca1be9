import { parsePageArgs, toConnection, type Connection, type Cursor, type PageArgs } from '@partnership-graph/shared';

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
