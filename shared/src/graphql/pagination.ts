import { badUserInput } from './errors';

/** Connections return at most this many nodes per page. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A keyset position: the sort value of the last row seen and its id (the tie-breaker). */
export interface Cursor {
  key: string | number | null;
  id: string;
}

export interface PageRequest {
  /** Rows to fetch: one more than the page, to learn whether a next page exists. */
  limit: number;
  size: number;
  after: Cursor | null;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(value: string, argument = 'after'): Cursor {
  try {
    if (!/^[A-Za-z0-9_-]{1,512}$/.test(value)) throw new Error('not base64url');
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (parsed[0] === null || typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      typeof parsed[1] === 'string'
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(argument, 'malformed cursor; pass an endCursor or edge cursor returned by this field');
}

export function parsePageArgs(args: PageArgs, max = MAX_PAGE_SIZE): PageRequest {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badUserInput('first', `must be between 0 and ${max}, got ${size}`);
  }
  return { size, limit: size + 1, after: args.after ? decodeCursor(args.after) : null };
}

export interface Connection<T> {
  nodes: T[];
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Resolved lazily: the count query runs only when a client asks for it. */
  totalCount: () => Promise<number>;
}

/** Builds a connection from up to `limit` rows fetched in keyset order. */
export function toConnection<T>(
  rows: T[],
  page: PageRequest,
  cursorOf: (row: T) => Cursor,
  count: () => Promise<number>,
): Connection<T> {
  const nodes = rows.slice(0, page.size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  let counted: Promise<number> | undefined;
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    totalCount: () => (counted ??= count()),
  };
}

/** Where one page of a list comes from. */
export interface PageSource<T> {
  /** Up to `page.limit` rows in keyset order, after `page.after`. */
  fetch(page: PageRequest): Promise<T[]>;
  /** A row's keyset position (its sort key and id): the one way a cursor is built. */
  cursorOf(row: T): Cursor;
  /** Every row of the list; run only when a client asks for `totalCount`. */
  count(): Promise<number>;
  /** Hands each fetched row to the request's DataLoader, so fields under the page read no row again. */
  prime?(row: T): void;
}

/** The page-loading recipe of every connection field: arguments checked, rows fetched and primed, the connection built. */
export async function loadPage<T>(args: PageArgs, source: PageSource<T>): Promise<Connection<T>> {
  const page = parsePageArgs(args);
  const rows = await source.fetch(page);
  if (source.prime) for (const row of rows) source.prime(row);
  return toConnection(
    rows,
    page,
    (row) => source.cursorOf(row),
    () => source.count(),
  );
}
