import { GraphQLError } from 'graphql';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  parsePageArgs,
  toConnection,
  type Cursor,
} from '../graphql/pagination';

/** The refusal a client gets for a bad argument: BAD_USER_INPUT naming it. */
function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('cursors', () => {
  it('round-trip a string, numeric or null sort key with its id', () => {
    const cursors: Cursor[] = [
      { key: 'azerishiq', id: 'aztu' },
      { key: 42, id: 'a-1' },
      { key: -1.5, id: 'b' },
      { key: null, id: 'undated' },
      { key: '', id: 'empty-key' },
      { key: 'Azərişıq "quoted" | ü', id: 'unicode' },
    ];
    for (const cursor of cursors) expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('are opaque base64url text, safe in a URL', () => {
    expect(encodeCursor({ key: 'a/b+c?', id: 'x' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('round-trip the longest sort key a column holds (300 folded characters) with the longest id (64)', () => {
    const cursor = { key: 'a'.repeat(300), id: 'b'.repeat(64) };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuse a tampered or invented value as BAD_USER_INPUT naming the argument', () => {
    const valid = encodeCursor({ key: 'k', id: 'i' });
    const tampered = [
      '', // empty
      'not a cursor', // spaces are no base64url
      `${valid}=`, // padding is not base64url
      valid.replace(/.$/, '+'), // a base64 (not base64url) character
      'x'.repeat(513), // longer than any cursor this API hands out
      Buffer.from('not json').toString('base64url'),
      Buffer.from('{"key":"k","id":"i"}').toString('base64url'), // an object, not the pair
      Buffer.from('["k"]').toString('base64url'), // no id
      Buffer.from('["k","i","extra"]').toString('base64url'),
      Buffer.from('["k",7]').toString('base64url'), // id not a string
      Buffer.from('[true,"i"]').toString('base64url'), // key neither string, number nor null
      Buffer.from('[{"a":1},"i"]').toString('base64url'),
      Buffer.from('null').toString('base64url'),
    ];
    for (const value of tampered) {
      const error = refusal(() => decodeCursor(value));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      expect(error.message).toBe(
        'Invalid value for "after": malformed cursor; pass an endCursor or edge cursor returned by this field',
      );
    }
  });

  it('name the argument the cursor came in, when it is not `after`', () => {
    expect(refusal(() => decodeCursor('%%%', 'history.after')).extensions).toMatchObject({
      argumentName: 'history.after',
    });
  });
});

describe('parsePageArgs', () => {
  it(`asks for ${DEFAULT_PAGE_SIZE} rows by default, and one more to learn whether a next page exists`, () => {
    expect(parsePageArgs({})).toEqual({ size: DEFAULT_PAGE_SIZE, limit: DEFAULT_PAGE_SIZE + 1, after: null });
    expect(parsePageArgs({ first: null, after: null })).toEqual({
      size: DEFAULT_PAGE_SIZE,
      limit: DEFAULT_PAGE_SIZE + 1,
      after: null,
    });
  });

  it(`takes any page size from 0 to ${MAX_PAGE_SIZE}`, () => {
    expect(parsePageArgs({ first: 0 })).toEqual({ size: 0, limit: 1, after: null });
    expect(parsePageArgs({ first: MAX_PAGE_SIZE })).toMatchObject({ size: MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE + 1 });
  });

  it('refuses a negative, fractional or too large `first`, naming it and the bounds', () => {
    for (const first of [-1, 2.5, MAX_PAGE_SIZE + 1, Number.NaN]) {
      const error = refusal(() => parsePageArgs({ first }));
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
      expect(error.message).toBe(`Invalid value for "first": must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
    }
  });

  it('honours a field’s own maximum', () => {
    expect(parsePageArgs({ first: 500 }, 500).size).toBe(500);
    expect(refusal(() => parsePageArgs({ first: 11 }, 10)).message).toMatch(/must be between 0 and 10, got 11/);
  });

  it('decodes `after`, treating an empty one as the first page, and refuses a malformed one', () => {
    const after = encodeCursor({ key: 'm', id: 'x' });
    expect(parsePageArgs({ first: 5, after }).after).toEqual({ key: 'm', id: 'x' });
    expect(parsePageArgs({ first: 5, after: '' }).after).toBeNull();
    expect(refusal(() => parsePageArgs({ after: '!!' })).extensions).toMatchObject({ argumentName: 'after' });
  });
});

describe('toConnection', () => {
  const row = (n: number) => ({ id: `r${n}`, n });
  const cursorOf = (r: { id: string; n: number }): Cursor => ({ key: r.n, id: r.id });

  it('keeps `size` of the `limit` rows fetched and says a next page exists when the extra row came back', () => {
    const page = parsePageArgs({ first: 2 });
    const connection = toConnection([row(1), row(2), row(3)], page, cursorOf, async () => 3);
    expect(connection.nodes.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['r1', 'r2']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.pageInfo.endCursor).toBe(connection.edges[1].cursor);
    expect(decodeCursor(connection.pageInfo.endCursor!)).toEqual({ key: 2, id: 'r2' });
  });

  it('says there is no next page when fewer than `limit` rows came back', () => {
    const connection = toConnection([row(1), row(2)], parsePageArgs({ first: 2 }), cursorOf, async () => 2);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor({ key: 2, id: 'r2' }) });
  });

  it('gives a null endCursor for an empty page, and for first: 0 still tells whether rows exist', () => {
    expect(toConnection([], parsePageArgs({}), cursorOf, async () => 0).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
    const zero = toConnection([row(1)], parsePageArgs({ first: 0 }), cursorOf, async () => 1);
    expect(zero.nodes).toEqual([]);
    expect(zero.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
  });

  it('counts only when asked, and once however often asked', async () => {
    const count = jest.fn(async () => 7);
    const connection = toConnection([row(1)], parsePageArgs({}), cursorOf, count);
    expect(count).not.toHaveBeenCalled();
    expect(await connection.totalCount()).toBe(7);
    expect(await connection.totalCount()).toBe(7);
    expect(count).toHaveBeenCalledTimes(1);
  });
});
