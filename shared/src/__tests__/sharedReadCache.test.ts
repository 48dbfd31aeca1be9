import type { DataSource } from 'typeorm';
import { RedisLink } from '../cluster/RedisLink';
import { cachedRead, noteSharedWrite, shareReadCache, SHARED_FALLBACK_TTL_MS } from '../database/readCache';
import { redisAvailable, startThrowawayRedis, type ThrowawayRedis } from '../testing/startRedis';
import { waitUntil } from '../testing/freePort';

/**
 * The aggregate read cache shared through Redis (REDIS_URL): a write by any instance
 * (here: the shared generation incremented as another instance's noteSharedWrite does)
 * voids this instance's entries; while Redis is unreachable entries live at most
 * SHARED_FALLBACK_TTL_MS, and none kept then is reused once it is back.
 */
const describeWithRedis = redisAvailable('the aggregate cache shared in Redis') ? describe : describe.skip;

describeWithRedis('the aggregate cache shared in Redis', () => {
  let redis: ThrowawayRedis;
  let link: RedisLink;
  let other: RedisLink;
  beforeAll(async () => {
    redis = await startThrowawayRedis();
    link = new RedisLink(redis.url, 'readcache-test');
    // Another instance of the same subgraph, as far as Redis can tell.
    other = new RedisLink(redis.url, 'readcache-test-other');
    shareReadCache(link, 'readcache-test');
    expect(await link.whenAvailable(5_000)).toBe(true);
    expect(await other.whenAvailable(5_000)).toBe(true);
  });
  afterAll(async () => {
    await link?.close();
    await other?.close();
    await redis?.kill();
  });

  function counter() {
    const dataSource = {} as DataSource;
    let computed = 0;
    const read = () =>
      cachedRead(dataSource, 'count', async () => {
        computed += 1;
        return computed;
      });
    return { read, computed: () => computed };
  }

  it('reuses an aggregate until any instance writes, then reads it again', async () => {
    const { read, computed } = counter();
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    // Another instance wrote: it increments the shared generation before answering.
    await other.client.incr('pg:read:readcache-test:generation');
    expect(await read()).toBe(2);
    // This instance's own write, through noteSharedWrite, does the same for the others.
    const before = Number(await other.client.get('pg:read:readcache-test:generation'));
    await noteSharedWrite();
    expect(Number(await other.client.get('pg:read:readcache-test:generation'))).toBe(before + 1);
    expect(await read()).toBe(3);
    expect(computed()).toBe(3);
  });

  it('keeps entries briefly while Redis is down and drops them when it is back', async () => {
    const { read } = counter();
    expect(await read()).toBe(1);
    await redis.kill();
    await waitUntil(async () => !link.available);
    // Down: kept in memory for SHARED_FALLBACK_TTL_MS at most, and a fresh read first.
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, SHARED_FALLBACK_TTL_MS + 50));
    expect(await read()).toBe(3);
    await redis.start();
    await waitUntil(async () => link.available);
    // Back: what was kept while it was down is not reused.
    expect(await read()).toBe(4);
    expect(await read()).toBe(4);
  }, 30_000);
});
