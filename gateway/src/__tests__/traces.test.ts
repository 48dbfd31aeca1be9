import { mintToken, newTraceIds, readAuthConfig } from '@partnership-graph/shared';
import {
  postGraphQL,
  startOtlpReceiver,
  startStack,
  testDatabases,
  type OtlpReceiver,
  type ReceivedSpan,
  type Stack,
} from '@partnership-graph/shared/testing';

/**
 * With the OTEL_* variables set, every service sends its spans to an OTLP/HTTP receiver
 * (here one on loopback; the gateway in OTLP/JSON, the subgraphs in OTLP/protobuf), and
 * one federated query sent with a client's `traceparent` is one trace: the gateway's
 * request, parse, validate, plan and fetch spans, each subgraph's request under the
 * gateway's fetch, and SQL statements by their text without their values.
 */
const federated = `query TracedAgreements($id: ID!) {
  institution(id: $id) {
    acronym
    agreements(first: 5) { totalCount nodes { title outcomes { internshipProgramCount } } }
  }
}`;
const subgraphs = ['institutions', 'agreements', 'talent'];

/** A client's `traceparent`: a new trace, sampled, with the client's own span as parent. */
function clientTraceparent(flags = '01'): { header: string; traceId: string; parentId: string } {
  const { traceId, spanId } = newTraceIds();
  return { header: `00-${traceId}-${spanId}-${flags}`, traceId, parentId: spanId };
}

