import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync } from 'node:crypto';
import { isSpanContextValid, trace, type Context, type Span } from '@opentelemetry/api';

/**
 * The trace a request belongs to, as this service handles it: the W3C trace id (the
 * client's, from its `traceparent`, or a new one), the id of this service's span for the
 * request, and the sampled flag. With tracing on, `span` and `context` are the SDK's
 * server span and the context holding it; with tracing off they are null and the ids
 * are made here, so logs, error extensions and the `traceparent` sent on still carry
 * one trace id across the services.
 */
export interface RequestTrace {
  traceId: string;
  spanId: string;
  /** W3C trace flags: 1 when sampled. */
  flags: number;
  span: Span | null;
  context: Context | null;
}

const requestTraces = new AsyncLocalStorage<RequestTrace>();

/** Runs `work` (and everything it starts) as part of `requestTrace`. */
export function runInTraceContext<T>(requestTrace: RequestTrace, work: () => T): T {
  return requestTraces.run(requestTrace, work);
}

/** The request trace the caller runs in; undefined outside any request. */
export function currentRequestTrace(): RequestTrace | undefined {
  return requestTraces.getStore();
}

/**
 * The ids a log line written now carries: the active span's with tracing on (a SQL
 * statement's line names the statement's span), else the request's; none outside a request.
 */
export function currentTraceIds(): { trace_id: string; span_id: string } | undefined {
  const active = trace.getActiveSpan()?.spanContext();
  if (active && isSpanContextValid(active)) return { trace_id: active.traceId, span_id: active.spanId };
  const request = requestTraces.getStore();
  return request ? { trace_id: request.traceId, span_id: request.spanId } : undefined;
}

const traceparentPattern = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/**
 * A W3C `traceparent` header's trace id, parent span id and flags; null when it is
 * missing or malformed (an all-zero id, version ff, or version 00 with anything after
 * the flags), which starts a new trace as the spec asks.
 */
export function parseTraceparent(
  header: string | string[] | undefined,
): { traceId: string; parentId: string; flags: number } | null {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return null;
  const match = traceparentPattern.exec(value);
  if (!match) return null;
  const [, version, traceId, parentId, flags, rest] = match;
  if (version === 'ff' || (version === '00' && rest !== undefined)) return null;
  if (/^0+$/.test(traceId) || /^0+$/.test(parentId)) return null;
  return { traceId, parentId, flags: parseInt(flags, 16) };
}

/**
 * Random bytes for ids, drawn from the operating system a block at a time: every request
 * needs a trace id and a span id, and one system call per request (randomBytes) costs
 * more than the rest of its tracing put together.
 */
const randomBlock = Buffer.alloc(4096);
let randomOffset = randomBlock.length;

function randomHex(bytes: number): string {
  if (randomOffset + bytes > randomBlock.length) {
    randomFillSync(randomBlock);
    randomOffset = 0;
  }
  const hex = randomBlock.toString('hex', randomOffset, randomOffset + bytes);
  randomOffset += bytes;
  return hex;
}

/** New random ids: 16 bytes for a trace, 8 for a span, as lower-case hex. */
export function newTraceIds(): { traceId: string; spanId: string } {
  return { traceId: randomHex(16), spanId: randomHex(8) };
}

/** The `traceparent` header that makes the receiver's work a child of `requestTrace`'s span. */
export function traceparentOf(requestTrace: Pick<RequestTrace, 'traceId' | 'spanId' | 'flags'>): string {
  return `00-${requestTrace.traceId}-${requestTrace.spanId}-${(requestTrace.flags & 0xff).toString(16).padStart(2, '0')}`;
}
