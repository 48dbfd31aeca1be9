import { metrics } from '../observability/metrics';

/** METRICS=off: a service measures nothing (the bench's baseline for what measuring costs). */
describe('metrics.stopRecording', () => {
  /** Requests counted by the server-duration histogram plus cache lookups counted. */
  const total = async () => {
    const all = await metrics.registry.getMetricsAsJSON();
    const values = (name: string) => all.find((metric) => metric.name === name)?.values ?? [];
    const requests = values('http_server_request_duration_seconds').filter((v) =>
      (v as { metricName?: string }).metricName?.endsWith('_count'),
    );
    return [...requests, ...values('cache_lookups_total')].reduce((sum, value) => sum + value.value, 0);
  };

  it('records until stopped, and nothing after', async () => {
    const record = () => {
      metrics.httpServerDuration.observe(
        { http_request_method: 'POST', http_response_status_code: '200', graphql_operation_name: 'x', error_type: '' },
        0.01,
      );
      metrics.cacheLookups.inc({ cache_name: 'response', cache_result: 'hit' });
    };
    record();
    const before = await total();
    expect(before).toBe(2);
    metrics.stopRecording();
    record();
    expect(await total()).toBe(before);
  });
});
