import { ConfigError, readInt, readString } from '../envReaders';

type Env = Record<string, string | undefined>;

const samplers = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;
export type SamplerName = (typeof samplers)[number];

/**
 * Whether and where a service sends its spans, read only from the standard `OTEL_*`
 * variables (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/)
 * and `OTEL_RESOLVER_SPANS`. Off, no SDK is started at all.
 */
export interface TraceConfig {
  enabled: boolean;
  /** `service.name` of every span: OTEL_SERVICE_NAME, else the service's own name. */
  serviceName: string;
  protocol: 'http/protobuf' | 'http/json';
  sampler: SamplerName;
  /** The ratio of the `traceidratio` samplers (OTEL_TRACES_SAMPLER_ARG), 0 to 1. */
  samplerRatio: number;
  /** The batch span processor (OTEL_BSP_*). */
  batch: {
    scheduledDelayMillis: number;
    maxQueueSize: number;
    maxExportBatchSize: number;
    exportTimeoutMillis: number;
  };
  /** One span per resolved field (OTEL_RESOLVER_SPANS=1): many spans per request, so only on request. */
  resolverSpans: boolean;
}

function readRatio(env: Env, name: string): number {
  const raw = readString(env, name, '1');
  const value = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 0 && value <= 1)) throw new ConfigError(`${name} must be a number from 0 to 1, got "${raw}"`);
  return value;
}

/**
 * Tracing is on when an OTLP endpoint is named (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or
 * `OTEL_EXPORTER_OTLP_ENDPOINT`) or `OTEL_TRACES_EXPORTER=otlp` asks for the collector's
 * default (http://localhost:4318), and neither `OTEL_SDK_DISABLED=true` nor
 * `OTEL_TRACES_EXPORTER=none` turns it off. The exporter reads its own endpoint,
 * headers, timeout, compression and certificates from the same variables.
 */
export function readTraceConfig(env: Env, service: string): Readonly<TraceConfig> {
  const exporter = readString(env, 'OTEL_TRACES_EXPORTER', '').trim().toLowerCase();
  if (exporter !== '' && exporter !== 'otlp' && exporter !== 'none')
    throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp or none, got "${exporter}"`);
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'OTEL_EXPORTER_OTLP_ENDPOINT']) {
    const url = readString(env, name, '');
    if (url && !/^https?:\/\/[^/]/.test(url)) throw new ConfigError(`${name} must be an http(s) URL, got "${url}"`);
  }
  const endpoint = readString(
    env,
    'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
    readString(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ''),
  );
  const disabled = readString(env, 'OTEL_SDK_DISABLED', 'false').trim().toLowerCase() === 'true';
  const enabled = !disabled && exporter !== 'none' && (endpoint !== '' || exporter === 'otlp');

  const protocol = readString(
    env,
    'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
    readString(env, 'OTEL_EXPORTER_OTLP_PROTOCOL', 'http/protobuf'),
  ).trim();
  if (protocol !== 'http/protobuf' && protocol !== 'http/json')
    throw new ConfigError(
      `OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf or http/json (grpc is not supported), got "${protocol}"`,
    );
  const sampler = readString(env, 'OTEL_TRACES_SAMPLER', 'parentbased_always_on').trim().toLowerCase();
  if (!(samplers as readonly string[]).includes(sampler))
    throw new ConfigError(`OTEL_TRACES_SAMPLER must be one of ${samplers.join(', ')}, got "${sampler}"`);
  const samplerRatio = sampler.endsWith('traceidratio') ? readRatio(env, 'OTEL_TRACES_SAMPLER_ARG') : 1;
  const maxQueueSize = readInt(env, 'OTEL_BSP_MAX_QUEUE_SIZE', 2048, 1, 1_000_000);
  const batch = {
    scheduledDelayMillis: readInt(env, 'OTEL_BSP_SCHEDULE_DELAY', 5000, 1, 3_600_000),
    maxQueueSize,
    maxExportBatchSize: readInt(env, 'OTEL_BSP_MAX_EXPORT_BATCH_SIZE', Math.min(512, maxQueueSize), 1, maxQueueSize),
    exportTimeoutMillis: readInt(env, 'OTEL_BSP_EXPORT_TIMEOUT', 30_000, 1, 3_600_000),
  };
  const resolverSpans = readString(env, 'OTEL_RESOLVER_SPANS', '0');
  if (resolverSpans !== '0' && resolverSpans !== '1')
    throw new ConfigError(`OTEL_RESOLVER_SPANS must be 0 or 1, got "${resolverSpans}"`);
  return Object.freeze({
    enabled,
    serviceName: readString(env, 'OTEL_SERVICE_NAME', service),
    protocol,
    sampler: sampler as SamplerName,
    samplerRatio,
    batch: Object.freeze(batch),
    resolverSpans: resolverSpans === '1',
  });
}