describe.each(testDatabases())('one trace for one federated query on $label', ({ label }) => {
  let receiver: OtlpReceiver;
  let stack: Stack;

  /**
   * The spans of the trace of a client's span, once every service named has sent its part
   * and every span's parent is in (each process sends its spans on its own schedule).
   */
  async function traceOf(client: { traceId: string; parentId: string }, services: string[]): Promise<ReceivedSpan[]> {
    const spans = () => receiver.spans().filter((span) => span.traceId === client.traceId);
    for (let waited = 0; waited < 15_000; waited += 100) {
      const found = spans();
      const ids = new Set([client.parentId, ...found.map((span) => span.spanId)]);
      if (
        services.every((service) => found.some((span) => span.service === service)) &&
        found.every((span) => ids.has(span.parentSpanId))
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return spans();
  }

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const otel = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      LOG_FORMAT: 'json',
    };
    stack = await startStack({
      subgraphs,
      database: label,
      gatewayEnv: { ...otel, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' },
      subgraphEnv: { ...otel, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf', OTEL_RESOLVER_SPANS: '1' },
    });
  }, 240_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('holds the gateway’s spans, every subgraph’s and SQL in one trace under the client’s span', async () => {
    const client = clientTraceparent();
    const { status, body } = await postGraphQL(
      stack.gatewayUrl,
      federated,
      { id: 'aztu' },
      {
        traceparent: client.header,
      },
    );
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(body.data.institution.agreements.totalCount).toBeGreaterThan(0);

    const spans = await traceOf(client, ['gateway', ...subgraphs]);
    const ids = new Set(spans.map((span) => span.spanId));
    // One tree: the gateway's request span is the child of the client's span, and every
    // other span the child of a span of the same trace.
    const roots = spans.filter((span) => !ids.has(span.parentSpanId));
    expect(roots.map((span) => [span.service, span.kind, span.parentSpanId])).toEqual([
      ['gateway', 2, client.parentId],
    ]);
    expect(roots[0].attributes).toMatchObject({
      'graphql.operation.name': 'TracedAgreements',
      'http.response.status_code': 200,
    });
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(['gateway', ...subgraphs]));

    const gatewayNames = spans.filter((span) => span.service === 'gateway').map((span) => span.name);
    for (const name of ['graphql.parse', 'graphql.validate', 'gateway.plan', 'gateway.execute', 'gateway.fetch'])
      expect(gatewayNames).toContain(name);
    // Each subgraph's request is a child of the gateway's fetch of it.
    for (const subgraph of subgraphs) {
      const served = spans.filter((span) => span.service === subgraph && span.kind === 2);
      expect([subgraph, served.length]).toEqual([subgraph, expect.any(Number)]);
      expect(served.length).toBeGreaterThan(0);
      for (const request of served) {
        const parent = spans.find((span) => span.spanId === request.parentSpanId);
        expect([subgraph, parent?.service, parent?.name, parent?.kind]).toEqual([
          subgraph,
          'gateway',
          `POST ${subgraph}`,
          3,
        ]);
      }
    }

    // SQL: its text with placeholders, never the bound id nor any other literal.
    const statements = spans.filter((span) => typeof span.attributes['db.query.text'] === 'string');
    expect(new Set(statements.map((span) => span.service)).size).toBeGreaterThanOrEqual(2);
    for (const statement of statements) {
      const text = statement.attributes['db.query.text'] as string;
      expect(text).toMatch(/^\s*(SELECT|WITH)\b/i);
      expect(text).not.toContain('aztu');
      expect(text).not.toMatch(/'/);
      expect(statement.kind).toBe(3);
      expect(String(statement.attributes['db.system.name'])).toMatch(
        label === 'mysql' ? /^(mysql|mariadb)$/ : /^sqlite$/,
      );
    }
    expect(statements.some((span) => (span.attributes['db.query.text'] as string).includes('?'))).toBe(true);
    // Resolver spans, asked for in the subgraphs (OTEL_RESOLVER_SPANS=1).
    expect(
      spans.some((span) => span.service === 'institutions' && span.name === 'graphql.resolve Institution.acronym'),
    ).toBe(true);
  });

  it('carries the trace on a subgraph’s reference check to another subgraph', async () => {
    const token = await mintToken(readAuthConfig().jwtSecret as string, { sub: 'trace-test', roles: ['admin'] });
    const client = clientTraceparent();
    const { body } = await postGraphQL(
      stack.gatewayUrl,
      'mutation TracedCreate { createInternshipProgram(input: { title: "Traced programme", levels: [BACHELOR], universityIds: ["aztu"], seats: 3, status: OPEN }) { id } }',
      undefined,
      { authorization: `Bearer ${token}`, traceparent: client.header },
    );
    expect(body.errors).toBeUndefined();
    const spans = await traceOf(client, ['gateway', 'talent', 'institutions']);
    // Talent asks institutions whether "aztu" exists: its client span, and institutions' request under it.
    const check = spans.find((span) => span.service === 'talent' && span.kind === 3 && span.name.startsWith('POST '));
    expect(check).toBeDefined();
    const answered = spans.filter((span) => span.service === 'institutions' && span.parentSpanId === check?.spanId);
    expect(answered.map((span) => span.kind)).toEqual([2]);
    expect(spans.some((span) => span.parentSpanId === answered[0].spanId && 'db.query.text' in span.attributes)).toBe(
      true,
    );
  });

  it('gives a client’s error the trace id of its traceparent, and logs its lines under it', async () => {
    const client = clientTraceparent();
    const { body } = await postGraphQL(stack.gatewayUrl, '{ institution(id: "aztu") { noSuchField } }', undefined, {
      traceparent: client.header,
    });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', traceId: client.traceId });
    const gateway = stack.services.find((service) => service.name === 'gateway');
    let line: Record<string, unknown> | undefined;
    for (let waited = 0; !line && waited < 5_000; waited += 50) {
      line = gateway
        ?.output()
        .split('\n')
        .filter((text) => text.includes(client.traceId))
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.msg === 'graphql request');
      if (!line) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(line).toMatchObject({ trace_id: client.traceId, errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(line?.span_id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('records nothing of a request its client did not sample, and still names its trace', async () => {
    const unsampled = clientTraceparent('00');
    const { body } = await postGraphQL(stack.gatewayUrl, federated, { id: 'aztu' }, { traceparent: unsampled.header });
    expect(body.errors).toBeUndefined();
    // A sampled request sent after it: once its spans are in, the unsampled one's would be too.
    const after = clientTraceparent();
    await postGraphQL(stack.gatewayUrl, federated, { id: 'bsu' }, { traceparent: after.header });
    expect((await traceOf(after, ['gateway', ...subgraphs])).length).toBeGreaterThan(0);
    expect(receiver.spans().filter((span) => span.traceId === unsampled.traceId)).toEqual([]);
    // Nor, its context not being kept, as spans of traces of their own (the gateway's plan, its
    // fetches): only a request's server span (kind 2) begins a trace.
    const strays = receiver
      .spans()
      .filter((span) => !span.parentSpanId && span.kind !== 2)
      .map((span) => `${span.service} ${span.name}`);
    expect(strays).toEqual([]);
    const subgraphLines = stack.services
      .filter((service) => subgraphs.includes(service.name))
      .flatMap((service) => service.output().split('\n'))
      .filter((text) => text.includes(`"trace_id":"${unsampled.traceId}"`));
    expect(subgraphLines.length).toBeGreaterThan(0);
  });

  it('sends the gateway’s spans as OTLP/JSON and the subgraphs’ as OTLP/protobuf, each with its service name', () => {
    expect(new Set(receiver.contentTypes().map((type) => type.split(';')[0]))).toEqual(
      new Set(['application/json', 'application/x-protobuf']),
    );
    const services = new Set(receiver.spans().map((span) => span.service));
    for (const service of ['gateway', ...subgraphs]) expect(services).toContain(service);
  });
});
