import fs from 'node:fs';
import path from 'node:path';
import {
  ConfigError,
  isRole,
  readAuthConfig,
  readInt,
  readMetricsConfig,
  readRedisUrl,
  readString,
  readSubgraphUrl,
  repositoryRoot,
  subgraphNames,
  type AuthConfig,
  type CorsPolicy,
  type MetricsConfig,
  type Role,
} from '@partnership-graph/shared';
import { readUsageConfig, type UsageConfig } from './usage/readUsageConfig';
import { loadTrustedDocuments, type TrustedDocuments, type TrustedDocumentsMode } from './trustedDocuments';

/** Abuse limits the gateway enforces on every operation (graphql-armor). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** The largest estimated cost (see estimateQueryCost) of an operation. */
  maxCost: number;
  /** The same for a caller with a token holding one of `maxCostRoles` (or admin). */
  maxCostElevated: number;
  maxCostRoles: readonly Role[];
  maxTokens: number;
  maxDirectives: number;
}

export interface GatewayConfig {
  host: string;
  port: number;
  /** The composed supergraph the gateway serves. */
  supergraphPath: string;
  /** How often the supergraph file is checked for changes (0 turns live reload off). */
  supergraphPollMs: number;
  /** Subgraph name → URL; overrides the routing URLs baked into the supergraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** How long one subgraph fetch of a query may take before the gateway answers without it. */
  subgraphTimeoutMs: number;
  /** The same for every fetch of a mutation, longer: a write may wait for locks and reference checks. */
  subgraphMutationTimeoutMs: number;
  /** Idle keep-alive sockets to subgraphs close after this; shorter than the subgraphs' own 65 s. */
  subgraphKeepAliveMs: number;
  /** Identical reads in flight to a subgraph at the same time share one fetch. */
  subgraphDeduplicate: boolean;
  /** The subgraphs' body limit (their BODY_LIMIT_BYTES): a larger `_entities` fetch is sent as several that fit. */
  subgraphRequestLimitBytes: number;
  production: boolean;
  /** Introspection (and field suggestions) are on in development, off in production unless enabled. */
  introspection: boolean;
  /** The self-hosted GraphiQL explorer on GET / (on in development, off in production unless enabled). */
  explorer: boolean;
  limits: Readonly<QueryLimits>;
  auth: Readonly<AuthConfig>;
  /** The longest an anonymous query's answer is served from memory: its cache hints' maxAge, capped by this (0 turns the response cache off). */
  responseCacheMs: number;
  /**
   * The longest an entity a subgraph answered through `_entities` is reused: its answer's maxAge, capped by this
   * (a minute by default; 0 turns the entity cache off). It serves kept entities while their subgraph is down.
   */
  entityCacheMs: number;
  /** How many entities the entity cache holds at most. */
  entityCacheEntries: number;
  /** How many bytes of entities (as JSON) the entity cache holds at most. */
  entityCacheBytes: number;
  /** Redis shared by every gateway instance (REDIS_URL): the response cache and supergraph changes live there. Null: in this process only. */
  redisUrl: string | null;
  /** While Redis is unreachable, the longest an answer is kept in this process's memory instead. */
  responseCacheFallbackMs: number;
  /** How many answers the response cache holds at most. */
  responseCacheEntries: number;
  /** How many bytes of answers (as JSON) the response cache holds at most. */
  responseCacheBytes: number;
  /** Browser pages on other origins that may call the gateway (CORS_ORIGINS); null: none. */
  cors: Readonly<CorsPolicy> | null;
  /** Registered documents (TRUSTED_DOCUMENTS_PATH) and who may run anything else (TRUSTED_DOCUMENTS). */
  trustedDocuments: Readonly<{
    mode: TrustedDocumentsMode;
    path: string | null;
    documents: TrustedDocuments;
    /** The manifest that registers each document (hex SHA-256 → file name without `.json`). */
    manifests: ReadonlyMap<string, string>;
  }>;
  /** Where `/metrics` is answered and whether it asks for a token (METRICS_PORT, METRICS_TOKEN). */
  metrics: Readonly<MetricsConfig>;
  /** Usage recording: whether, where, for how long (USAGE_*; see usage/readUsageConfig). */
  usage: Readonly<UsageConfig>;
}

