import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { sameSecret } from '../auth/sameSecret';
import { runInRequestScope, type RequestScope } from '../database/requestScope';
import { appendVary, applyCors, type CorsPolicy } from './cors';
import { logger } from '../observability/logger';
import { metrics } from '../observability/metrics';
import type { MetricsConfig } from '../observability/metricsConfig';
import { answerMetrics, serveMetrics, type MetricsServer } from '../observability/metricsEndpoint';
import {
  newObservedRequest,
  observeOperations,
  recordRequest,
  type ObservedRequest,
} from '../observability/observeRequests';
import { beginRequestTrace, endRequestTrace, runInRequestTrace } from '../observability/requestTrace';
import { newTraceIds, parseTraceparent } from '../observability/traceContext';
import { traceOperations } from '../observability/traceOperations';
import { tracingOn } from '../observability/tracing';
import { DATA_WRITTEN_HEADER, REQUEST_TIMEOUT_HEADER } from './subgraphHeaders';

export interface ServeGraphQLOptions<TContext extends BaseContext> {
  host: string;
  port: number;
  /**
   * Builds the per-request context (a fresh DataLoader set, the caller…); `signal` aborts
   * when the client goes away before its answer is sent. It notes the verified caller's
   * subject in `observed` for the request's log line; `observed` also holds the request's
   * trace ids, for what the context sends on (the gateway's fetches).
   */
  context: (req: IncomingMessage, signal: AbortSignal, observed: ObservedRequest) => Promise<TContext>;
  /** `/health/ready` answers 200 only while this resolves true. */
  ready?: () => Promise<boolean>;
  /**
   * More of the service's state for both health answers (Redis link, replicas, cache
   * mode): what an operator reads when something runs degraded but still answers.
   */
  health?: () => Record<string, unknown>;
  /**
   * Runs after a request that wrote and before its answer is sent (with `requestScope`):
   * whatever other instances must know of the write (shared cache generations, the
   * writer's pin to the primary) is in Redis by the time the caller hears of it.
   */
  afterWrite?: (scope: RequestScope) => Promise<void>;
  bodyLimitBytes?: number;
  /** Extra routes (e.g. a browser explorer); returns true when it answered the request. */
  routes?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;
  /** When set, every request but the health checks must carry this value in `secretHeader`. */
  requiredSecret?: { header: string; value: string };
  /**
   * Runs each GraphQL request in a RequestScope (subgraphs): its SQL stops when the time the
   * caller gave (`x-request-timeout-ms`) runs out or the caller hangs up, and the answer says
   * `x-data-written: 1` when the request wrote.
   */
  requestScope?: boolean;
  /**
   * How long an idle kept-alive connection stays open (default 65 s), and how much sooner
   * clients are told to stop reusing it (default 10 s): a client whose idle timer fires
   * late, on a busy machine, still finds the connection open.
   */
  keepAlive?: { timeoutMs: number; hintMarginMs: number };
  /** Browser pages on other origins that may call (the gateway's CORS_ORIGINS); none when unset. */
  cors?: CorsPolicy;
  /**
   * `/metrics` (Prometheus text): on this port, or alone on `metrics.port`; with a token,
   * only for `Authorization: Bearer <token>`. Never behind `requiredSecret`: a scraper is
   * not the gateway, and the gateway's secret would let it call the API.
   */
  metrics?: MetricsConfig;
}

export const KEEP_ALIVE_DEFAULTS = { timeoutMs: 65_000, hintMarginMs: 10_000 } as const;

export interface RunningServer {
  url: string;
  port: number;
  /** Where `/metrics` is scraped. */
  metricsUrl: string;
  httpServer: http.Server;
  /** Stops accepting, lets in-flight requests finish, then stops Apollo Server. */
  close: () => Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `Request body exceeds ${limit} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `Request body exceeds ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * A refusal while building the context (a bad token: UNAUTHENTICATED) never reaches the
 * plugins that add the trace id to errors: it is given the id here, as a new error, since
 * the one thrown may be shared.
 */
function withTraceId(traceId: string): (error: unknown) => never {
  return (error) => {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      originalError: error.originalError,
      extensions: { ...error.extensions, traceId },
    });
  };
}

