import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { failureType, recordSubgraphFetch } from './recordSubgraphFetch';
import { endSpan } from './requestTrace';
import { currentRequestTrace, traceparentOf, type RequestTrace } from './traceContext';
import { tracer, tracingOn } from './tracing';

/** One request this service sends to a subgraph, measured and traced from its start. */
export interface OutgoingRequest {
  /** `traceparent` (and `tracestate`) making the subgraph's work part of this request's trace. */
  headers: Record<string, string>;
  /** Records the request's outcome: the subgraph's status, or the error that ended it. */
  end: (outcome: { status: number } | { error: unknown }) => void;
}

/**
 * Starts a request to a subgraph (the gateway's fetch, a subgraph's reference check or
 * source lookup): `end` records it in `http_client_request_duration_seconds`; with
 * tracing on, in a sampled request, it is a client span `POST <subgraph>`, whose context
 * the `traceparent` carries; otherwise the `traceparent` carries the request's own ids (`request`, else the
 * trace context's), so the subgraph logs and reports the same trace id.
 */
export function startOutgoingRequest(
  subgraph: string,
  url: string,
  request?: Pick<RequestTrace, 'traceId' | 'spanId' | 'flags'>,
): OutgoingRequest {
  const startedAt = performance.now();
  // A request that is not sampled sends its own ids on (flags 0): the subgraph keeps the
  // trace id in its logs and, parent-based, does not sample its part either.
  if (!tracingOn() || !trace.getActiveSpan()?.isRecording()) {
    request ??= currentRequestTrace();
    return {
      headers: request ? { traceparent: traceparentOf(request) } : {},
      end: (outcome) => recordSubgraphFetch(subgraph, startedAt, outcome),
    };
  }
  const span = tracer().startSpan(`POST ${subgraph}`, {
    kind: SpanKind.CLIENT,
    attributes: { 'http.request.method': 'POST', 'url.full': url, 'subgraph.name': subgraph },
  });
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(context.active(), span), headers);
  return {
    headers,
    end: (outcome) => {
      recordSubgraphFetch(subgraph, startedAt, outcome);
      if (!('status' in outcome)) return endSpan(span, outcome.error, failureType(outcome.error));
      span.setAttribute('http.response.status_code', outcome.status);
      if (outcome.status >= 400) {
        span.setAttribute('error.type', String(outcome.status));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    },
  };
}
