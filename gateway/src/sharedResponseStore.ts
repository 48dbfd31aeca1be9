import type { RedisLink } from '@partnership-graph/shared';

/** One kept answer, as every instance reads it back. */
export interface SharedEntry {
  data: Record<string, unknown>;
  storedAt: number;
  maxAge: number;
}

/** What a lookup saw: the generation current at that moment, and the answer if one is kept for it. */
export interface SharedLookup {
  generation: string;
  entry: SharedEntry | null;
}

const PREFIX = 'pg:response:';
const GENERATION_KEY = `${PREFIX}generation`;

/**
 * Stores `value` under `key` for `ttl` ms only if the generation is still the one the
 * read began in: a write noted by any instance meanwhile voids the answer (atomic in Redis).
 */
const STORE_IF_CURRENT = `
if (redis.call('GET', KEYS[1]) or '0') == ARGV[1] then
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;

/**
 * The response cache's part in Redis, shared by every gateway instance. Answers are kept
 * under their key with the generation they were made in, and expire by Redis TTL (the
 * answer's maxAge, capped by RESPONSE_CACHE_MS). A write through any instance increments
 * the generation (`invalidate`, awaited before the mutation's answer is sent), and a
 * lookup reads the generation and the answer in one round trip: an answer of an older
 * generation is never served, so the next read through any instance sees the write.
 * Every method answers null when Redis is unreachable: the caller falls back to memory.
 */
export class SharedResponseStore {
  constructor(readonly link: RedisLink) {
    // Writes noted while the link was down were not heard by the other instances, and
    // theirs not here: what Redis still holds may be older than them. A new generation on
    // every reconnection voids it all.
    link.onUp(async () => {
      await link.client.incr(GENERATION_KEY);
    });
  }

  get available(): boolean {
    return this.link.available;
  }

  async lookup(key: string): Promise<SharedLookup | null> {
    const values = await this.link.attempt((client) => client.mget(GENERATION_KEY, PREFIX + key));
    if (!values) return null;
    const generation = values[0] ?? '0';
    const stored = values[1] ? (JSON.parse(values[1]) as SharedEntry & { generation: string }) : null;
    return { generation, entry: stored && stored.generation === generation ? stored : null };
  }

  async store(key: string, entry: SharedEntry, generation: string, ttlMs: number): Promise<void> {
    const value = JSON.stringify({ ...entry, generation });
    await this.link.attempt((client) =>
      client.eval(STORE_IF_CURRENT, 2, GENERATION_KEY, PREFIX + key, generation, value, Math.max(1, ttlMs)),
    );
  }

  /** Voids every kept answer for every instance; false when Redis could not be told. */
  async invalidate(): Promise<boolean> {
    return (await this.link.attempt((client) => client.incr(GENERATION_KEY))) !== null;
  }
}
