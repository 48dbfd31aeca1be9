import { ROOT_CONTEXT, SamplingDecision } from '@opentelemetry/api';
import { TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace';
import { beginRequestTrace, endRequestTrace } from '../observability/requestTrace';
import { newTraceIds } from '../observability/traceContext';
import { readTraceConfig } from '../observability/traceConfig';
import { startTracing, stopTracing } from '../observability/tracing';
import { startOtlpReceiver, type OtlpReceiver } from '../testing/startOtlpReceiver';

const answered = { status: 200, operationName: 'Q', operationType: 'query', errorCodes: [], finished: true };

describe('the sampling of a request, decided before the SDK is asked', () => {
  let receiver: OtlpReceiver;
  const saved = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;

  beforeAll(async () => {
    receiver = await startOtlpReceiver({ keepSpans: true });
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
  });

  afterAll(async () => {
    await stopTracing();
    if (saved === undefined) delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    else process.env.OTEL_EXPORTER_OTLP_ENDPOINT = saved;
    await receiver.close();
  });

  it('agrees with the configured sampler request by request, and a sampled span keeps the ids the request was given', async () => {
    startTracing(
      readTraceConfig(
        {
          OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
          OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
          OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
          OTEL_TRACES_SAMPLER_ARG: '0.5',
          OTEL_BSP_SCHEDULE_DELAY: '50',
        },
        'sampling-test',
      ),
    );
    const reference = new TraceIdRatioBasedSampler(0.5);
    let sampled = 0;
    let unsampled = 0;
    for (let i = 0; i < 200; i += 1) {
      const requestTrace = beginRequestTrace('POST', '/graphql', {});
      const expected =
        reference.shouldSample(ROOT_CONTEXT, requestTrace.traceId).decision === SamplingDecision.RECORD_AND_SAMPLED;
      expect(requestTrace.span !== null).toBe(expected);
      if (requestTrace.span) {
        expect(requestTrace.flags).toBe(1);
        expect(requestTrace.span.isRecording()).toBe(true);
        expect(requestTrace.span.spanContext()).toMatchObject({
          traceId: requestTrace.traceId,
          spanId: requestTrace.spanId,
        });
        sampled += 1;
      } else {
        expect(requestTrace.flags).toBe(0);
        expect(requestTrace.traceId).toMatch(/^[0-9a-f]{32}$/);
        expect(requestTrace.spanId).toMatch(/^[0-9a-f]{16}$/);
        unsampled += 1;
      }
      endRequestTrace(requestTrace, answered);
    }
    // A 0.5 ratio over 200 requests: both outcomes occur.
    expect(sampled).toBeGreaterThan(50);
    expect(unsampled).toBeGreaterThan(50);

    // A caller's decision is followed, in its trace.
    const caller = newTraceIds();
    const sampledChild = beginRequestTrace('POST', '/graphql', {
      traceparent: `00-${caller.traceId}-${caller.spanId}-01`,
    });
    expect(sampledChild).toMatchObject({ traceId: caller.traceId, flags: 1 });
    expect(sampledChild.span?.isRecording()).toBe(true);
    expect(sampledChild.span?.spanContext().traceId).toBe(caller.traceId);
    endRequestTrace(sampledChild, answered);
    const unsampledChild = beginRequestTrace('POST', '/graphql', {
      traceparent: `00-${caller.traceId}-${caller.spanId}-00`,
    });
    expect(unsampledChild).toMatchObject({ traceId: caller.traceId, flags: 0, span: null });
  });

  it('draws ids that do not repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i += 1) {
      const { traceId, spanId } = newTraceIds();
      seen.add(traceId);
      seen.add(spanId);
    }
    expect(seen.size).toBe(2000);
  });
});
