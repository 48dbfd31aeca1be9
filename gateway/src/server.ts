import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import {
  CallerVerifier,
  connectRedis,
  formatError,
  serveGraphQL,
  type RedisLink,
  type RunningServer,
} from '@partnership-graph/shared';
import { clientErrorsPlugin } from './clientErrors';
import { readCostDirectives, type CostDirectives } from './costDirectives';
import { dateLiteralsRule } from './dateLiteralsRule';
import { explorerRoutes } from './explorer';
import { queryCostPlugin } from './queryCostPlugin';
import { createEntityCache, type EntityCache } from './entityCache';
import { createResponseCache } from './responseCache';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './GatewayContext';
import { SubgraphDataSource } from './SubgraphDataSource';
import { SharedResponseStore } from './sharedResponseStore';
import { createSubgraphFetcher } from './subgraphFetcher';
import { trustedDocumentsPlugin } from './trustedDocuments';
import { usagePlugin } from './usage/usagePlugin';
import { UsageRecorder } from './usage/UsageRecorder';
import { watchSupergraphFile } from './watchSupergraphFile';

// The gateway's anonymous usage telemetry stays off unless explicitly enabled.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

/** `onWrite` hears of every mutation fetch that wrote (or may have): the caches empty. */
export function createGateway(
  config: GatewayConfig,
  hooks: { onWrite?: () => void; redis?: RedisLink | null; entityCache?: EntityCache } = {},
): ApolloGateway {
  const fetcher = createSubgraphFetcher({
    timeoutMs: config.subgraphTimeoutMs,
    keepAliveMs: config.subgraphKeepAliveMs,
    deduplicate: config.subgraphDeduplicate,
  });
  return new ApolloGateway({
    // Its OpenTelemetry spans (gateway.plan, gateway.fetch…) join the request's trace when
    // tracing is on; never with the operation's text or error messages, which may hold values.
    telemetry: { includeDocument: false, recordExceptions: false },
    supergraphSdl: watchSupergraphFile(config.supergraphPath, {
      intervalMs: config.supergraphPollMs,
      shared: hooks.redis,
    }),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name] ?? (url as string),
        secret: config.auth.subgraphSecret,
        timeoutMs: config.subgraphTimeoutMs,
        mutationTimeoutMs: config.subgraphMutationTimeoutMs,
        maxRequestBytes: config.subgraphRequestLimitBytes,
        fetcher,
        onWrite: hooks.onWrite,
        entityCache: hooks.entityCache,
      }),
  });
}

/** graphql-armor with the configured limits; refusals state the limit (see clientErrors). */
function armor(config: GatewayConfig) {
  const { limits } = config;
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // Cost is estimated by queryCostPlugin instead, which reads variables and the supergraph's @listSize.
    costLimit: { enabled: false },
    // Counted by graphql-js's own parser instead (parseOptions below): armor's version
    // throws from a plugin hook, which Apollo Server answers with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
}

/** The error without graphql-js's "Did you mean …?" (hideSchemaDetailsFromClientErrors leaves it in variable errors). */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { ...formatted, message: formatted.message.replace(/\s*Did you mean [^?]*\?/g, '') };
}

export interface GatewayServer extends RunningServer {
  gateway: ApolloGateway;
}

/** Serves the static supergraph over the subgraphs; tests call this with port 0. */
export async function createGatewayServer(config: GatewayConfig): Promise<GatewayServer> {
  const redis = connectRedis(config.redisUrl, 'gateway');
  // Starts without Redis if it does not answer soon: the cache falls back to memory meanwhile.
  await redis?.whenAvailable(2_000);
  // Per process even with Redis: a write through another instance empties it when a lookup in
  // Redis sees the new generation (the next anonymous query), or after the entity's max-age.
  const entityCache = createEntityCache({
    maxTtlMs: config.entityCacheMs,
    maxEntries: config.entityCacheEntries,
    maxBytes: config.entityCacheBytes,
  });
  const responseCache = createResponseCache({
    maxTtlMs: config.responseCacheMs,
    maxEntries: config.responseCacheEntries,
    maxBytes: config.responseCacheBytes,
    shared: redis && new SharedResponseStore(redis),
    fallbackTtlMs: config.responseCacheFallbackMs,
    onSharedWrite: () => entityCache.clear(),
  });
  const gateway = createGateway(config, {
    onWrite: () => {
      entityCache.clear();
      responseCache.noteWrite();
    },
    redis,
    entityCache,
  });
  const protection = armor(config);
  const verifier = new CallerVerifier(config.auth);
  // Answers made with the previous supergraph are not served with a new one.
  gateway.onSchemaLoadOrUpdate(() => {
    responseCache.clear();
    entityCache.clear();
  });
  // List sizes and weights come from the supergraph being served, so a reload brings new ones.
  let costDirectives: CostDirectives = { listSizes: new Map(), fieldWeights: new Map(), typeWeights: new Map() };
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    costDirectives = readCostDirectives(coreSupergraphSdl);
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Without introspection, a refused variable does not suggest the enum values it was near either.
    formatError: config.introspection
      ? formatError
      : (formatted, error) => withoutSuggestions(formatError(formatted, error)),
    includeStacktraceInErrorResponses: false,
    // runService owns SIGINT/SIGTERM (see shared/src/http/runService.ts).
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: config.introspection,
    parseOptions: { maxTokens: config.limits.maxTokens },
    hideSchemaDetailsFromClientErrors: !config.introspection,
    validationRules: [...protection.validationRules, dateLiteralsRule],
    plugins: [
      trustedDocumentsPlugin(config.trustedDocuments),
      ...protection.plugins,
      queryCostPlugin(
        {
          maxCost: config.limits.maxCost,
          maxCostElevated: config.limits.maxCostElevated,
          elevatedRoles: config.limits.maxCostRoles,
        },
        () => costDirectives,
      ),
      clientErrorsPlugin(),
      // Recorded as each answer is sent, so one served from the response cache is usage too.
      ...(config.usage.enabled
        ? [usagePlugin(new UsageRecorder(config.usage), config.trustedDocuments.manifests)]
        : []),
      responseCache.plugin,
      ApolloServerPluginLandingPageDisabled(),
      // The overall policy comes from the subgraphs' Cache-Control headers (their @cacheControl
      // hints); this sends it to the client: `max-age=N, public|private`, or `no-store`.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: true }),
    ],
  });
  let loaded = false;
  const running = await serveGraphQL(apollo, {
    host: config.host,
    port: config.port,
    bodyLimitBytes: config.bodyLimitBytes,
    cors: config.cors ?? undefined,
    routes: config.explorer ? explorerRoutes() : undefined,
    metrics: config.metrics,
    context: async (req, signal, observed) => {
      const authorization = req.headers.authorization ?? null;
      const acceptLanguage =
        typeof req.headers['accept-language'] === 'string' ? req.headers['accept-language'].slice(0, 200) : null;
      const caller = await verifier.fromAuthorizationHeader(authorization);
      observed.subject = caller.id;
      const trace = { traceId: observed.traceId, spanId: observed.spanId, flags: observed.traceFlags };
      return { caller, authorization, acceptLanguage, signal, trace };
    },
    ready: async () => loaded,
    health: () => (redis ? { ...redis.health(), responseCache: responseCache.mode } : {}),
  });
  loaded = true;
  return {
    ...running,
    gateway,
    close: async () => {
      await running.close();
      await redis?.close();
    },
  };
}
