import type { GraphQLRequestListener } from '@apollo/server';
import type { GatewayContext } from '../GatewayContext';
import { createResponseCache } from '../responseCache';

/** The response cache's own rules, through its plugin hooks: what it keeps, for how long, and how much. */
describe('the response cache keeps', () => {
  let clock = 0;
  const make = (maxEntries = 100, maxBytes = 100_000) => createResponseCache({ ttlMs: 1000, maxEntries, maxBytes, now: () => clock });
  const anonymous: GatewayContext = { caller: { sub: null, roles: [] } as never, authorization: null, acceptLanguage: null };

  /** Runs one request through the plugin: the cached data on a hit, else null after the plugin saw `data` sent. */
  async function ask(cache: ReturnType<typeof make>, query: string, data: Record<string, unknown>, context = anonymous, operation = 'query') {
    const hooks = (await cache.plugin.requestDidStart!({ request: { query }, contextValue: context } as never)) as GraphQLRequestListener<GatewayContext>;
    const cached = await hooks.responseForOperation?.({ operation: { operation } } as never);
    if (cached) return (cached.body as { singleResult: { data: unknown } }).singleResult.data;
    await hooks.willSendResponse?.({ operation: { operation }, response: { body: { kind: 'single', singleResult: { data } } } } as never);
    return null;
  }

  beforeEach(() => (clock = 0));

  it('an anonymous answer until it expires', async () => {
    const cache = make();
    expect(await ask(cache, '{ a }', { a: 1 })).toBeNull();
    expect(await ask(cache, '{ a }', { a: 2 })).toEqual({ a: 1 });
    clock = 1000;
    expect(await ask(cache, '{ a }', { a: 3 })).toBeNull();
    expect(await ask(cache, '{ a }', { a: 4 })).toEqual({ a: 3 });
  });

  it('nothing for a caller with a token, and nothing once a mutation went through', async () => {
    const cache = make();
    const withToken = { ...anonymous, authorization: 'Bearer x' };
    await ask(cache, '{ a }', { a: 1 }, withToken);
    expect(await ask(cache, '{ a }', { a: 2 }, withToken)).toBeNull();
    await ask(cache, '{ a }', { a: 1 });
    await ask(cache, 'mutation { m }', { m: true }, withToken, 'mutation');
    expect(cache.size).toBe(0);
    expect(await ask(cache, '{ a }', { a: 5 })).toBeNull();
  });

  it('one answer per language', async () => {
    const cache = make();
    await ask(cache, '{ name }', { name: 'Azərbaycan' }, { ...anonymous, acceptLanguage: 'az' });
    expect(await ask(cache, '{ name }', { name: 'Azerbaijan' }, { ...anonymous, acceptLanguage: 'en' })).toBeNull();
    expect(await ask(cache, '{ name }', {}, { ...anonymous, acceptLanguage: 'az' })).toEqual({ name: 'Azərbaycan' });
  });

  it('at most maxEntries answers and maxBytes of them, dropping the oldest, and no answer larger than an eighth of maxBytes', async () => {
    const byCount = make(2);
    for (const q of ['{ a }', '{ b }', '{ c }']) await ask(byCount, q, { v: q });
    expect(byCount.size).toBe(2);
    expect(await ask(byCount, '{ a }', { v: 'new' })).toBeNull();
    const byBytes = make(100, 800);
    for (let i = 0; i < 20; i++) await ask(byBytes, `{ q${i} }`, { text: 'x'.repeat(80) });
    expect(byBytes.size).toBeLessThanOrEqual(8);
    expect(await ask(byBytes, '{ q19 }', {})).toEqual({ text: 'x'.repeat(80) });
    await ask(byBytes, '{ big }', { text: 'x'.repeat(200) });
    expect(await ask(byBytes, '{ big }', { text: 'again' })).toBeNull();
  });
});
