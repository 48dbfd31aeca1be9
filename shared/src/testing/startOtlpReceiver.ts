import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as an OTLP receiver got it, with its service's name from the resource. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  /** '' for a root span. */
  parentSpanId: string;
  name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
}

export interface OtlpReceiver {
  /** The base URL to give as OTEL_EXPORTER_OTLP_ENDPOINT (spans are posted to `/v1/traces`). */
  url: string;
  spans: () => ReceivedSpan[];
  /** The content types exports came with (`application/json`, `application/x-protobuf`). */
  contentTypes: () => string[];
  /** How many exports (requests to `/v1/traces`) and bytes it received. */
  received: () => { exports: number; bytes: number };
  close: () => Promise<void>;
}

interface JsonAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: JsonAnyValue[] };
}
interface JsonKeyValue {
  key: string;
  value: JsonAnyValue;
}
interface JsonRequest {
  resourceSpans?: Array<{
    resource?: { attributes?: JsonKeyValue[] };
    scopeSpans?: Array<{
      spans?: Array<{
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        kind?: number;
        attributes?: JsonKeyValue[];
      }>;
    }>;
  }>;
}

function jsonValue(value: JsonAnyValue): unknown {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(jsonValue);
  return undefined;
}

function jsonAttributes(list: JsonKeyValue[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map((kv) => [kv.key, jsonValue(kv.value)]));
}

/** OTLP/JSON (ids as hex, as the spec's JSON encoding writes them). */
function fromJson(body: Buffer): ReceivedSpan[] {
  const request = JSON.parse(body.toString('utf8')) as JsonRequest;
  return (request.resourceSpans ?? []).flatMap((resourceSpans) => {
    const service = String(jsonAttributes(resourceSpans.resource?.attributes)['service.name'] ?? '');
    return (resourceSpans.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map((span) => ({
        service,
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId ?? '',
        name: span.name,
        kind: span.kind ?? 0,
        attributes: jsonAttributes(span.attributes),
      })),
    );
  });
}

/** The fields of one protobuf message: field number → values (a varint as a number, LEN as its bytes). */
function protoFields(bytes: Buffer): Map<number, Array<number | Buffer>> {
  const fields = new Map<number, Array<number | Buffer>>();
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  while (at < bytes.length) {
    const tag = varint();
    const field = Math.floor(tag / 8);
    let value: number | Buffer;
    switch (tag & 7) {
      case 0:
        value = varint();
        break;
      case 1:
        value = bytes.readDoubleLE(at);
        at += 8;
        break;
      case 2: {
        const length = varint();
        value = bytes.subarray(at, at + length);
        at += length;
        break;
      }
      case 5:
        value = bytes.readFloatLE(at);
        at += 4;
        break;
      default:
        throw new Error(`unexpected protobuf wire type ${tag & 7}`);
    }
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

const messages = (fields: Map<number, Array<number | Buffer>>, field: number): Buffer[] =>
  (fields.get(field) ?? []).filter((v): v is Buffer => Buffer.isBuffer(v));

/** AnyValue: string 1, bool 2, int 3, double 4, array 5. */
function protoValue(bytes: Buffer): unknown {
  const fields = protoFields(bytes);
  const [string] = messages(fields, 1);
  if (string) return string.toString('utf8');
  if (fields.has(2)) return fields.get(2)?.[0] === 1;
  if (fields.has(3)) return fields.get(3)?.[0];
  if (fields.has(4)) return fields.get(4)?.[0];
  const [array] = messages(fields, 5);
  if (array) return messages(protoFields(array), 1).map(protoValue);
  return undefined;
}

function protoAttributes(list: Buffer[]): Record<string, unknown> {
  return Object.fromEntries(
    list.map((kv) => {
      const fields = protoFields(kv);
      const [key] = messages(fields, 1);
      const [value] = messages(fields, 2);
      return [key?.toString('utf8') ?? '', value ? protoValue(value) : undefined];
    }),
  );
}

/**
 * OTLP/protobuf, read by field number from the proto definitions
 * (ExportTraceServiceRequest.resource_spans 1; ResourceSpans.resource 1, scope_spans 2;
 * ScopeSpans.spans 2; Span.trace_id 1, span_id 2, parent_span_id 4, name 5, kind 6, attributes 9).
 */
function fromProtobuf(body: Buffer): ReceivedSpan[] {
  return messages(protoFields(body), 1).flatMap((resourceSpansBytes) => {
    const resourceSpans = protoFields(resourceSpansBytes);
    const [resource] = messages(resourceSpans, 1);
    const service = String((resource ? protoAttributes(messages(protoFields(resource), 1)) : {})['service.name'] ?? '');
    return messages(resourceSpans, 2).flatMap((scope) =>
      messages(protoFields(scope), 2).map((spanBytes) => {
        const span = protoFields(spanBytes);
        const hex = (field: number) => messages(span, field)[0]?.toString('hex') ?? '';
        return {
          service,
          traceId: hex(1),
          spanId: hex(2),
          parentSpanId: hex(4),
          name: messages(span, 5)[0]?.toString('utf8') ?? '',
          kind: Number(span.get(6)?.[0] ?? 0),
          attributes: protoAttributes(messages(span, 9)),
        };
      }),
    );
  });
}

/**
 * A throwaway OTLP/HTTP trace receiver on loopback, as a collector would run one: it
 * accepts `POST /v1/traces` in OTLP/JSON or OTLP/protobuf, keeps every span, and answers
 * as the spec asks (200 with an empty export response). With `keepSpans: false` (a
 * benchmark's sink) it only counts what it receives.
 */
export async function startOtlpReceiver(options: { keepSpans?: boolean } = {}): Promise<OtlpReceiver> {
  const keepSpans = options.keepSpans ?? true;
  const received: ReceivedSpan[] = [];
  const contentTypes: string[] = [];
  const totals = { exports: 0, bytes: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const contentType = String(req.headers['content-type'] ?? '');
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.statusCode = 404;
        res.end();
        return;
      }
      try {
        const body = Buffer.concat(chunks);
        totals.exports += 1;
        totals.bytes += body.length;
        if (keepSpans) {
          received.push(...(contentType.includes('json') ? fromJson(body) : fromProtobuf(body)));
          contentTypes.push(contentType);
        }
      } catch (error) {
        res.statusCode = 400;
        res.end(String(error));
        return;
      }
      res.statusCode = 200;
      res.setHeader('content-type', contentType.includes('json') ? 'application/json' : 'application/x-protobuf');
      res.end(contentType.includes('json') ? '{}' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans: () => [...received],
    contentTypes: () => [...contentTypes],
    received: () => ({ ...totals }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
