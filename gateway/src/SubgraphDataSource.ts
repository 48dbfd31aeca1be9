import { GraphQLError } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  DATA_WRITTEN_HEADER,
  REQUEST_TIMEOUT_HEADER,
  startOutgoingRequest,
  SUBGRAPH_SECRET_HEADER,
} from '@partnership-graph/shared';
import type { CacheHint, EntityCache } from './entityCache';
import type { GatewayContext } from './GatewayContext';
import { mergeEntityAnswers, splitEntityBatch, type SubgraphAnswer, type SubgraphPayload } from './entityBatches';
import type { SubgraphFetcher, SubgraphResponse } from './subgraphFetcher';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

interface SubgraphErrorBody {
  errors?: Array<{ message: string; extensions?: { code?: string; argumentName?: string } }>;
}

/** What every fetch of one subgraph request shares. */
interface SubgraphCall {
  headers: Record<string, string>;
  reads: boolean;
  operation: string | undefined;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  trace: GatewayContext['trace'];
  policy: { restrict?: (hint: CacheHint) => void } | undefined;
}

/** A subgraph's answer body and its Cache-Control as a hint. */
interface Fetched {
  body: unknown;
  hint: CacheHint;
}

/** Raised for an answer that is not HTTP 2xx, carrying the status and the parsed body. */
class SubgraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

