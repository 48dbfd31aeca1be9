import type { ApolloServer, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuthConfig } from '../auth/authConfig';
import type { SubgraphConfig } from '../config';
import type { Caller } from '../context/Caller';
import { connectRedis } from '../cluster/RedisLink';
import { configureReadRouting, pinToPrimary, replicaHealth, stopReadRouting } from '../cluster/readRouting';
import { configureReadCache, noteSharedWrite, shareReadCache } from '../database/readCache';
import { logger } from '../observability/logger';
import { retryWithBackoff } from '../database/retryWithBackoff';
import type { IdempotencyKeys } from '../idempotency/IdempotencyKeys';
import { parseAcceptLanguage } from './acceptLanguage';
import type { RunningServer } from './serveGraphQL';
import { serveSubgraph } from './serveSubgraph';

export interface RunningSubgraph extends RunningServer {
  dataSource: DataSource;
}

/**
 * The life of a subgraph process: listen at once (so /health/live answers), connect
 * to the database with retries and backoff (readiness stays false meanwhile, and
 * GraphQL requests get a 503), migrate and seed, then serve. Resolves when the
 * database is connected; `close` stops accepting, finishes in-flight requests and
 * closes the pool.
 */
export async function startSubgraph<TContext extends BaseContext>(options: {
  config: SubgraphConfig;
  auth?: AuthConfig;
  apollo: ApolloServer<TContext>;
  openDatabase: () => Promise<DataSource>;
  /** Runs once the database is open (e.g. seeding an empty database). */
  prepare?: (dataSource: DataSource) => Promise<unknown>;
  /** Builds a request's context; `languages` come from its Accept-Language header, best first. */
  context: (dataSource: DataSource, caller: Caller, languages: string[]) => TContext;
  /** The idempotency keys of this subgraph's mutations: expired ones are deleted at start and every hour. */
  idempotencyKeys?: IdempotencyKeys;
}): Promise<RunningSubgraph> {
  let dataSource: DataSource | null = null;
  configureReadCache(options.config.readCacheMs);
  const { service } = options.config;
  const redis = connectRedis(options.config.redisUrl, service);
  if (redis) shareReadCache(redis, service);
  configureReadRouting({ service, link: redis, settings: options.config.replicas });
  const running = await serveSubgraph(options.apollo, {
    config: options.config,
    auth: options.auth,
    health: () => {
      const replicas = replicaHealth();
      return { ...redis?.health(), ...(replicas.length ? { replicas } : {}) };
    },
    afterWrite: async (scope) => {
      await Promise.all([noteSharedWrite(), pinToPrimary(scope.callerId ?? null)]);
    },
    context: (caller, req) => {
      if (!dataSource) {
        throw new GraphQLError(
          `The ${options.config.service} subgraph is starting: its database is not connected yet`,
          {
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', http: { status: 503 } },
          },
        );
      }
      return options.context(dataSource, caller, parseAcceptLanguage(req.headers['accept-language']));
    },
    ready: async () => !!dataSource?.isInitialized && (await dataSource.query('SELECT 1').then(() => true)),
  });
  logger().info(
    { url: running.url },
    `${options.config.service}: listening at ${running.url}, connecting to the database`,
  );
  try {
    const opened = await retryWithBackoff(options.openDatabase, {
      what: `${options.config.service}: connecting to the database`,
    });
    if (options.prepare) await options.prepare(opened);
    dataSource = opened;
  } catch (error) {
    await running.close();
    await redis?.close();
    throw error;
  }
  const connected = dataSource;
  const purge = await purgeIdempotencyKeys(options.config.service, connected, options.idempotencyKeys);
  return {
    ...running,
    dataSource: connected,
    close: async () => {
      purge.stop();
      await running.close();
      await stopReadRouting();
      if (connected.isInitialized) await connected.destroy();
      await redis?.close();
    },
  };
}

const PURGE_INTERVAL_MS = 3_600_000;

/** Deletes expired idempotency keys now and every hour, until stopped; a failure (database away) is logged and tried again later. */
async function purgeIdempotencyKeys(
  service: string,
  dataSource: DataSource,
  keys: IdempotencyKeys | undefined,
): Promise<{ stop: () => void }> {
  if (!keys) return { stop: () => undefined };
  const purge = () =>
    keys.purgeExpired(dataSource).catch((error: unknown) => {
      logger().error({ err: error }, `${service}: could not delete expired idempotency keys`);
    });
  await purge();
  const timer = setInterval(() => void purge(), PURGE_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
