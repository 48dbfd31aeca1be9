import { createHash } from 'node:crypto';
import { metrics } from '@partnership-graph/shared';
import { ExpiringStore } from './ExpiringStore';
import { renumberEntityErrors, type SubgraphAnswer, type SubgraphPayload } from './entityBatches';

/** A subgraph answer's Cache-Control as an Apollo cache hint (see SubgraphDataSource). */
export interface CacheHint {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/**
 * Reuses what subgraphs answered for single entities, as Apollo Router's entity cache
 * does: the same institution is a party to many agreements, and varied queries (every
 * one with other variables, so the response cache rarely sees one twice) fetch it
 * through `_entities` again and again.
 *
 * An entity is keyed by the subgraph, the fetch's document and its other variables, the
 * representation (typename and key fields, as canonical JSON) and Accept-Language. It is
 * kept for its answer's max-age (capped by `maxTtlMs`) only when that answer is public,
 * cacheable (max-age > 0) and free of errors; SubgraphDataSource asks it only for a
 * query's fetches for a caller without a token. `clear()` (a write through this gateway,
 * a new supergraph) empties it, and a fetch begun before keeps nothing it got.
 *
 * It lives in this process alone, REDIS_URL or not: a write through another instance
 * (or made in a subgraph directly) is seen here after the entity's max-age at most.
 */
export interface EntityCache {
  /** The part of an `_entities` fetch found in memory, or null for a fetch of anything else. */
  lookup(subgraph: string, payload: SubgraphPayload, acceptLanguage: string | null): EntityLookup | null;
  clear(): void;
  readonly size: number;
}

export interface EntityLookup {
  /** The fetch of the representations not found (in their order), or null when every one was. */
  readonly payload: SubgraphPayload | null;
  /** The shortest time (whole seconds) any entity served from memory may still be reused; null if none was. */
  readonly maxAge: number | null;
  /**
   * The answer the whole fetch would have had: the subgraph's `answer` for the missing
   * representations merged with those found. The fetched entities are kept if `hint` allows.
   */
  complete(answer: SubgraphAnswer | null, hint: CacheHint | null): SubgraphAnswer;
}

/** JSON with every object's keys sorted: the same representation gives the same key however it was built. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

export function createEntityCache(options: {
  maxTtlMs: number;
  maxEntries: number;
  maxBytes: number;
  now?: () => number;
}): EntityCache {
  const now = options.now ?? Date.now;
  // Kept as JSON text: each fetch gets a copy of its own, which the gateway may merge other
  // subgraphs' fields into without changing what is kept.
  const store = new ExpiringStore<string>({
    maxEntries: options.maxEntries,
    maxBytes: options.maxBytes,
    refreshOnRead: true,
  });
  return {
    lookup(subgraph, payload, acceptLanguage) {
      const { representations, ...otherVariables } = payload.variables ?? {};
      if (options.maxTtlMs <= 0 || !Array.isArray(representations) || representations.length === 0) return null;
      const startedIn = store.generation;
      const fetch = createHash('sha256')
        .update(canonicalJson([subgraph, payload.query, payload.operationName, otherVariables, acceptLanguage]))
        .digest('base64');
      const keys = representations.map((representation) =>
        createHash('sha256').update(fetch).update(canonicalJson(representation)).digest('base64'),
      );
      const at = now();
      const found = keys.map((key) => store.get(key, at));
      /** Index in the fetch sent → index in the whole fetch. */
      const missing = found.flatMap((entry, index) => (entry ? [] : [index]));
      const hits = representations.length - missing.length;
      if (hits) metrics.cacheLookups.inc({ cache_name: 'entity', cache_result: 'hit' }, hits);
      if (missing.length) metrics.cacheLookups.inc({ cache_name: 'entity', cache_result: 'miss' }, missing.length);
      const remaining = found.flatMap((entry) => (entry ? [Math.ceil((entry.expiresAt - at) / 1000)] : []));
      return {
        payload: missing.length
          ? { ...payload, variables: { ...payload.variables, representations: missing.map((i) => representations[i]) } }
          : null,
        maxAge: remaining.length ? Math.min(...remaining) : null,
        complete(answer, hint) {
          const fetched = answer?.data?._entities;
          const errors = renumberEntityErrors(answer?.errors, (index) => missing[index] ?? index);
          // The subgraph failed the fetch as a whole: so does the whole fetch.
          if (answer && (!Array.isArray(fetched) || fetched.length !== missing.length))
            return { ...answer, ...(errors ? { errors } : {}) };
          const entities = found.map((entry) => (entry ? (JSON.parse(entry.value) as unknown) : undefined));
          missing.forEach((index, i) => {
            entities[index] = fetched?.[i];
          });
          const ttlMs = Math.min((hint?.maxAge ?? 0) * 1000, options.maxTtlMs);
          if (answer && !errors && hint?.scope === 'PUBLIC' && ttlMs > 0 && store.generation === startedIn) {
            const storedAt = now();
            missing.forEach((index) => {
              const entity = entities[index];
              // A null is no entity (not found, or refused): asked again next time.
              if (entity === null || entity === undefined) return;
              const text = JSON.stringify(entity);
              const bytes = text.length + keys[index].length;
              // One entity never takes more than an eighth of the room.
              if (bytes <= options.maxBytes / 8) store.set(keys[index], text, bytes, storedAt + ttlMs);
            });
          }
          return { ...answer, data: { _entities: entities }, ...(errors ? { errors } : {}) };
        },
      };
    },
    clear: () => store.clear(),
    get size() {
      return store.size;
    },
  };
}
