import { ConfigError } from '../envReaders';
import { statementText } from '../database/guardStatements';
import { readTraceConfig } from '../observability/traceConfig';
import { parseTraceparent, traceparentOf } from '../observability/traceContext';

describe('readTraceConfig', () => {
  it('leaves tracing off when no OTEL_* variable asks for it', () => {
    expect(readTraceConfig({}, 'gateway')).toMatchObject({ enabled: false, serviceName: 'gateway' });
    expect(readTraceConfig({ OTEL_TRACES_SAMPLER: 'always_on' }, 'gateway').enabled).toBe(false);
  });

  it('turns tracing on with an endpoint, or OTEL_TRACES_EXPORTER=otlp, unless disabled', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' };
    expect(readTraceConfig(endpoint, 'talent')).toMatchObject({
      enabled: true,
      serviceName: 'talent',
      protocol: 'http/protobuf',
      sampler: 'parentbased_always_on',
      resolverSpans: false,
    });
    expect(readTraceConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' }, 't').enabled).toBe(true);
    expect(readTraceConfig({ OTEL_TRACES_EXPORTER: 'otlp' }, 't').enabled).toBe(true);
    expect(readTraceConfig({ ...endpoint, OTEL_SDK_DISABLED: 'true' }, 't').enabled).toBe(false);
    expect(readTraceConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }, 't').enabled).toBe(false);
    expect(readTraceConfig({ ...endpoint, OTEL_SERVICE_NAME: 'graph-gateway' }, 'gateway').serviceName).toBe(
      'graph-gateway',
    );
  });

  it('reads the protocol, the sampler and its ratio, the batch settings and resolver spans', () => {
    const config = readTraceConfig(
      {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.01',
        OTEL_BSP_SCHEDULE_DELAY: '250',
        OTEL_RESOLVER_SPANS: '1',
      },
      'agreements',
    );
    expect(config).toMatchObject({
      protocol: 'http/json',
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.01,
      resolverSpans: true,
    });
    expect(config.batch.scheduledDelayMillis).toBe(250);
  });

  it.each([
    [{ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, 'OTEL_EXPORTER_OTLP_PROTOCOL'],
    [{ OTEL_TRACES_SAMPLER: 'jaeger_remote' }, 'OTEL_TRACES_SAMPLER'],
    [{ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '5%' }, 'OTEL_TRACES_SAMPLER_ARG'],
    [{ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '2' }, 'OTEL_TRACES_SAMPLER_ARG'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'localhost:4318' }, 'OTEL_EXPORTER_OTLP_ENDPOINT'],
    [{ OTEL_TRACES_EXPORTER: 'zipkin' }, 'OTEL_TRACES_EXPORTER'],
    [{ OTEL_RESOLVER_SPANS: 'yes' }, 'OTEL_RESOLVER_SPANS'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => readTraceConfig(env, 'gateway')).toThrow(ConfigError);
    expect(() => readTraceConfig(env, 'gateway')).toThrow(name);
  });
});

describe('parseTraceparent', () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  it('reads a W3C traceparent and writes one back', () => {
    expect(parseTraceparent(`00-${traceId}-00f067aa0ba902b7-01`)).toEqual({
      traceId,
      parentId: '00f067aa0ba902b7',
      flags: 1,
    });
    expect(traceparentOf({ traceId, spanId: 'b7ad6b7169203331', flags: 0 })).toBe(`00-${traceId}-b7ad6b7169203331-00`);
    // A later version may add fields after the flags.
    expect(parseTraceparent(`01-${traceId}-00f067aa0ba902b7-01-more`)?.traceId).toBe(traceId);
  });

  it.each([
    undefined,
    '',
    `00-${traceId.toUpperCase()}-00f067aa0ba902b7-01`,
    `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`,
    `00-${traceId}-0000000000000000-01`,
    `ff-${traceId}-00f067aa0ba902b7-01`,
    `00-${traceId}-00f067aa0ba902b7-01-extra`,
    `00-${traceId}-00f067aa0ba902b7`,
  ])('starts a new trace for %j', (header) => {
    expect(parseTraceparent(header)).toBeNull();
  });
});

describe('statementText', () => {
  it('keeps placeholders and identifiers and replaces every literal by ?', () => {
    expect(
      statementText(
        `SELECT "t1"."id", \`col2\` FROM "t1" WHERE "t1"."name" = 'Ana O''Neil' AND x IN (?, ?) AND y > 42 AND z = -1.5 LIMIT 21`,
      ),
    ).toBe('SELECT "t1"."id", `col2` FROM "t1" WHERE "t1"."name" = ? AND x IN (?, ?) AND y > ? AND z = ? LIMIT ?');
  });

  it('bounds a long statement', () => {
    expect(statementText(`SELECT ${'a, '.repeat(5000)}b`).length).toBeLessThanOrEqual(4097);
  });
});
