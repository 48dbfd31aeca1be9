import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { metrics } from '@partnership-graph/shared';
import { ExpiringStore } from './ExpiringStore';
import type { GatewayContext } from './GatewayContext';
import type { SharedResponseStore } from './sharedResponseStore';

/**
 * Answers repeated anonymous queries from memory for as long as the data's cache hints
 * allow. Each subgraph states in its schema (`@cacheControl`) how long its data may be
 * reused and whether it may be shared, and sends that as its answer's Cache-Control
 * header; the gateway's RemoteGraphQLDataSource restricts the request's
 * `overallCachePolicy` by every subgraph answer (entity lookups included), so the
 * policy is the shortest maxAge of every part, PRIVATE if any part is.
 *
 * Kept: a query without an Authorization header, answered without any error, whose
 * policy is cacheable (maxAge > 0) and PUBLIC — for its maxAge, never longer than
 * `maxTtlMs`, keyed by the executed document (an automatic persisted query sent by hash
 * alone, and a trusted document sent by id, keyed by the text its id resolved to),
 * operation name, variables and Accept-Language.
 *
 * Writes: `noteWrite()` (called as soon as a subgraph answers a mutation's fetch saying it
 * wrote, or gives no answer at all) empties the cache and starts a new generation; an
 * answer is kept only if no write was noted while it was being made, so a read that
 * started before a write and ended after it never stores what it read before. A mutation
 * refused before it wrote (UNAUTHENTICATED, FORBIDDEN, a bad input) empties nothing, so
 * no caller can keep the cache cold. A new supergraph empties it too. A write made here is
 * seen by the next read at once; one made elsewhere (another gateway, `pnpm seed`) after
 * the data's maxAge at most.
 *
 * The plugin also makes the policy right for HTTP caches (Apollo's cache-control plugin
 * turns it into the Cache-Control header): an answer for a caller with a token is
 * PRIVATE whatever the subgraphs say, a mutation's answer is maxAge 0 (`no-store`), a
 * cacheable answer varies by Accept-Language, and an answer served from memory carries
 * its policy again with its `age`.
 *
 * Several instances (REDIS_URL, see sharedResponseStore): the answers live in Redis, and a
 * write through any instance voids them for all before its answer is sent. While Redis is
 * unreachable each instance keeps answers in its own memory, for at most `fallbackTtlMs`
 * (RESPONSE_CACHE_FALLBACK_MS): a write through another instance is unheard then, so this
 * bounds how long it can go unseen. Nothing kept alone survives the way back to Redis.
 */
export interface ResponseCache {
  plugin: ApolloServerPlugin<GatewayContext>;
  clear(): void;
  /** A write happened (or may have): empty the cache, and keep no answer begun before now. */
  noteWrite(): void;
  readonly size: number;
  /** Where answers are kept now: `shared` (Redis), `local` (this process; no Redis, or it is unreachable). */
  readonly mode: 'shared' | 'local';
}

interface Entry {
  data: Record<string, unknown>;
  storedAt: number;
  /** The policy the answer was made under (seconds), restored when it is served again. */
  maxAge: number;
}

