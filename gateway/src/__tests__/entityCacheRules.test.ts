import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEntityCache } from '../entityCache';
import { SubgraphDataSource } from '../SubgraphDataSource';
import { createSubgraphFetcher, type SubgraphFetcher } from '../subgraphFetcher';

/**
 * The entity cache's own rules, through the gateway's real data source over a subgraph
 * that counts what it is asked: an entity `bad-…` fails with an error, every other one
 * answers with how many times it was resolved, under the Cache-Control `cacheControl`.
 */
const query =
  'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Thing { n } } }';

describe('the entity cache keeps', () => {
  let server: http.Server;
  let url: string;
  let fetcher: SubgraphFetcher;
  let cacheControl = 'max-age=60, public';
  /** The ids each request to the subgraph asked for, in order. */
  let asked: string[][] = [];
  const resolved = new Map<string, number>();
  let hold: Promise<void> = Promise.resolve();
  let clock = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', async () => {
        await hold;
        const representations = JSON.parse(text).variables.representations as Array<{ id: string }>;
        const language = req.headers['accept-language'] ?? '';
        asked.push(representations.map((r) => r.id));
        const errors: unknown[] = [];
        const entities = representations.map(({ id }, index) => {
          if (id.startsWith('bad')) {
            errors.push({ message: 'no', path: ['_entities', index, 'n'] });
            return null;
          }
          const n = (resolved.get(id) ?? 0) + 1;
          resolved.set(id, n);
          return { n: `${id}:${n}${language}` };
        });
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': cacheControl });
        res.end(JSON.stringify({ data: { _entities: entities }, ...(errors.length ? { errors } : {}) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    fetcher = createSubgraphFetcher({ timeoutMs: 2_000, keepAliveMs: 1_000, deduplicate: false });
  });
  afterAll(async () => {
    await fetcher.close();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    asked = [];
    cacheControl = 'max-age=60, public';
    clock = 0;
  });

  function make(options: { maxTtlMs?: number; maxEntries?: number; maxBytes?: number } = {}) {
    const cache = createEntityCache({
      maxTtlMs: options.maxTtlMs ?? 60_000,
      maxEntries: options.maxEntries ?? 100,
      maxBytes: options.maxBytes ?? 100_000,
      now: () => clock,
    });
    const source = new SubgraphDataSource({
      name: 'things',
      url,
      secret: 's',
      timeoutMs: 2_000,
      fetcher,
      entityCache: cache,
    });
    const restricted: Array<{ maxAge: number }> = [];
    const fetch = async (
      ids: string[],
      context: { authorization?: string; acceptLanguage?: string; operation?: 'query' | 'mutation' } = {},
    ) =>
      (await source.process({
        kind: 'incoming operation',
        request: { query, variables: { representations: ids.map((id) => ({ __typename: 'Thing', id })) } },
        context: { authorization: context.authorization ?? null, acceptLanguage: context.acceptLanguage ?? null },
        incomingRequestContext: {
          operation: { operation: context.operation ?? 'query' },
          overallCachePolicy: { restrict: (hint: { maxAge: number }) => restricted.push(hint) },
        },
      } as never)) as { data: { _entities: Array<{ n: string } | null> }; errors?: Array<{ path: unknown[] }> };
    return { cache, fetch, restricted };
  }
  const ns = (answer: { data: { _entities: Array<{ n: string } | null> } }) =>
    answer.data._entities.map((entity) => entity?.n ?? null);

  it('only the missing representations are asked, in order, and merged where the fetch expects them', async () => {
    const { fetch } = make();
    await fetch(['a1', 'b1']);
    const answer = await fetch(['c1', 'a1', 'bad1', 'b1', 'd1']);
    expect(asked).toEqual([
      ['a1', 'b1'],
      ['c1', 'bad1', 'd1'],
    ]);
    expect(ns(answer)).toEqual(['c1:1', 'a1:1', null, 'b1:1', 'd1:1']);
    // The error's index is the representation's in the whole fetch.
    expect(answer.errors?.map((e) => e.path)).toEqual([['_entities', 2, 'n']]);
    // Nothing of an answer with errors was kept: c1 and d1 are asked again, a1 and b1 are not.
    expect(ns(await fetch(['a1', 'c1', 'd1', 'b1']))).toEqual(['a1:1', 'c1:2', 'd1:2', 'b1:1']);
    expect(asked.at(-1)).toEqual(['c1', 'd1']);
    // Every one is known now: the subgraph is not asked at all.
    expect(ns(await fetch(['d1', 'c1']))).toEqual(['d1:2', 'c1:2']);
    expect(asked).toHaveLength(3);
  });

  it('an entity for its answer’s max-age, capped, and tells the policy what it has left', async () => {
    const { fetch, restricted } = make({ maxTtlMs: 20_000 });
    cacheControl = 'max-age=10, public';
    await fetch(['a2']);
    clock = 7_500;
    restricted.length = 0;
    expect(ns(await fetch(['a2']))).toEqual(['a2:1']);
    expect(restricted).toEqual([{ maxAge: 3, scope: 'PUBLIC' }]);
    clock = 10_000;
    expect(ns(await fetch(['a2']))).toEqual(['a2:2']);
    // The cap is shorter than the answer's max-age here.
    cacheControl = 'max-age=60, public';
    clock = 20_000;
    await fetch(['a2']);
    clock = 39_999;
    expect(ns(await fetch(['a2']))).toEqual(['a2:3']);
    clock = 40_000;
    expect(ns(await fetch(['a2']))).toEqual(['a2:4']);
  });

  it.each(['max-age=60, private', 'no-store', 'max-age=0, public', ''])(
    'nothing of an answer sent with Cache-Control "%s"',
    async (header) => {
      const { fetch, cache } = make();
      cacheControl = header;
      const id = `x-${header}`;
      await fetch([id]);
      expect(cache.size).toBe(0);
      expect(ns(await fetch([id]))).toEqual([`${id}:2`]);
    },
  );

  it('nothing for a caller with a token nor for a mutation, and not one language’s answer for another', async () => {
    const { fetch, cache } = make();
    await fetch(['a3'], { authorization: 'Bearer t' });
    await fetch(['a3'], { operation: 'mutation' });
    expect(cache.size).toBe(0);
    await fetch(['a3']);
    // Kept now, yet a caller with a token is still answered by the subgraph.
    expect(ns(await fetch(['a3'], { authorization: 'Bearer t' }))).toEqual(['a3:4']);
    expect(ns(await fetch(['a3'], { acceptLanguage: 'az' }))).toEqual(['a3:5az']);
    expect(ns(await fetch(['a3'], { acceptLanguage: 'az' }))).toEqual(['a3:5az']);
    expect(ns(await fetch(['a3']))).toEqual(['a3:3']);
  });

  it('at most maxEntries entities and maxBytes of them, the least recently used dropped first', async () => {
    const { fetch, cache } = make({ maxEntries: 2 });
    await fetch(['a4', 'b4']);
    await fetch(['a4']); // a4 is used again: b4 goes first
    await fetch(['c4']);
    expect(cache.size).toBe(2);
    expect(ns(await fetch(['a4', 'c4', 'b4']))).toEqual(['a4:1', 'c4:1', 'b4:2']);
    const small = make({ maxBytes: 1_000 });
    await small.fetch(Array.from({ length: 30 }, (_, i) => `long-entity-${i}`));
    // Each entity takes its JSON and its key (~70 bytes): 1000 bytes hold about fourteen.
    expect(small.cache.size).toBeGreaterThan(5);
    expect(small.cache.size).toBeLessThan(16);
  });

  it('a copy for every fetch: what the gateway merges into an answer does not change what is kept', async () => {
    const { fetch } = make();
    const first = await fetch(['a6']);
    Object.assign(first.data._entities[0] as object, { n: 'changed' });
    const second = await fetch(['a6']);
    expect(ns(second)).toEqual(['a6:1']);
    Object.assign(second.data._entities[0] as object, { n: 'changed' });
    expect(ns(await fetch(['a6']))).toEqual(['a6:1']);
  });

  it('nothing a fetch begun before a write brings back', async () => {
    const { fetch, cache } = make();
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    const pending = fetch(['a5']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.clear();
    release();
    expect(ns(await pending)).toEqual(['a5:1']);
    expect(cache.size).toBe(0);
  });
});
