import { ConfigError } from '../envReaders';
import { BoundedLabel, OTHER_LABEL } from '../observability/boundedLabel';
import { readLogConfig } from '../observability/logConfig';
import { readMetricsConfig } from '../observability/metricsConfig';
import { MAX_OPERATION_NAMES, operationLabel } from '../observability/observeRequests';

describe('where /metrics is answered (METRICS, METRICS_PORT, METRICS_TOKEN)', () => {
  it('is the service’s own port, with no token, unless configured', () => {
    expect(readMetricsConfig({})).toEqual({ enabled: true, port: null, token: null });
    expect(readMetricsConfig({ METRICS_PORT: '0' })).toEqual({ enabled: true, port: null, token: null });
    expect(readMetricsConfig({ METRICS_PORT: '9464', METRICS_TOKEN: 'sixteen-chars-at-least' })).toEqual({
      enabled: true,
      port: 9464,
      token: 'sixteen-chars-at-least',
    });
  });

  it('measures nothing with METRICS=off, and refuses any other word', () => {
    expect(readMetricsConfig({ METRICS: 'off' })).toMatchObject({ enabled: false });
    expect(() => readMetricsConfig({ METRICS: 'no' })).toThrow(new ConfigError('METRICS must be on or off, got no'));
  });

  it('refuses a port out of range and a token short enough to guess, naming the variable', () => {
    expect(() => readMetricsConfig({ METRICS_PORT: 'ninety' })).toThrow(
      new ConfigError('METRICS_PORT must be an integer between 0 and 65535, got "ninety"'),
    );
    expect(() => readMetricsConfig({ METRICS_TOKEN: 'short' })).toThrow(
      new ConfigError('METRICS_TOKEN must be at least 16 characters, got 5'),
    );
  });
});

describe('how a service logs (LOG_LEVEL, LOG_FORMAT)', () => {
  it('logs info and up, as JSON lines unless a person watches the terminal', () => {
    expect(readLogConfig({}, false)).toEqual({ level: 'info', format: 'json' });
    expect(readLogConfig({}, true)).toEqual({ level: 'info', format: 'pretty' });
    expect(readLogConfig({ LOG_FORMAT: 'json', LOG_LEVEL: 'WARN' }, true)).toEqual({ level: 'warn', format: 'json' });
    expect(readLogConfig({ LOG_FORMAT: 'pretty', LOG_LEVEL: 'debug' }, false)).toEqual({
      level: 'debug',
      format: 'pretty',
    });
  });

  it('refuses a level or format it does not know, naming the variable', () => {
    expect(() => readLogConfig({ LOG_LEVEL: 'verbose' }, false)).toThrow(
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"$/,
    );
    expect(() => readLogConfig({ LOG_FORMAT: 'xml' }, false)).toThrow(
      new ConfigError('LOG_FORMAT must be json or pretty, got "xml"'),
    );
  });
});

describe('bounded metric labels', () => {
  it('keeps the first names as they are and counts every later one as _OTHER', () => {
    const label = new BoundedLabel(2);
    expect([label.of('A'), label.of('B'), label.of('C'), label.of('A'), label.of('D')]).toEqual([
      'A',
      'B',
      OTHER_LABEL,
      'A',
      OTHER_LABEL,
    ]);
  });

  it('counts what is not a plain name of at most 100 characters as _OTHER, and takes no room for it', () => {
    const label = new BoundedLabel(1);
    expect(label.of('not a name')).toBe(OTHER_LABEL);
    expect(label.of(`N${'a'.repeat(100)}`)).toBe(OTHER_LABEL);
    expect(label.of('Named')).toBe('Named');
  });

  it('gives operations without a name, and requests whose operation was never resolved, a label of their own', () => {
    expect(operationLabel('')).toBe('anonymous');
    expect(operationLabel(null)).toBe('unknown');
    const names = Array.from({ length: MAX_OPERATION_NAMES + 5 }, (_, i) => `Operation${i}`);
    const labels = new Set(names.map(operationLabel));
    expect(labels.size).toBe(MAX_OPERATION_NAMES + 1);
    expect(labels.has(OTHER_LABEL)).toBe(true);
  });
});
