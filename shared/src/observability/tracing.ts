import { context, diag, DiagLogLevel, propagation, trace, type Tracer } from '@opentelemetry/api';
import type { Sampler, TracerProvider } from '@opentelemetry/sdk-trace';
import { logger } from './logger';
import type { TraceConfig } from './traceConfig';

let provider: TracerProvider | null = null;
let resolverSpans = false;
let serviceTracer: Tracer | null = null;

/** The tracer every span of the service comes from (a no-op one while tracing is off); looked up once. */
export function tracer(): Tracer {
  return (serviceTracer ??= trace.getTracer('@partnership-graph/shared'));
}

/** Whether this process started the OpenTelemetry SDK (startTracing with tracing configured). */
export function tracingOn(): boolean {
  return provider !== null;
}

/** Whether each resolved field gets a span of its own (OTEL_RESOLVER_SPANS=1). */
export function resolverSpansOn(): boolean {
  return provider !== null && resolverSpans;
}

function samplerFor(config: TraceConfig): Sampler {
  // Loaded here, not at the top: with tracing off none of the SDK is loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('@opentelemetry/sdk-trace') as typeof import('@opentelemetry/sdk-trace');
  const root = (name: string): Sampler => {
    if (name.endsWith('always_on')) return new sdk.AlwaysOnSampler();
    if (name.endsWith('always_off')) return new sdk.AlwaysOffSampler();
    return new sdk.TraceIdRatioBasedSampler(config.samplerRatio);
  };
  return config.sampler.startsWith('parentbased_')
    ? new sdk.ParentBasedSampler({ root: root(config.sampler) })
    : root(config.sampler);
}

/** Exporter failures (a collector that is down) as a warning, at most one a minute: spans are lost, requests are not. */
function reportExportFailures(): void {
  let lastWarned = 0;
  const warn = (message: string, ...args: unknown[]) => {
    if (Date.now() - lastWarned < 60_000) return;
    lastWarned = Date.now();
    logger().warn({ detail: args.map(String).join(' ').slice(0, 300) }, `tracing: ${message}`);
  };
  diag.setLogger(
    { error: warn, warn, info: () => undefined, debug: () => undefined, verbose: () => undefined },
    DiagLogLevel.WARN,
  );
}

/**
 * Starts the OpenTelemetry SDK for a service when its `OTEL_*` variables ask for it:
 * spans batched to the OTLP/HTTP endpoint (JSON or protobuf), sampled as configured,
 * each request's work kept in its context (AsyncLocalStorage) and W3C `traceparent`
 * read and written. Off, nothing is registered and the OpenTelemetry API stays a no-op.
 */
export function startTracing(config: TraceConfig): void {
  if (!config.enabled || provider) return;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const sdk = require('@opentelemetry/sdk-trace') as typeof import('@opentelemetry/sdk-trace');
  const { AsyncLocalStorageContextManager } =
    require('@opentelemetry/context-async-hooks') as typeof import('@opentelemetry/context-async-hooks');
  const { W3CTraceContextPropagator } = require('@opentelemetry/core') as typeof import('@opentelemetry/core');
  const resources = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { OTLPTraceExporter } = (
    config.protocol === 'http/json'
      ? require('@opentelemetry/exporter-trace-otlp-http')
      : require('@opentelemetry/exporter-trace-otlp-proto')
  ) as typeof import('@opentelemetry/exporter-trace-otlp-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  reportExportFailures();
  // OTEL_RESOURCE_ATTRIBUTES adds to the resource; service.name is the configured one.
  const resource = resources
    .defaultResource()
    .merge(resources.detectResources({ detectors: [resources.envDetector] }))
    .merge(resources.resourceFromAttributes({ 'service.name': config.serviceName }));
  provider = new sdk.TracerProvider({
    resource,
    sampler: samplerFor(config),
    spanProcessors: [new sdk.BatchSpanProcessor({ exporter: new OTLPTraceExporter(), ...config.batch })],
  });
  resolverSpans = config.resolverSpans;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  serviceTracer = null;
}

/** Sends the spans still buffered and stops the SDK (at shutdown), waiting at most `timeoutMs`. */
export async function stopTracing(timeoutMs = 5_000): Promise<void> {
  const stopping = provider;
  if (!stopping) return;
  provider = null;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    stopping.shutdown().catch(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
  serviceTracer = null;
  trace.disable();
  context.disable();
  propagation.disable();
}