function header(response: SubgraphResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function parseBody(response: SubgraphResponse): unknown {
  return /^application\/(graphql-response\+)?json/.test(header(response, 'content-type') ?? '')
    ? JSON.parse(response.text)
    : response.text;
}

/**
 * How the gateway calls one subgraph: with the shared secret (subgraphs answer
 * nobody else), the caller's own bearer token (each subgraph verifies it again),
 * preferred languages and the request's `traceparent`, through the gateway's subgraph fetcher (kept-alive sockets, a
 * timeout per fetch, identical reads in flight shared). Plain header objects and one
 * JSON body per fetch: none of the Fetch API objects Apollo's RemoteGraphQLDataSource
 * builds for every call.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly options: {
      name: string;
      url: string;
      secret: string;
      /** How long a query's fetch may take. */
      timeoutMs: number;
      /** How long a mutation's fetches may take (longer: a write may wait for locks and reference checks). */
      mutationTimeoutMs?: number;
      fetcher: SubgraphFetcher;
      /** The subgraph's body limit: a larger `_entities` fetch is split into fetches that fit. */
      maxRequestBytes?: number;
      /** Called when a mutation's fetch wrote, or may have (no answer): the response cache empties. */
      onWrite?: () => void;
      /** Entities of a query's `_entities` fetches for callers without a token, reused (see entityCache). */
      entityCache?: EntityCache;
    },
  ) {}

  async process(processOptions: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = processOptions;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [SUBGRAPH_SECRET_HEADER]: this.options.secret,
    };
    if (request.http) for (const [name, value] of request.http.headers) headers[name] = value;
    const context = processOptions.context as Partial<GatewayContext> | undefined;
    if (context?.authorization) headers.authorization = context.authorization;
    // The caller's preferred languages pick the names every subgraph serves.
    if (context?.acceptLanguage) headers['accept-language'] = context.acceptLanguage;
    const { http: _http, ...payload } = request;
    // Health checks and schema loading have no incoming operation.
    const incoming = 'incomingRequestContext' in processOptions ? processOptions.incomingRequestContext : undefined;
    const operation = incoming?.operation?.operation;
    // Every fetch of a query is a read; a mutation's fetches are not shared, and no read
    // begun before or during a write is shared with one that starts after it.
    const reads = operation === 'query';
    const timeoutMs =
      operation === 'mutation' ? (this.options.mutationTimeoutMs ?? this.options.timeoutMs) : this.options.timeoutMs;
    // The subgraph stops the request's SQL when the gateway stops waiting (guardStatements).
    headers[REQUEST_TIMEOUT_HEADER] = String(timeoutMs);
    const call: SubgraphCall = {
      headers,
      reads,
      operation,
      timeoutMs,
      signal: context?.signal,
      trace: context?.trace,
      policy: incoming?.overallCachePolicy,
    };
    // What a caller with a token sees may depend on who it is: never kept, never served from memory.
    const lookup =
      reads && !context?.authorization
        ? this.options.entityCache?.lookup(this.options.name, payload, context?.acceptLanguage ?? null)
        : null;
    if (!lookup) return (await this.fetchAll(payload, call)).body as GatewayGraphQLResponse;
    // Entities from memory make the answer's policy no longer than they have left.
    if (lookup.maxAge !== null) call.policy?.restrict?.({ maxAge: lookup.maxAge, scope: 'PUBLIC' });
    const fetched = lookup.payload ? await this.fetchAll(lookup.payload, call) : null;
    return lookup.complete(
      (fetched?.body as SubgraphAnswer | undefined) ?? null,
      fetched?.hint ?? null,
    ) as GatewayGraphQLResponse;
  }

  /** The fetch, split into several when it exceeds the subgraph's body limit, as one answer. */
  private async fetchAll(payload: SubgraphPayload, call: SubgraphCall): Promise<Fetched> {
    const parts = splitEntityBatch(payload, this.options.maxRequestBytes ?? Number.POSITIVE_INFINITY);
    if (parts.length === 1) return this.fetchOne(payload, call);
    const answers = await Promise.all(
      parts.map(async (part) => ({ part, ...(await this.fetchOne(part.payload, call)) })),
    );
    return {
      body: mergeEntityAnswers(answers.map(({ part, body }) => ({ part, answer: body as SubgraphAnswer }))),
      hint: narrowest(answers.map(({ hint }) => hint)),
    };
  }

  /** One fetch to the subgraph: its answer's body, or the error the client sees. */
  private async fetchOne(
    payload: SubgraphPayload,
    { headers, reads, operation, timeoutMs, signal, trace, policy }: SubgraphCall,
  ): Promise<Fetched> {
    const { fetcher } = this.options;
    if (!reads) fetcher.forgetInFlight();
    let response: SubgraphResponse | undefined;
    let body: unknown;
    // Each fetch is a span of its own, and the subgraph's work a child of it (`traceparent`).
    const outgoing = startOutgoingRequest(this.options.name, this.options.url, trace);
    try {
      response = await fetcher.fetch(
        {
          url: this.options.url,
          headers: { ...headers, ...outgoing.headers },
          body: JSON.stringify(payload),
          timeoutMs,
          signal,
        },
        reads,
      );
      outgoing.end(response);
      body = parseBody(response);
      if (response.status < 200 || response.status >= 300) throw new SubgraphHttpError(response.status, body);
      if (typeof body !== 'object' || body === null)
        throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    } catch (error) {
      if (!response) outgoing.end({ error });
      throw this.failure(error as Error, response, timeoutMs, signal?.aborted === true);
    } finally {
      if (!reads) fetcher.forgetInFlight();
      // Only a mutation the subgraph says wrote empties the cache — or one whose outcome is
      // unknown (no answer, or a failure of the subgraph itself), which may have written.
      if (
        operation === 'mutation' &&
        (!response || response.status >= 500 || header(response, DATA_WRITTEN_HEADER) === '1')
      )
        this.options.onWrite?.();
    }
    // Cache-control hints of the subgraph's answer narrow the operation's cache policy.
    const hint = cacheHint(header(response, 'cache-control') ?? '');
    if (policy?.restrict) policy.restrict(hint);
    return { body, hint };
  }

  /** A subgraph that is down, too slow or refusing us is reported by name; the rest of the answer stands. */
  private failure(error: Error, response: SubgraphResponse | undefined, timeoutMs: number, clientGone: boolean): Error {
    if (response && response.status < 500 && response.status !== 403) return this.clientError(error);
    const why = clientGone
      ? 'the client went away before the answer'
      : /Timeout|Abort/.test(error.name) || /TIMEOUT/.test((error as { code?: string }).code ?? '')
        ? `no answer within ${timeoutMs} ms`
        : response
          ? `it answered HTTP ${response.status}`
          : 'it cannot be reached';
    return new GraphQLError(`Subgraph "${this.options.name}" is unavailable: ${why}`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.options.name },
    });
  }

  /**
   * A subgraph refused the request itself (HTTP 4xx): its GraphQL error says why. The
   * gateway has validated the operation's shape, so what a subgraph still refuses is
   * a value — a variable or literal its scalars reject — which is the client's input.
   */
  private clientError(error: Error): Error {
    const first =
      error instanceof SubgraphHttpError ? (error.body as SubgraphErrorBody | undefined)?.errors?.[0] : undefined;
    if (!first) return error;
    const code = first.extensions?.code;
    return new GraphQLError(first.message, {
      extensions: {
        code:
          code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT'
            ? 'BAD_USER_INPUT'
            : (code ?? 'BAD_REQUEST'),
        ...(first.extensions?.argumentName ? { argumentName: first.extensions.argumentName } : {}),
        serviceName: this.options.name,
      },
    });
  }
}

/** A Cache-Control header as an Apollo cache hint, as RemoteGraphQLDataSource reads it: no max-age is 0. */
function cacheHint(cacheControl: string): CacheHint {
  const hint: CacheHint = { maxAge: 0 };
  for (const directive of cacheControl.split(',')) {
    const [name, value] = directive.trim().toLowerCase().split('=');
    if (name === 'max-age' && /^[0-9]+$/.test(value ?? '')) hint.maxAge = Number(value);
    if (name === 'private') hint.scope = 'PRIVATE';
    if (name === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}

/** The hint of several answers together: the shortest max-age, PRIVATE if any is, PUBLIC only if all are. */
function narrowest(hints: readonly CacheHint[]): CacheHint {
  const maxAge = Math.min(...hints.map((hint) => hint.maxAge));
  if (hints.some((hint) => hint.scope === 'PRIVATE')) return { maxAge, scope: 'PRIVATE' };
  return hints.every((hint) => hint.scope === 'PUBLIC') ? { maxAge, scope: 'PUBLIC' } : { maxAge };
}