/** An error answered outside GraphQL execution; like every error sent, it carries the request's trace id. */
function sendError(res: ServerResponse, status: number, message: string, code: string, traceId: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, traceId } }] });
}

/**
 * Serves an Apollo Server over node:http with health endpoints and a body limit.
 * Kept small on purpose: services need no framework. Only the gateway passes a CORS
 * policy: nothing but the gateway talks to a subgraph.
 */
export async function serveGraphQL<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: ServeGraphQLOptions<TContext>,
): Promise<RunningServer> {
  const limit = options.bodyLimitBytes ?? 1_000_000;
  const keepAlive = options.keepAlive ?? KEEP_ALIVE_DEFAULTS;
  // Node would advertise its own timeout (`Keep-Alive: timeout=65`): a client that waits until
  // just before then races this side closing the socket, and its request fails with
  // "other side closed". The hint is shorter than what this side keeps.
  const keepAliveHint = `timeout=${Math.max(1, Math.floor((keepAlive.timeoutMs - keepAlive.hintMarginMs) / 1000))}`;
  const metricsConfig = options.metrics ?? { enabled: true, port: null, token: null };
  if (!metricsConfig.enabled) metrics.stopRecording();
  // Each request's HTTP request object (which Apollo hands to plugins as it is) leads to its ObservedRequest.
  const observedRequests = new WeakMap<object, ObservedRequest>();
  // Spans for parse, validate and execute only when tracing is on: off, not even a hook runs.
  if (tracingOn()) server.addPlugin(traceOperations());
  server.addPlugin(observeOperations(observedRequests));
  await server.start();
  if (metricsConfig.enabled) metrics.collectProcessMetrics();
  let closing = false;

  /** Answers one GraphQL request, inside its trace (runInRequestTrace). */
  const answerGraphQL = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
    observed: ObservedRequest,
    traceId: string,
  ): Promise<void> => {
    if (
      options.requiredSecret &&
      !sameSecret(req.headers[options.requiredSecret.header], options.requiredSecret.value)
    ) {
      req.resume();
      return sendError(res, 403, 'This service answers only the gateway', 'FORBIDDEN', traceId);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, limit);
      const contentType = headers.get('content-type') ?? '';
      if (contentType.includes('application/json')) {
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          return sendError(res, 400, 'Request body is not valid JSON', 'BAD_REQUEST', traceId);
        }
      } else {
        body = text;
      }
    }
    // The client hanging up before its answer aborts what the request still does.
    const abandoned = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) abandoned.abort();
    });
    const httpGraphQLRequest = { method, headers, search: url.search, body };
    observedRequests.set(httpGraphQLRequest, observed);
    const execute = () =>
      server.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => options.context(req, abandoned.signal, observed).catch(withTraceId(traceId)),
      });
    let scope: RequestScope | null = null;
    if (options.requestScope) {
      const timeoutMs = Number(req.headers[REQUEST_TIMEOUT_HEADER]);
      scope = {
        deadline: Number.isFinite(timeoutMs) && timeoutMs >= 0 ? Date.now() + timeoutMs : null,
        wrote: false,
      };
      const requestScope = scope;
      abandoned.signal.addEventListener('abort', () => (requestScope.deadline = Date.now()), { once: true });
    }
    const response = scope ? await runInRequestScope(scope, execute) : await execute();
    for (const [key, value] of response.headers) {
      if (key === 'vary') appendVary(res, value);
      else res.setHeader(key, value);
    }
    if (scope?.wrote) {
      res.setHeader(DATA_WRITTEN_HEADER, '1');
      await options.afterWrite?.(scope);
    }
    // While shutting down, answer what is in flight and let the client hang up.
    if (closing) {
      res.setHeader('connection', 'close');
      res.removeHeader('keep-alive');
    }
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  // Requests under way on each open connection: at shutdown a connection with none is closed.
  const connections = new Map<Socket, number>();
  const httpServer = http.createServer((req, res) => {
    const socket = req.socket;
    connections.set(socket, (connections.get(socket) ?? 0) + 1);
    if (req.httpVersion === '1.1' && !/\bclose\b/i.test(req.headers.connection ?? '')) {
      res.setHeader('connection', 'keep-alive');
      res.setHeader('keep-alive', keepAliveHint);
    }
    res.once('close', () => {
      if (connections.has(socket)) connections.set(socket, (connections.get(socket) ?? 1) - 1);
    });
    let traceId: string | undefined;
    void (async () => {
      if (options.cors && applyCors(req, res, options.cors)) return;
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/health/live') return sendJson(res, 200, { status: 'ok', ...options.health?.() });
      if (url.pathname === '/health/ready') {
        const ok = !closing && (options.ready ? await options.ready().catch(() => false) : true);
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable', ...options.health?.() });
      }
      if (url.pathname === '/metrics' && metricsConfig.enabled && metricsConfig.port === null)
        return answerMetrics(req, res, metricsConfig);
      if (options.routes && (await options.routes(req, res, url))) return;
      if (url.pathname !== '/' && url.pathname !== '/graphql') {
        traceId = parseTraceparent(req.headers.traceparent)?.traceId ?? newTraceIds().traceId;
        return sendError(res, 404, 'Not found', 'NOT_FOUND', traceId);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      // Part of the caller's trace (its `traceparent`), or the first of a new one.
      const requestTrace = beginRequestTrace(method, url.pathname, req.headers);
      traceId = requestTrace.traceId;
      // Measured and logged from here, whatever the answer (a refusal, a 413, a 500…).
      const observed = newObservedRequest(requestTrace);
      const startedAt = performance.now();
      res.once('close', () => {
        const answer = { status: res.statusCode, finished: res.writableFinished };
        recordRequest(observed, { method, startedAt, ...answer });
        endRequestTrace(requestTrace, { ...observed, ...answer });
      });
      const answer = () => answerGraphQL(req, res, url, method, observed, requestTrace.traceId);
      // In its trace's context where that context is already paid for: a subgraph's request
      // scope. The gateway keeps Node's async context tracking off (it slows every promise)
      // but for a sampled request, and hands the ids on explicitly (its context, its log
      // line, its errors).
      await runInRequestTrace(requestTrace, answer, options.requestScope === true);
    })().catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      traceId ??= newTraceIds().traceId;
      if (error instanceof HttpError) return sendError(res, error.status, error.message, 'BAD_REQUEST', traceId);
      logger().error({ err: error, trace_id: traceId }, 'request failed');
      sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR', traceId);
    });
  });
  httpServer.on('connection', (socket: Socket) => {
    connections.set(socket, 0);
    socket.once('close', () => connections.delete(socket));
  });
  // Longer than the gateway's own keep-alive (SUBGRAPH_KEEPALIVE_MS) and than the hint, so a
  // client never reuses a socket this side has just closed.
  httpServer.keepAliveTimeout = keepAlive.timeoutMs;
  httpServer.headersTimeout = keepAlive.timeoutMs + 1_000;

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let metricsServer: MetricsServer | null = null;
  if (metricsConfig.enabled && metricsConfig.port !== null) {
    try {
      metricsServer = await serveMetrics(options.host, { ...metricsConfig, port: metricsConfig.port });
    } catch (error) {
      httpServer.close();
      await server.stop();
      throw error;
    }
  }

  return {
    url: `http://${host}:${port}/`,
    port,
    metricsUrl: metricsServer?.url ?? `http://${host}:${port}/metrics`,
    httpServer,
    close: async () => {
      await metricsServer?.close();
      closing = true;
      await new Promise<void>((resolve) => {
        // Connections with no request under way — idle kept-alive ones, and ones a client opened
        // but never used (Node's closeIdleConnections leaves those open until a timeout) —
        // close now; those that finish a request after this point, as they do.
        const closeUnused = () => {
          for (const [socket, underWay] of connections) if (underWay === 0) socket.destroy();
        };
        const sweep = setInterval(closeUnused, 100);
        httpServer.close(() => {
          clearInterval(sweep);
          resolve();
        });
        closeUnused();
      });
      await server.stop();
    },
  };
}