/**
 * What a page on a listed origin may send: the headers the gateway reads (the token,
 * the languages, the media types), the headers that satisfy Apollo's CSRF prevention,
 * and Apollo Client's client-awareness headers.
 */
export const CORS_ALLOWED_HEADERS = Object.freeze([
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
]);

/** CORS_ORIGINS: comma-separated exact origins (scheme, host and port, nothing more). */
function readCorsOrigins(env: NodeJS.ProcessEnv): readonly string[] {
  const origins = readString(env, 'CORS_ORIGINS', '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let exact: string | null = null;
    try {
      exact = new URL(origin).origin;
    } catch {
      // reported below
    }
    if (exact !== origin)
      throw new ConfigError(
        `CORS_ORIGINS must list exact origins such as https://app.example.org (no path, no trailing slash, no *), got "${origin}"`,
      );
  }
  return Object.freeze(origins);
}

function readCors(env: NodeJS.ProcessEnv): Readonly<CorsPolicy> | null {
  const origins = readCorsOrigins(env);
  const credentials = readString(env, 'CORS_CREDENTIALS', '0');
  if (credentials !== '0' && credentials !== '1')
    throw new ConfigError(`CORS_CREDENTIALS must be 0 or 1, got "${credentials}"`);
  const maxAgeSeconds = readInt(env, 'CORS_MAX_AGE_SECONDS', 600, 0, 86_400);
  if (!origins.length) return null;
  return Object.freeze({
    origins,
    credentials: credentials === '1',
    maxAgeSeconds,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    allowedMethods: Object.freeze(['GET', 'POST']),
  });
}

/** A comma-separated list of role names, each one of the roles. */
function readRoles(env: NodeJS.ProcessEnv, name: string, fallback: Role[]): readonly Role[] {
  const raw = readString(env, name, fallback.join(','));
  const roles = raw
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length)
    throw new ConfigError(
      `${name} must list roles (viewer, analyst, registrar, admin, editor:…), got "${unknown.join(', ')}"`,
    );
  return Object.freeze(roles as Role[]);
}

const modes: readonly TrustedDocumentsMode[] = ['off', 'allowed', 'required'];

/**
 * The manifests in TRUSTED_DOCUMENTS_PATH (default schema/trusted-documents, which need
 * not exist; `none`: no folder), and the mode: `allowed` by default when they register
 * any document, `off` otherwise.
 */
function readTrustedDocuments(env: NodeJS.ProcessEnv): GatewayConfig['trustedDocuments'] {
  const given = readString(env, 'TRUSTED_DOCUMENTS_PATH', '');
  const folder =
    given === 'none' ? null : path.resolve(repositoryRoot, given || path.join('schema', 'trusted-documents'));
  if (folder && given && !fs.existsSync(folder))
    throw new ConfigError(`TRUSTED_DOCUMENTS_PATH must be a folder of manifests, got "${given}" (no such folder)`);
  const manifests = new Map<string, string>();
  const documents =
    folder && fs.existsSync(folder)
      ? loadTrustedDocuments(folder, 'TRUSTED_DOCUMENTS_PATH', manifests)
      : new Map<string, string>();
  const mode = readString(env, 'TRUSTED_DOCUMENTS', documents.size ? 'allowed' : 'off') as TrustedDocumentsMode;
  if (!modes.includes(mode))
    throw new ConfigError(`TRUSTED_DOCUMENTS must be one of ${modes.join(', ')}, got "${mode}"`);
  if (mode === 'required' && !documents.size)
    throw new ConfigError(
      `TRUSTED_DOCUMENTS=required needs a manifest registering at least one document in TRUSTED_DOCUMENTS_PATH (${folder ?? 'none'})`,
    );
  return Object.freeze({ mode, path: folder, documents, manifests });
}