export function createResponseCache(options: {
  maxTtlMs: number;
  maxEntries: number;
  maxBytes: number;
  now?: () => number;
  /** Redis, shared by every instance; the cache is this process's alone without it. */
  shared?: SharedResponseStore | null;
  /** The longest an answer is kept in memory while `shared` is unreachable. */
  fallbackTtlMs?: number;
  /**
   * A lookup found Redis's generation moved since the last one: some instance noted a
   * write. What this process keeps of its own beside Redis (the entity cache) empties.
   */
  onSharedWrite?: () => void;
}): ResponseCache {
  // The answers' JSON length counts against `maxBytes`; the oldest stored go first.
  const entries = new ExpiringStore<Entry>({
    maxEntries: options.maxEntries,
    maxBytes: options.maxBytes,
    refreshOnRead: false,
  });
  const now = options.now ?? Date.now;
  const shared = options.shared ?? null;
  const clear = () => entries.clear();
  // The last invalidation sent to Redis: a mutation's answer waits for it, so a read through
  // another instance that follows the answer finds the new generation.
  let invalidation: Promise<unknown> = Promise.resolve();
  const noteWrite = () => {
    clear();
    if (shared) invalidation = Promise.all([invalidation, shared.invalidate()]);
  };
  // What was kept alone while Redis was away, or before it went away, is not served again.
  shared?.link.onDown(clear);
  shared?.link.onUp(clear);
  let lastSharedGeneration: string | null = null;
  const localTtlMs = shared ? Math.min(options.fallbackTtlMs ?? 1_000, options.maxTtlMs) : options.maxTtlMs;
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ request, contextValue, overallCachePolicy }) {
      // What a caller with a token sees may depend on who it is: no shared cache may keep it.
      if (contextValue.authorization) overallCachePolicy.restrict({ scope: 'PRIVATE' });
      let key: string | null = null;
      let hit = false;
      let startedIn = entries.generation;
      // Set when the lookup went to Redis: the generation it saw there.
      let sharedGeneration: string | null = null;
      return {
        async didResolveOperation({ operation }) {
          // A write's answer is no copy of anything (Apollo would give it its types' hints).
          if (operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 });
        },
        async responseForOperation({ operation, source }) {
          if (options.maxTtlMs <= 0 || operation.operation !== 'query' || contextValue.authorization) return null;
          // `source` is the document that runs: a persisted query sent by hash alone has no
          // `request.query`, and its text is what the hash resolved to (a trusted document's
          // id is resolved to its registered text before, in trustedDocuments.ts).
          key = createHash('sha256')
            .update(
              JSON.stringify([
                source,
                request.operationName ?? null,
                request.variables ?? null,
                contextValue.acceptLanguage,
              ]),
            )
            .digest('base64');
          // Taken before any subgraph is asked: a write noted from here on voids this answer.
          startedIn = entries.generation;
          const found = shared ? await shared.lookup(key) : null;
          sharedGeneration = found?.generation ?? null;
          if (sharedGeneration !== null && sharedGeneration !== lastSharedGeneration) {
            if (lastSharedGeneration !== null) options.onSharedWrite?.();
            lastSharedGeneration = sharedGeneration;
          }
          const at = now();
          // Redis expires its answers itself; one of an older generation is never returned.
          const entry = found ? found.entry : entries.get(key, at)?.value;
          if (!entry) {
            metrics.cacheLookups.inc({ cache_name: 'response', cache_result: 'miss' });
            return null;
          }
          hit = true;
          metrics.cacheLookups.inc({ cache_name: 'response', cache_result: 'hit' });
          overallCachePolicy.replace({ maxAge: entry.maxAge, scope: 'PUBLIC' });
          const headers = new HeaderMap([['age', String(Math.floor((at - entry.storedAt) / 1000))]]);
          const response: GraphQLResponse = {
            http: { status: undefined, headers },
            body: { kind: 'single', singleResult: { data: entry.data } },
          };
          return response;
        },
        async willSendResponse({ response, operation }) {
          if (overallCachePolicy.policyIfCacheable()) response.http.headers.set('vary', 'accept-language');
          if (shared && operation?.operation === 'mutation') await invalidation;
          if (!key || hit || response.body.kind !== 'single' || startedIn !== entries.generation) return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          const policy = overallCachePolicy.policyIfCacheable();
          if (!policy || policy.scope !== 'PUBLIC') return;
          const size = JSON.stringify(data).length;
          if (size > options.maxBytes / 8) return; // one answer never takes more than an eighth of the room
          if (sharedGeneration !== null && shared) {
            const storedAt = now();
            const ttlMs = Math.min(policy.maxAge * 1000, options.maxTtlMs);
            await shared.store(key, { data, storedAt, maxAge: policy.maxAge }, sharedGeneration, ttlMs);
            return;
          }
          // Redis was unreachable at the lookup, or is not used: kept here.
          const storedAt = now();
          entries.set(
            key,
            { data, storedAt, maxAge: policy.maxAge },
            size,
            storedAt + Math.min(policy.maxAge * 1000, localTtlMs),
          );
        },
      };
    },
  };
  return {
    plugin,
    clear,
    noteWrite,
    get size() {
      return entries.size;
    },
    get mode() {
      return shared?.available ? 'shared' : 'local';
    },
  };
}
