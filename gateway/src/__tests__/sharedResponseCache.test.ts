import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_JWT_SECRET, mintToken, repositoryRoot } from '@partnership-graph/shared';
import { composeSubgraphFolder } from '@partnership-graph/shared/compose';
import {
  postGraphQL,
  redisAvailable,
  startGatewayOver,
  startStack,
  startThrowawayRedis,
  waitUntil,
  type RunningService,
  type Stack,
  type ThrowawayRedis,
} from '@partnership-graph/shared/testing';

/**
 * Two gateway instances over the same subgraphs share one Redis (REDIS_URL): an answer
 * kept by one is served by the other, a write through either is seen by the next read
 * through both, and when Redis dies each falls back to its own memory, says so in its
 * health and logs, and comes back to Redis by itself once it is restarted.
 */
const read = '{ agreement(id: "mou-bsu-bayraktar-2025") { title version } }';
const update =
  'mutation($id: ID!, $v: Int!, $title: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $title }) { version } }';

async function health(url: string): Promise<Record<string, unknown>> {
  return (await fetch(new URL('/health/ready', url))).json() as Promise<Record<string, unknown>>;
}

const describeWithRedis = redisAvailable('the response cache shared in Redis') ? describe : describe.skip;

describeWithRedis('the response cache shared in Redis by two gateways', () => {
  let redis: ThrowawayRedis;
  let stack: Stack;
  let a: string;
  let b: RunningService;
  let editor: string;
  // Each instance follows a supergraph file of its own, as on two machines.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-shared-supergraph-'));
  const supergraphOf = (name: string) => {
    const file = path.join(dir, `${name}.graphql`);
    fs.copyFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), file);
    return file;
  };
  const fileA = supergraphOf('a');
  const gatewayEnv = (file: string) => ({
    SUPERGRAPH_PATH: file,
    SUPERGRAPH_POLL_MS: '100',
    REDIS_URL: redis.url,
    RESPONSE_CACHE_MS: '60000',
    RESPONSE_CACHE_FALLBACK_MS: '1000',
  });

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    stack = await startStack({
      subgraphs: ['institutions', 'agreements'],
      database: 'sqlite',
      gatewayEnv: gatewayEnv(fileA),
    });
    a = stack.gatewayUrl;
    b = await startGatewayOver(stack, gatewayEnv(supergraphOf('b')), 'gateway-b');
    editor = await mintToken(DEV_JWT_SECRET, { sub: 'shared-cache-editor', roles: ['editor:agreements'] });
  }, 120_000);
  afterAll(async () => {
    await b?.stop();
    await stack?.stop();
    await redis?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Changes the agreement's title through `gateway` and returns what it now is. */
  async function retitle(gateway: string, suffix: string) {
    const before = (await postGraphQL(gateway, read, undefined, { authorization: `Bearer ${editor}` })).body.data
      .agreement;
    const title = `${before.title.replace(/ \(.*\)$/, '')} (${suffix})`;
    const changed = await postGraphQL(
      gateway,
      update,
      { id: 'mou-bsu-bayraktar-2025', v: before.version, title },
      { authorization: `Bearer ${editor}` },
    );
    expect(changed.body.errors).toBeUndefined();
    return { title, version: before.version + 1 };
  }

  it('serves an answer kept by one instance from the other, and shows a write through one to the next read through the other', async () => {
    expect(await health(a)).toMatchObject({ status: 'ready', redis: 'connected', responseCache: 'shared' });
    expect(await health(b.url)).toMatchObject({ status: 'ready', redis: 'connected', responseCache: 'shared' });
    const first = await postGraphQL(a, read);
    expect(first.headers.get('age')).toBeNull();
    // Kept by A in Redis: B answers it from there.
    const fromB = await postGraphQL(b.url, read);
    expect(fromB.body).toEqual(first.body);
    expect(fromB.headers.get('age')).not.toBeNull();

    const written = await retitle(a, 'through A');
    expect((await postGraphQL(b.url, read)).body.data.agreement).toEqual(written);
    const back = await retitle(b.url, 'through B');
    expect((await postGraphQL(a, read)).body.data.agreement).toEqual(back);
  }, 60_000);

  it('falls back to memory while Redis is down, says so, and returns to Redis by itself when it is back', async () => {
    await redis.kill();
    await waitUntil(async () => (await health(b.url)).redis === 'unreachable');
    expect(await health(b.url)).toMatchObject({ status: 'ready', responseCache: 'local' });
    await waitUntil(async () => (await health(a)).redis === 'unreachable');
    expect(b.output()).toMatch(/Redis unreachable/);

    // Still answering, from its own memory now.
    const first = await postGraphQL(b.url, read);
    expect(first.body.errors).toBeUndefined();
    const again = await postGraphQL(b.url, read);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('age')).not.toBeNull();

    // A write through A is seen through A at once; through B (which cannot hear of it)
    // after its fallback TTL at most (RESPONSE_CACHE_FALLBACK_MS, 1 s), never later.
    const written = await retitle(a, 'while Redis is down');
    expect((await postGraphQL(a, read)).body.data.agreement).toEqual(written);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await postGraphQL(b.url, read)).body.data.agreement).toEqual(written);
    // B keeps that answer for up to 1 s; this write through A is not heard by B either…
    const unheard = await retitle(a, 'just before Redis is back');

    await redis.start();
    await waitUntil(async () => (await health(a)).redis === 'connected' && (await health(b.url)).redis === 'connected');
    expect(await health(b.url)).toMatchObject({ responseCache: 'shared' });
    expect(b.output()).toMatch(/Redis connected/);
    // …but what B kept alone is not served once it is back on Redis.
    expect((await postGraphQL(b.url, read)).body.data.agreement).toEqual(unheard);
    // And sharing works again: a write through B, the next read through A.
    const after = await retitle(b.url, 'after Redis is back');
    expect((await postGraphQL(a, read)).body.data.agreement).toEqual(after);
    const kept = await postGraphQL(b.url, read);
    expect((await postGraphQL(a, read)).headers.get('age')).not.toBeNull();
    expect(kept.body.data.agreement).toEqual(after);
  }, 90_000);

  it("switches every instance to a new supergraph written to one instance's file", async () => {
    const rorQuery = '{ institution(id: "aztu") { id rorId } }';
    expect((await postGraphQL(b.url, rorQuery)).body.errors).toBeUndefined();
    // A supergraph of the institutions subgraph alone, without rorId, lands in A's file only.
    const sources = fs.mkdtempSync(path.join(dir, 'institutions-'));
    fs.mkdirSync(path.join(sources, 'institutions'));
    const sdl = fs.readFileSync(path.join(repositoryRoot, 'subgraphs', 'institutions', 'schema.graphql'), 'utf8');
    fs.writeFileSync(
      path.join(sources, 'institutions', 'schema.graphql'),
      sdl.replace(/\n\s*"Research Organization Registry id, when known."\n\s*rorId: String/, ''),
    );
    fs.writeFileSync(fileA, composeSubgraphFolder(sources).supergraphSdl);
    await waitUntil(async () => /rorId/.test((await postGraphQL(b.url, rorQuery)).body.errors?.[0]?.message ?? ''));
    expect(b.output()).toMatch(/switched to the new supergraph shared in Redis/);
    expect((await postGraphQL(a, rorQuery)).body.errors?.[0]?.message).toMatch(/rorId/);
  }, 60_000);
});
