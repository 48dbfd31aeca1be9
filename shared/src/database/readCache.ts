import type { DataSource, Logger, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { RedisLink } from '../cluster/RedisLink';
import { logger } from '../observability/logger';
import { metrics } from '../observability/metrics';
import { writeStatementPattern } from './guardStatements';
import { insideWriteTransaction } from './requestScope';

/**
 * A short-lived cache for aggregate reads — `totalCount`, statistics, facets — whose
 * cost grows with the table (a COUNT or GROUP BY reads every matching row) while their
 * answer changes only when data is written.
 *
 * Correctness: every entry is dropped as soon as this process writes anything (an
 * INSERT, UPDATE, DELETE or DDL statement, and again when that transaction commits or
 * rolls back), so a caller never reads its own write stale. A write from another
 * process (a `pnpm seed`, `pnpm generate`) is seen after at most the TTL,
 * `READ_CACHE_MS` (default 5000; `0` turns the cache off). Concurrent identical reads
 * share one statement.
 *
 * Several instances (REDIS_URL, `shareReadCache`): a request that wrote increments a
 * generation in Redis before its answer is sent (`noteSharedWrite`), and an entry is
 * reused only while that generation is the one it was read in, so a write through one
 * instance is seen by the next aggregate read through any. While Redis is unreachable
 * entries live at most SHARED_FALLBACK_TTL_MS (a write elsewhere is unheard then), and
 * none made then is reused once it is back.
 */
let writeGeneration = 0;
const dirtyRunners = new WeakSet<object>();
const endOfTransaction = /^\s*(COMMIT|ROLLBACK)\b/i;

/** Records that `sql` was sent (by `queryRunner`): a write, or the end of a writing transaction, invalidates every cached read. */
export function noteStatement(sql: string, queryRunner?: QueryRunner): void {
  if (writeStatementPattern.test(sql)) {
    writeGeneration += 1;
    if (queryRunner) dirtyRunners.add(queryRunner);
  } else if (queryRunner && dirtyRunners.has(queryRunner) && endOfTransaction.test(sql)) {
    dirtyRunners.delete(queryRunner);
    writeGeneration += 1;
  }
}

/** Invalidates every cached read (for writers that bypass TypeORM's logger). */
export function noteWrite(): void {
  writeGeneration += 1;
}

/** The TypeORM logger every data source gets: watches for writes, then hands everything to `inner` (if any). */
export class WriteWatchingLogger implements Logger {
  constructor(private readonly inner?: Logger) {}

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    noteStatement(query, queryRunner);
    this.inner?.logQuery(query, parameters, queryRunner);
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    // A failed write may still have changed rows before failing (a multi-row statement on MySQL).
    noteStatement(query, queryRunner);
    this.inner?.logQueryError(error, query, parameters, queryRunner);
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.inner?.logQuerySlow(time, query, parameters, queryRunner);
  }

  logSchemaBuild(message: string, queryRunner?: QueryRunner): void {
    this.inner?.logSchemaBuild(message, queryRunner);
  }

  logMigration(message: string, queryRunner?: QueryRunner): void {
    noteWrite();
    this.inner?.logMigration(message, queryRunner);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, queryRunner?: QueryRunner): void {
    if (this.inner) this.inner.log(level, message, queryRunner);
    else if (level === 'warn') logger().warn(`[typeorm] ${String(message)}`);
  }
}

interface Entry {
  generation: number;
  /** The shared generation it was read in ('' without Redis, 'down' while it was unreachable). */
  shared: string;
  storedAt: number;
  value: Promise<unknown>;
}

const maxEntries = 1000;
const caches = new WeakMap<DataSource, Map<string, Entry>>();

/** The TTL when the configuration gives none (`READ_CACHE_MS`). */
export const DEFAULT_READ_CACHE_MS = 5000;
let configuredTtlMs = DEFAULT_READ_CACHE_MS;
let ttlMs = DEFAULT_READ_CACHE_MS;
let overridden = false;

/** Applies the TTL the service's configuration read at boot (`READ_CACHE_MS`); a test's `setReadCacheTtl` stays in force. */
export function configureReadCache(ms: number): void {
  configuredTtlMs = ms;
  if (!overridden) ttlMs = ms;
}

/** The TTL the configuration gave (what a test restores after `setReadCacheTtl`). */
export function readCacheTtlMs(): number {
  return configuredTtlMs;
}

/** Sets the TTL for this process (tests, the bench's SQL probe). */
export function setReadCacheTtl(ms: number): void {
  overridden = true;
  ttlMs = ms;
}

let sharedLink: RedisLink | null = null;
let sharedKey = 'pg:read:generation';
/** The longest an aggregate is reused while Redis is unreachable. */
export const SHARED_FALLBACK_TTL_MS = 1_000;

/** Makes every instance of `service` drop its aggregates when any of them writes (see above). */
export function shareReadCache(link: RedisLink, service: string): void {
  sharedLink = link;
  sharedKey = `pg:read:${service}:generation`;
  // What was kept while it was down may miss writes made elsewhere meanwhile.
  link.onUp(() => noteWrite());
}

/** A request wrote: every instance's aggregates are void (awaited before the request's answer is sent). */
export async function noteSharedWrite(): Promise<void> {
  await sharedLink?.attempt((client) => client.incr(sharedKey));
}

/** `compute()`, or its recent answer for the same `key` on the same data source when nothing was written since. */
export function cachedRead<T>(dataSource: DataSource, key: string, compute: () => Promise<T>): Promise<T> {
  if (ttlMs <= 0 || insideWriteTransaction()) return compute();
  const link = sharedLink;
  if (!link) return cachedLocally(dataSource, key, compute, '', ttlMs);
  return link
    .attempt((client) => client.get(sharedKey))
    .then((generation) =>
      generation === null && !link.available
        ? cachedLocally(dataSource, key, compute, 'down', Math.min(ttlMs, SHARED_FALLBACK_TTL_MS))
        : cachedLocally(dataSource, key, compute, generation ?? '0', ttlMs),
    );
}

function cachedLocally<T>(
  dataSource: DataSource,
  key: string,
  compute: () => Promise<T>,
  shared: string,
  ttlMs: number,
): Promise<T> {
  let cache = caches.get(dataSource);
  if (!cache) {
    cache = new Map();
    caches.set(dataSource, cache);
  }
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.generation === writeGeneration && hit.shared === shared && now - hit.storedAt < ttlMs) {
    metrics.cacheLookups.inc({ cache_name: 'read', cache_result: 'hit' });
    return hit.value as Promise<T>;
  }
  metrics.cacheLookups.inc({ cache_name: 'read', cache_result: 'miss' });
  const entry: Entry = { generation: writeGeneration, shared, storedAt: now, value: compute() };
  if (hit) cache.delete(key);
  cache.set(key, entry);
  // A failed read is not remembered.
  entry.value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  // Oldest first (insertion order): drop the oldest beyond the bound.
  while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
  return entry.value as Promise<T>;
}

/** `cachedRead` keyed by the statement a query builder would send (SQL and parameters) and a label. */
export function cachedQuery<E extends ObjectLiteral, T>(
  label: string,
  query: SelectQueryBuilder<E>,
  run: (query: SelectQueryBuilder<E>) => Promise<T>,
): Promise<T> {
  const [sql, parameters] = query.getQueryAndParameters();
  return cachedRead(query.connection, `${label}\u0000${sql}\u0000${JSON.stringify(parameters)}`, () => run(query));
}
