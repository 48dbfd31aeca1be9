import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { GatewayContext } from '../GatewayContext';
import { createResponseCache } from '../responseCache';

/**
 * The response cache's own rules, through a real Apollo Server whose fields carry
 * @cacheControl hints as the subgraphs' do: what it keeps, for how long, how much, and
 * the Cache-Control header every answer gets.
 */
const typeDefs = `#graphql
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query {
    five: Int @cacheControl(maxAge: 5)
    sixty: Int @cacheControl(maxAge: 60)
    zero: Int @cacheControl(maxAge: 0)
    unannotated: Int
    mine: Int @cacheControl(maxAge: 5, scope: PRIVATE)
    text(size: Int!): String @cacheControl(maxAge: 60)
    failing: Int @cacheControl(maxAge: 60)
  }
  type Mutation { m: Int @cacheControl(maxAge: 60) }
`;

describe('the response cache keeps', () => {
  let clock = 0;
  /** Every resolver call counts: an answer served from memory does not. */
  let calls = 0;
  const resolvers = {
    Query: {
      five: () => ++calls,
      sixty: () => ++calls,
      zero: () => ++calls,
      unannotated: () => ++calls,
      mine: () => ++calls,
      text: (_: unknown, { size }: { size: number }) => `${++calls}`.padEnd(size, 'x'),
      failing: () => {
        calls++;
        throw new Error('no');
      },
    },
    Mutation: { m: () => 1 },
  };
  const anonymous: GatewayContext = {
    caller: { sub: null, roles: [] } as never,
    authorization: null,
    acceptLanguage: null,
  };
  const servers: ApolloServer<GatewayContext>[] = [];

  async function make(options: { maxTtlMs?: number; maxEntries?: number; maxBytes?: number } = {}) {
    const cache = createResponseCache({
      maxTtlMs: options.maxTtlMs ?? 60_000,
      maxEntries: options.maxEntries ?? 100,
      maxBytes: options.maxBytes ?? 100_000,
      now: () => clock,
    });
    const server = new ApolloServer<GatewayContext>({
      typeDefs,
      resolvers,
      plugins: [cache.plugin, ApolloServerPluginCacheControl({ calculateHttpHeaders: true })],
    });
    await server.start();
    servers.push(server);
    /** One request: its data, whether it came from memory, and its caching headers. */
    const ask = async (query: string, context = anonymous) => {
      const before = calls;
      const response = await server.executeOperation({ query }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const header = (name: string) => response.http.headers.get(name) ?? null;
      return {
        data: response.body.singleResult.data,
        cached: calls === before,
        cacheControl: header('cache-control'),
        age: header('age'),
        vary: header('vary'),
      };
    };
    return { cache, ask };
  }

  beforeEach(() => {
    clock = 0;
  });
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  it('an anonymous answer for its maxAge, and says so with its age when it serves it again', async () => {
    const { ask } = await make();
    const first = await ask('{ five }');
    expect(first).toMatchObject({
      cached: false,
      cacheControl: 'max-age=5, public',
      age: null,
      vary: 'accept-language',
    });
    clock = 4_999;
    expect(await ask('{ five }')).toEqual({
      data: first.data,
      cached: true,
      cacheControl: 'max-age=5, public',
      age: '4',
      vary: 'accept-language',
    });
    clock = 5_000;
    expect((await ask('{ five }')).cached).toBe(false);
  });

  it('an answer as long as its shortest part, never longer than maxTtlMs', async () => {
    const { ask } = await make({ maxTtlMs: 10_000 });
    expect((await ask('{ sixty five }')).cacheControl).toBe('max-age=5, public');
    expect((await ask('{ sixty }')).cacheControl).toBe('max-age=60, public');
    clock = 5_000;
    expect((await ask('{ sixty five }')).cached).toBe(false);
    expect((await ask('{ sixty }')).cached).toBe(true);
    clock = 10_000;
    expect((await ask('{ sixty }')).cached).toBe(false);
  });

  it('nothing with a part of maxAge 0, unannotated or PRIVATE, and the header says so', async () => {
    const { cache, ask } = await make();
    for (const query of ['{ five zero }', '{ five unannotated }']) {
      expect(await ask(query)).toMatchObject({ cached: false, cacheControl: 'no-store', vary: null });
      expect((await ask(query)).cached).toBe(false);
    }
    expect(await ask('{ five mine }')).toMatchObject({ cached: false, cacheControl: 'max-age=5, private' });
    expect((await ask('{ five mine }')).cached).toBe(false);
    expect(cache.size).toBe(0);
  });

  it('nothing with errors', async () => {
    const { ask } = await make();
    expect(await ask('{ sixty failing }')).toMatchObject({ cached: false, cacheControl: 'no-store' });
    expect((await ask('{ sixty failing }')).cached).toBe(false);
  });

  // (Through the gateway the token's answer says `max-age=N, private`, see responseCache.test.ts: there the
  // policy comes from the subgraphs' headers; here Apollo skips the hints of a policy restricted before execution.)
  it('nothing for a caller with a token, whose answers no shared cache may keep, and nothing once a write was noted', async () => {
    const { cache, ask } = await make();
    const withToken = { ...anonymous, authorization: 'Bearer x' };
    expect((await ask('{ sixty }', withToken)).cacheControl).toMatch(/^(no-store|max-age=\d+, private)$/);
    expect((await ask('{ sixty }', withToken)).cached).toBe(false);
    await ask('{ sixty }');
    expect((await ask('{ sixty }')).cached).toBe(true);
    // A mutation is never cached, but by itself (no subgraph said it wrote) it empties nothing.
    expect((await ask('mutation { m }', withToken)).cacheControl).toBe('no-store');
    expect((await ask('mutation { m }')).cacheControl).toBe('no-store');
    expect(cache.size).toBe(1);
    expect((await ask('{ sixty }')).cached).toBe(true);
    cache.noteWrite();
    expect(cache.size).toBe(0);
    expect((await ask('{ sixty }')).cached).toBe(false);
  });

  it('nothing at all with maxTtlMs 0, while the header still tells HTTP caches the policy', async () => {
    const { cache, ask } = await make({ maxTtlMs: 0 });
    expect(await ask('{ sixty }')).toMatchObject({ cached: false, cacheControl: 'max-age=60, public' });
    expect((await ask('{ sixty }')).cached).toBe(false);
    expect((await ask('{ sixty }', { ...anonymous, authorization: 'Bearer x' })).cacheControl).not.toMatch(/public/);
    expect(cache.size).toBe(0);
  });

  it('one answer per language', async () => {
    const { ask } = await make();
    const az = await ask('{ sixty }', { ...anonymous, acceptLanguage: 'az' });
    expect((await ask('{ sixty }', { ...anonymous, acceptLanguage: 'en' })).cached).toBe(false);
    expect(await ask('{ sixty }', { ...anonymous, acceptLanguage: 'az' })).toMatchObject({
      data: az.data,
      cached: true,
    });
  });

  it('at most maxEntries answers and maxBytes of them, dropping the oldest, and no answer larger than an eighth of maxBytes', async () => {
    const byCount = await make({ maxEntries: 2 });
    for (const size of [1, 2, 3]) await byCount.ask(`{ text(size: ${size}) }`);
    expect(byCount.cache.size).toBe(2);
    expect((await byCount.ask('{ text(size: 1) }')).cached).toBe(false);
    const byBytes = await make({ maxBytes: 800 });
    for (let i = 0; i < 20; i++) await byBytes.ask(`{ text(size: ${70 + i}) }`);
    expect(byBytes.cache.size).toBeLessThanOrEqual(8);
    expect((await byBytes.ask('{ text(size: 89) }')).cached).toBe(true);
    await byBytes.ask('{ text(size: 200) }');
    expect((await byBytes.ask('{ text(size: 200) }')).cached).toBe(false);
  });
});
