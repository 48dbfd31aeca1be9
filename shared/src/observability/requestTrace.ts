import type { IncomingHttpHeaders } from 'node:http';
import {
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';
import {
  currentRequestTrace,
  newTraceIds,
  parseTraceparent,
  runInTraceContext,
  type RequestTrace,
} from './traceContext';
import { runInSampledContext, startServerSpan, tracer, tracingOn } from './tracing';

/**
 * Begins the trace of one request a service received: a child of the caller's
 * `traceparent` (a client's at the gateway, the gateway's or another subgraph's at a
 * subgraph), or a new trace. With tracing on and the request sampled this is the SDK's
 * server span; otherwise only ids (see RequestTrace).
 */
export function beginRequestTrace(method: string, path: string, headers: IncomingHttpHeaders): RequestTrace {
  const ids = newTraceIds();
  if (tracingOn()) {
    const parent = propagation.extract(ROOT_CONTEXT, headers);
    const caller = trace.getSpanContext(parent);
    const traceId = caller && isSpanContextValid(caller) ? caller.traceId : ids.traceId;
    const name = `${method} ${path}`;
    const span = startServerSpan(name, { 'http.request.method': method, 'url.path': path }, parent, {
      traceId,
      spanId: ids.spanId,
    });
    // Not sampled: the request's ids only, as with tracing off, and flags 0 for the subgraphs.
    if (!span) return { traceId, spanId: ids.spanId, flags: 0, span: null, context: null };
    const { spanId, traceFlags } = span.spanContext();
    return { traceId, spanId, flags: traceFlags, span, context: trace.setSpan(parent, span) };
  }
  const caller = parseTraceparent(headers.traceparent);
  return caller
    ? { traceId: caller.traceId, spanId: ids.spanId, flags: caller.flags, span: null, context: null }
    : { ...ids, flags: 0, span: null, context: null };
}

/**
 * Runs `work` as part of the request: a sampled one as a child of its span (the context
 * every span of the request is a child of), and with `scoped` in its trace context, so
 * that a log line or an error anywhere in it names the trace without being handed the ids.
 */
export function runInRequestTrace<T>(requestTrace: RequestTrace, work: () => Promise<T>, scoped: boolean): Promise<T> {
  const traced = () => runInSampledContext(requestTrace.context, work);
  return scoped ? runInTraceContext(requestTrace, traced) : traced();
}

/** Ends the request's span with what the answer was (status, operation, error codes). */
export function endRequestTrace(
  requestTrace: RequestTrace,
  answer: {
    status: number;
    operationName: string | null;
    operationType: string | null;
    errorCodes: string[];
    finished: boolean;
  },
): void {
  const span = requestTrace.span;
  if (!span) return;
  if (span.isRecording()) {
    span.setAttribute('http.response.status_code', answer.status);
    if (answer.operationName !== null) span.setAttribute('graphql.operation.name', answer.operationName.slice(0, 100));
    if (answer.operationType) {
      span.setAttribute('graphql.operation.type', answer.operationType);
      span.updateName(`${answer.operationType} ${answer.operationName?.slice(0, 100) || 'anonymous'}`);
    }
    if (answer.errorCodes.length) span.setAttribute('graphql.error.codes', answer.errorCodes.slice(0, 10));
    const errorType =
      answer.errorCodes[0] ?? (!answer.finished ? 'aborted' : answer.status >= 400 ? String(answer.status) : null);
    if (errorType) span.setAttribute('error.type', errorType);
    if (answer.status >= 500 || answer.errorCodes.includes('INTERNAL_SERVER_ERROR'))
      span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** The trace id of the request the caller runs in: its error extensions carry it. */
export function currentTraceId(): string | undefined {
  return currentRequestTrace()?.traceId;
}

/**
 * A span for work inside a request (parse, validate, a statement…): a child of the active
 * span, started only while the request is sampled — outside a request (migrations,
 * seeding) and in an unsampled one there is none, so nothing is spent on it.
 */
export function startChildSpan(name: string, attributes: Attributes, kind: SpanKind = SpanKind.INTERNAL): Span | null {
  if (!tracingOn()) return null;
  const parent = trace.getActiveSpan();
  if (!parent?.isRecording()) return null;
  return tracer().startSpan(name, { kind, attributes });
}

/**
 * Ends a span from startChildSpan, as failed when `error` is given: `error.type` is
 * `errorType`, else the error's class. No message: it may quote a value.
 */
export function endSpan(span: Span | null, error?: unknown, errorType?: string): void {
  if (!span) return;
  if (error !== undefined && error !== null) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.setAttribute('error.type', errorType ?? (error instanceof Error ? error.name : 'error'));
  }
  span.end();
}
