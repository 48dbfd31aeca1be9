import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BoundedLabel, OTHER_LABEL } from './boundedLabel';
import { requestLogger } from './logger';
import { metrics, secondsSince } from './metrics';

/** What a service learns about one GraphQL request while answering it, for its metrics and its log line. */
export interface ObservedRequest {
  /** The verified caller's token subject; null for an anonymous caller or a refused token. */
  subject: string | null;
  /** The operation's name once resolved; '' for an anonymous operation; null when none was resolved (a parse or validation failure). */
  operationName: string | null;
  operationType: string | null;
  /** The codes of the GraphQL errors sent, in order. */
  errorCodes: string[];
  /** The request's W3C trace id, this service's span id for it and the sampled flag (see RequestTrace). */
  traceId: string;
  spanId: string;
  traceFlags: number;
}

export function newObservedRequest(trace: { traceId: string; spanId: string; flags: number }): ObservedRequest {
  return {
    subject: null,
    operationName: null,
    operationType: null,
    errorCodes: [],
    traceId: trace.traceId,
    spanId: trace.spanId,
    traceFlags: trace.flags,
  };
}

/** How many distinct operation names a service reports before it counts the rest as `_OTHER`. */
export const MAX_OPERATION_NAMES = 300;

const operationNames = new BoundedLabel(MAX_OPERATION_NAMES);
const methods = new Set(['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE']);
const errorCodes = new BoundedLabel(100);

/** The `graphql_operation_name` label: bounded, with no name as `anonymous` and an unresolved one as `unknown`. */
export function operationLabel(name: string | null): string {
  if (name === null) return 'unknown';
  if (name === '') return 'anonymous';
  return operationNames.of(name);
}

/**
 * Fills each request's ObservedRequest (found by its HTTP request object, `request.http`)
 * with the resolved operation and the errors sent, and gives every error sent the
 * request's trace id (`extensions.traceId`) — formatError adds it too, but a plugin that
 * rewrites an error after formatting (the gateway's clientErrors) makes a new one. Added
 * to a service's Apollo Server by serveGraphQL, after every other plugin.
 */
export function observeOperations(requests: WeakMap<object, ObservedRequest>): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const observed = request.http ? requests.get(request.http) : undefined;
      if (!observed) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          observed.operationName = operationName ?? '';
          observed.operationType = operation?.operation ?? null;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          for (const error of errors) {
            const code = error.extensions?.code;
            observed.errorCodes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
          }
          if (errors.some((error) => error.extensions?.traceId !== observed.traceId))
            response.body.singleResult.errors = errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, traceId: observed.traceId },
            }));
        },
      };
    },
  };
}

/**
 * Records one answered GraphQL request: its duration in `http_server_request_duration_seconds`
 * and one log line (info; error for a failure of the service itself). The line names the
 * operation and the caller's subject, never the operation's text or variables.
 */
export function recordRequest(
  observed: ObservedRequest,
  request: { method: string; status: number; startedAt: number; finished: boolean },
): void {
  const seconds = secondsSince(request.startedAt);
  const firstCode = observed.errorCodes[0];
  const errorType = firstCode
    ? errorCodes.of(firstCode)
    : !request.finished
      ? 'aborted'
      : request.status >= 400
        ? String(request.status)
        : undefined;
  const method = methods.has(request.method) ? request.method : OTHER_LABEL;
  metrics.httpServerDuration.observe(
    {
      http_request_method: method,
      http_response_status_code: String(request.status),
      graphql_operation_name: operationLabel(observed.operationName),
      ...(errorType ? { error_type: errorType } : {}),
    },
    seconds,
  );
  const failed = request.status >= 500 || observed.errorCodes.includes('INTERNAL_SERVER_ERROR');
  const log = requestLogger();
  if (!log.isLevelEnabled(failed ? 'error' : 'info')) return;
  const line = {
    trace_id: observed.traceId,
    span_id: observed.spanId,
    operationName: observed.operationName === null ? null : observed.operationName.slice(0, 100),
    operationType: observed.operationType,
    status: request.status,
    durationMs: Math.round(seconds * 10_000) / 10,
    subject: observed.subject,
    ...(observed.errorCodes.length ? { errorCodes: observed.errorCodes.slice(0, 10) } : {}),
    ...(request.finished ? {} : { aborted: true }),
  };
  if (failed) log.error(line, 'graphql request failed');
  else log.info(line, 'graphql request');
}