/** The gateway's configuration, read from the environment once at boot. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): Readonly<GatewayConfig> {
  const subgraphUrls: Record<string, string> = {};
  for (const name of subgraphNames) subgraphUrls[name] = readSubgraphUrl(env, name);
  const production = env.NODE_ENV === 'production';
  const host = readString(env, 'HOST', '127.0.0.1');
  const maxCost = readInt(env, 'LIMIT_MAX_COST', 150_000, 1, 1_000_000_000);
  return Object.freeze({
    host,
    port: readInt(env, 'GATEWAY_PORT', 4000, 0, 65535),
    supergraphPath: path.resolve(
      readString(env, 'SUPERGRAPH_PATH', path.join(repositoryRoot, 'schema', 'supergraph.graphql')),
    ),
    supergraphPollMs: readInt(env, 'SUPERGRAPH_POLL_MS', 1_000, 0, 3_600_000),
    responseCacheMs: readInt(env, 'RESPONSE_CACHE_MS', 30_000, 0, 3_600_000),
    entityCacheMs: readInt(env, 'ENTITY_CACHE_MS', 60_000, 0, 3_600_000),
    entityCacheEntries: readInt(env, 'ENTITY_CACHE_ENTRIES', 10_000, 1, 10_000_000),
    entityCacheBytes: readInt(env, 'ENTITY_CACHE_BYTES', 16_000_000, 1_000, 1_000_000_000),
    redisUrl: readRedisUrl(env),
    responseCacheFallbackMs: readInt(env, 'RESPONSE_CACHE_FALLBACK_MS', 1_000, 0, 3_600_000),
    responseCacheEntries: readInt(env, 'RESPONSE_CACHE_ENTRIES', 1_000, 1, 1_000_000),
    responseCacheBytes: readInt(env, 'RESPONSE_CACHE_BYTES', 16_000_000, 1_000, 1_000_000_000),
    subgraphUrls: Object.freeze(subgraphUrls),
    bodyLimitBytes: readInt(env, 'GATEWAY_BODY_LIMIT_BYTES', 1_000_000, 1_000, 100_000_000),
    subgraphTimeoutMs: readInt(env, 'SUBGRAPH_TIMEOUT_MS', 5_000, 100, 120_000),
    subgraphMutationTimeoutMs: readInt(env, 'SUBGRAPH_MUTATION_TIMEOUT_MS', 30_000, 100, 600_000),
    subgraphKeepAliveMs: readInt(env, 'SUBGRAPH_KEEPALIVE_MS', 30_000, 1_000, 60_000),
    subgraphDeduplicate: readString(env, 'SUBGRAPH_DEDUPLICATE', '1') === '1',
    subgraphRequestLimitBytes: readInt(env, 'SUBGRAPH_REQUEST_LIMIT_BYTES', 1_000_000, 1_000, 100_000_000),
    production,
    introspection: readString(env, 'GATEWAY_INTROSPECTION', production ? '0' : '1') === '1',
    explorer: readString(env, 'GATEWAY_EXPLORER', production ? '0' : '1') === '1',
    limits: Object.freeze({
      maxDepth: readInt(env, 'LIMIT_MAX_DEPTH', 12, 1, 100),
      maxAliases: readInt(env, 'LIMIT_MAX_ALIASES', 30, 0, 1_000),
      maxCost,
      maxCostElevated: readInt(env, 'LIMIT_MAX_COST_AUTHENTICATED', Math.max(500_000, maxCost), maxCost, 1_000_000_000),
      maxCostRoles: readRoles(env, 'LIMIT_MAX_COST_ROLES', ['analyst']),
      maxTokens: readInt(env, 'LIMIT_MAX_TOKENS', 4_000, 10, 1_000_000),
      maxDirectives: readInt(env, 'LIMIT_MAX_DIRECTIVES', 30, 0, 1_000),
    }),
    auth: readAuthConfig(env, { host, variable: 'HOST' }),
    cors: readCors(env),
    trustedDocuments: readTrustedDocuments(env),
    metrics: readMetricsConfig(env),
    usage: readUsageConfig(env),
  });
}
