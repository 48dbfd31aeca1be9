import {
  context,
  diag,
  DiagLogLevel,
  INVALID_SPAN_CONTEXT,
  propagation,
  ROOT_CONTEXT,
  SamplingDecision,
  SpanKind,
  trace,
  type Attributes,
  type Context,
  type ContextManager,
  type Span,
  type SpanOptions,
  type Tracer,
} from '@opentelemetry/api';
import type { IdGenerator, Sampler, TracerProvider } from '@opentelemetry/sdk-trace';
import { logger } from './logger';
import { newTraceIds } from './traceContext';
import type { TraceConfig } from './traceConfig';

let provider: TracerProvider | null = null;
let sampler: Sampler | null = null;
let resolverSpans = false;
let serviceTracer: Tracer | null = null;

/**
 * OpenTelemetry's context, kept in AsyncLocalStorage only while a sampled request is in
 * flight. Node 20 tracks async context with a hook on every promise a process creates,
 * which costs an unsampled request (99 of 100 at a 1% ratio) as much as a sampled one:
 * here, with no sampled request running, `with` just calls the function and the active
 * context is the root one, and the storage is switched off when the last sampled request
 * ends. An unsampled request's spans then have no recorded parent: RecordedWorkTracer
 * answers them with a no-op span.
 */
class SampledRequestsContextManager implements ContextManager {
  private sampled = 0;

  constructor(private readonly inner: ContextManager) {}

  active(): Context {
    return this.sampled > 0 ? this.inner.active() : ROOT_CONTEXT;
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    context: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.sampled > 0 ? this.inner.with(context, fn, thisArg, ...args) : fn.call(thisArg, ...args);
  }

  bind<T>(context: Context, target: T): T {
    return this.sampled > 0 ? this.inner.bind(context, target) : target;
  }

  enable(): this {
    this.inner.enable();
    return this;
  }

  disable(): this {
    this.inner.disable();
    return this;
  }

  /** Runs a sampled request's `work` with `context` active in everything it starts. */
  async run<T>(context: Context, work: () => Promise<T>): Promise<T> {
    this.sampled += 1;
    try {
      return await this.inner.with(context, work);
    } finally {
      this.sampled -= 1;
      if (this.sampled === 0) this.inner.disable();
    }
  }
}

let contextManager: SampledRequestsContextManager | null = null;

/**
 * Runs a request's `work` in its OpenTelemetry context (`traced`, the context holding its
 * server span) when the request is sampled; an unsampled one, or any with tracing off,
 * runs as it is, and pays nothing for context tracking.
 */
export function runInSampledContext<T>(traced: Context | null, work: () => Promise<T>): Promise<T> {
  const span = traced && trace.getSpan(traced);
  return contextManager && span?.isRecording() ? contextManager.run(traced!, work) : work();
}

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

/**
 * Only a request (a server span) or a client call begins a trace. A span of work whose
 * parent is not recorded (Apollo Gateway's plan or fetch in a request that was not
 * sampled, whose context is not kept: SampledRequestsContextManager) is not recorded
 * either, rather than sampled anew as a trace of its own.
 */
function isUnrecordedWork(kind: SpanKind | undefined, parent: Context): boolean {
  return (kind ?? SpanKind.INTERNAL) === SpanKind.INTERNAL && !trace.getSpan(parent)?.isRecording();
}

/** The one span every unrecorded piece of work gets: no ids drawn, nothing kept. */
const unrecorded: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Every tracer of the service (the global provider hands out only these): unrecorded work
 * (isUnrecordedWork) gets one shared no-op span before the SDK is asked. Apollo Gateway
 * starts about ten spans a request, and in an unsampled one (99 of 100) each would
 * otherwise draw ids, consult the sampler, and with no parent kept start a trace of its own.
 */
class RecordedWorkTracer implements Tracer {
  constructor(private readonly inner: Tracer) {}

  startSpan(name: string, options?: SpanOptions, parent?: Context): Span {
    if (isUnrecordedWork(options?.kind, parent ?? context.active())) return unrecorded;
    return this.inner.startSpan(name, options, parent);
  }

  startActiveSpan<F extends (span: Span) => unknown>(name: string, ...rest: unknown[]): ReturnType<F> {
    const fn = rest[rest.length - 1] as F;
    const options = (rest.length > 1 ? rest[0] : undefined) as SpanOptions | undefined;
    const parent = (rest.length > 2 ? rest[1] : undefined) as Context | undefined;
    const active = parent ?? context.active();
    if (isUnrecordedWork(options?.kind, active)) return fn(unrecorded) as ReturnType<F>;
    return this.inner.startActiveSpan(name, options ?? {}, active, fn);
  }
}

/**
 * The SDK's ids: those a request was sampled with (startServerSpan hands them over for
 * the one span it starts), else new random ones from newTraceIds.
 */
class RequestIdGenerator implements IdGenerator {
  preset: { traceId: string; spanId: string } | null = null;

  generateTraceId(): string {
    return this.preset?.traceId ?? newTraceIds().traceId;
  }

  generateSpanId(): string {
    return this.preset?.spanId ?? newTraceIds().spanId;
  }
}

const requestIds = new RequestIdGenerator();

/**
 * A request's server span, a child of the caller's context `parent`, with the ids already
 * drawn for the request (`ids.traceId` is the caller's trace id when it sent one); null
 * when the sampler does not record the request. The sampler is asked here first, with the
 * same arguments the SDK would give it, so an unsampled request (99 of 100 at a 1% ratio)
 * costs no span, no attribute checks and no second set of ids.
 */
export function startServerSpan(
  name: string,
  attributes: Attributes,
  parent: Context,
  ids: { traceId: string; spanId: string },
): Span | null {
  if (!sampler) return null;
  if (
    sampler.shouldSample(parent, ids.traceId, name, SpanKind.SERVER, attributes, []).decision ===
    SamplingDecision.NOT_RECORD
  )
    return null;
  requestIds.preset = ids;
  try {
    return tracer().startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  } finally {
    requestIds.preset = null;
  }
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
  sampler = samplerFor(config);
  provider = new sdk.TracerProvider({
    resource,
    sampler,
    idGenerator: requestIds,
    spanProcessors: [new sdk.BatchSpanProcessor({ exporter: new OTLPTraceExporter(), ...config.batch })],
  });
  resolverSpans = config.resolverSpans;
  contextManager = new SampledRequestsContextManager(new AsyncLocalStorageContextManager());
  context.setGlobalContextManager(contextManager.enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const sdkProvider = provider;
  trace.setGlobalTracerProvider({
    getTracer: (name, version, options) => new RecordedWorkTracer(sdkProvider.getTracer(name, version, options)),
  });
  serviceTracer = null;
}

/** Sends the spans still buffered and stops the SDK (at shutdown), waiting at most `timeoutMs`. */
export async function stopTracing(timeoutMs = 5_000): Promise<void> {
  const stopping = provider;
  if (!stopping) return;
  provider = null;
  sampler = null;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    stopping.shutdown().catch(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
  serviceTracer = null;
  contextManager = null;
  trace.disable();
  context.disable();
  propagation.disable();
}
