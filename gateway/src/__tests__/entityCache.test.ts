import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, mintToken, SUBGRAPH_SECRET_HEADER } from '@partnership-graph/shared';
import {
  postGraphQL,
  redisAvailable,
  scrapeMetrics,
  startThrowawayRedis,
  startGatewayOver,
  startStack,
  sumOf,
  testDatabases,
  type RunningService,
  type Stack,
  type ThrowawayRedis,
} from '@partnership-graph/shared/testing';

/**
 * The gateway's entity cache on the real stack: an entity a subgraph answered through
 * `_entities` is served from memory to the next fetch that asks for it (only the
 * missing ones go to the subgraph), for its answer's max-age capped by ENTITY_CACHE_MS;
 * a write through the gateway is seen at once, one made elsewhere after the cap; a
 * caller with a token neither reads nor fills it.
 */
const parties = (id: string) => `{ agreement(id: "${id}") { title parties { institution { id name } } } }`;
const many = '{ agreements(first: 30) { nodes { id parties { institution { id name } } } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Institution.agreements comes from the agreements subgraph through _entities.
const agreementsOf = (id: string) =>
  `{ institution(id: "${id}") { name agreements(first: 50) { nodes { id title version } } } }`;
const retitle =
  'mutation($id: ID!, $title: String!) { updateAgreement(id: $id, input: { title: $title }) { version } }';

describe.each(testDatabases())('the entity cache on $label', ({ label }) => {
  let stack: Stack;
  let uncached: RunningService;
  let editor: string;
  let viewer: string;
  beforeAll(async () => {
    // The response cache is off, so every repeated query reaches the entity fetches.
    stack = await startStack({
      subgraphs: ['institutions', 'agreements', 'talent'],
      database: label,
      gatewayEnv: { RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '60000' },
    });
    uncached = await startGatewayOver(stack, { RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '0' }, 'uncached gateway');
    editor = await mintToken(DEV_JWT_SECRET, { sub: 'entity-cache-editor', roles: ['editor:agreements'] });
    viewer = await mintToken(DEV_JWT_SECRET, { sub: 'entity-cache-viewer', roles: ['viewer'] });
  }, 180_000);
  afterAll(async () => {
    await uncached?.stop();
    await stack?.stop();
  });

  /** The gateway's fetches of `subgraph` and its entity-cache hits and misses so far. */
  async function counts(gatewayUrl = stack.gatewayUrl, subgraph = 'institutions') {
    const samples = await scrapeMetrics(new URL('/metrics', gatewayUrl).toString());
    return {
      fetches: sumOf(samples, 'http_client_request_duration_seconds_count', { subgraph_name: subgraph }),
      hits: sumOf(samples, 'cache_lookups_total', { cache_name: 'entity', cache_result: 'hit' }),
      misses: sumOf(samples, 'cache_lookups_total', { cache_name: 'entity', cache_result: 'miss' }),
    };
  }
  const moved = (before: Awaited<ReturnType<typeof counts>>, after: Awaited<ReturnType<typeof counts>>) => ({
    fetches: after.fetches - before.fetches,
    hits: after.hits - before.hits,
    misses: after.misses - before.misses,
  });

  it('serves entities it has seen from memory: a repeated entity fetch does not reach the subgraph', async () => {
    const query = parties('mou-bsu-bayraktar-2025');
    const first = await postGraphQL(stack.gatewayUrl, query);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.agreement.parties.length).toBeGreaterThan(0);
    const before = await counts();
    const second = await postGraphQL(stack.gatewayUrl, query);
    const after = await counts();
    expect(second.body).toEqual(first.body);
    expect(moved(before, after)).toEqual({
      fetches: 0,
      hits: first.body.data.agreement.parties.length,
      misses: 0,
    });
    // The answer's Cache-Control is no longer than what the entities have left (Institution: 30 s).
    expect(second.headers.get('cache-control')).toMatch(/^max-age=([1-9]|10), public$/);
  });

  it('sends only the representations it lacks, and answers exactly as a gateway without it', async () => {
    // Some of the institutions in the list are known already (the test above), the rest are not.
    await postGraphQL(stack.gatewayUrl, parties('mou-bsu-bayraktar-2025'));
    const before = await counts();
    const answer = await postGraphQL(stack.gatewayUrl, many);
    const after = await counts();
    const reference = await postGraphQL(uncached.url, many);
    expect(answer.body.errors).toBeUndefined();
    expect(JSON.stringify(answer.body)).toBe(JSON.stringify(reference.body));
    const batch = moved(before, after);
    expect(batch.fetches).toBe(1);
    expect(batch.hits).toBeGreaterThan(0);
    expect(batch.misses).toBeGreaterThan(0);
    // Asked again, every institution comes from memory.
    const again = await postGraphQL(stack.gatewayUrl, many);
    expect(JSON.stringify(again.body)).toBe(JSON.stringify(reference.body));
    expect(moved(after, await counts())).toEqual({ fetches: 0, hits: batch.hits + batch.misses, misses: 0 });
  });

  it('never serves nor keeps an entity for a caller with a token', async () => {
    const query = parties('mou-bsu-bayraktar-2025');
    await postGraphQL(stack.gatewayUrl, query);
    const before = await counts();
    for (let i = 0; i < 2; i++) {
      const { body } = await postGraphQL(stack.gatewayUrl, query, undefined, { authorization: `Bearer ${viewer}` });
      expect(body.errors).toBeUndefined();
    }
    expect(moved(before, await counts())).toEqual({ fetches: 2, hits: 0, misses: 0 });
  });

  it('shows a write through the gateway to the very next read, with every cache on', async () => {
    const gateway = await startGatewayOver(stack, { RESPONSE_CACHE_MS: '60000', ENTITY_CACHE_MS: '60000' }, 'cached');
    try {
      const read = agreementsOf('bsu');
      const titleOf = async () => {
        const { body } = await postGraphQL(gateway.url, read);
        expect(body.errors).toBeUndefined();
        return body.data.institution.agreements.nodes.find((n: { id: string }) => n.id === 'mou-bsu-bayraktar-2025');
      };
      const before = await titleOf();
      expect(await titleOf()).toEqual(before);
      const changed = await postGraphQL(
        gateway.url,
        retitle,
        { id: before.id, title: `${before.title} (through the gateway)` },
        { authorization: `Bearer ${editor}` },
      );
      expect(changed.body.errors).toBeUndefined();
      expect(await titleOf()).toEqual({
        id: before.id,
        title: `${before.title} (through the gateway)`,
        version: before.version + 1,
      });
    } finally {
      await gateway.stop();
    }
  }, 60_000);

  it('shows a write made in the subgraph directly once the capped max-age has passed', async () => {
    const gateway = await startGatewayOver(stack, { RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '1500' }, 'short');
    try {
      const read = agreementsOf('aztu');
      const first = await postGraphQL(gateway.url, read);
      expect(first.body.errors).toBeUndefined();
      const keptAt = Date.now();
      const target = first.body.data.institution.agreements.nodes[0];
      const direct = await postGraphQL(
        stack.subgraphUrls.agreements,
        retitle,
        { id: target.id, title: `${target.title} (behind the gateway)` },
        { authorization: `Bearer ${editor}`, [SUBGRAPH_SECRET_HEADER]: DEV_SUBGRAPH_SECRET },
      );
      expect(direct.body.errors).toBeUndefined();
      const titleNow = async () =>
        (await postGraphQL(gateway.url, read)).body.data.institution.agreements.nodes.find(
          (n: { id: string }) => n.id === target.id,
        ).title;
      // Unheard of by the gateway: the kept entity is served within the cap…
      if (Date.now() - keptAt < 1_000) expect(await titleNow()).toBe(target.title);
      // …and the subgraph's answer after it.
      await sleep(Math.max(0, keptAt + 1_600 - Date.now()));
      expect(await titleNow()).toBe(`${target.title} (behind the gateway)`);
    } finally {
      await gateway.stop();
    }
  }, 60_000);
});

const describeWithRedis = redisAvailable('the entity cache beside Redis') ? describe : describe.skip;

describeWithRedis('the entity cache of two gateways sharing Redis', () => {
  let redis: ThrowawayRedis;
  let stack: Stack;
  let b: RunningService;
  beforeAll(async () => {
    redis = await startThrowawayRedis();
    const gatewayEnv = { REDIS_URL: redis.url, RESPONSE_CACHE_MS: '60000', ENTITY_CACHE_MS: '60000' };
    stack = await startStack({ subgraphs: ['institutions', 'agreements'], database: 'sqlite', gatewayEnv });
    b = await startGatewayOver(stack, gatewayEnv, 'gateway-b');
  }, 120_000);
  afterAll(async () => {
    await b?.stop();
    await stack?.stop();
    await redis?.kill();
  });

  it('empties one instance’s entities when a write through the other moves the generation in Redis', async () => {
    const editor = await mintToken(DEV_JWT_SECRET, { sub: 'entity-cache-editor', roles: ['editor:agreements'] });
    // Another alias each time (the response cache misses), the same entity fetch: it is A's entity cache that answers.
    const read = async (alias: string) => {
      const query = agreementsOf('bsu').replace('name', `${alias}: name`);
      const { body } = await postGraphQL(stack.gatewayUrl, query);
      expect(body.errors).toBeUndefined();
      return body.data.institution.agreements.nodes[0];
    };
    const hits = async () =>
      sumOf(await scrapeMetrics(new URL('/metrics', stack.gatewayUrl).toString()), 'cache_lookups_total', {
        cache_name: 'entity',
        cache_result: 'hit',
      });
    const before = await read('a');
    const hitsBefore = await hits();
    expect(await read('b')).toEqual(before);
    expect(await hits()).toBe(hitsBefore + 1);
    const changed = await postGraphQL(
      b.url,
      retitle,
      { id: before.id, title: `${before.title} (through B)` },
      { authorization: `Bearer ${editor}` },
    );
    expect(changed.body.errors).toBeUndefined();
    expect(await read('c')).toEqual({ ...before, title: `${before.title} (through B)`, version: before.version + 1 });
  }, 60_000);
});
