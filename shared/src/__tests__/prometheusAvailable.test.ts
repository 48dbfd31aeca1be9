import { prometheusAvailable } from '../testing/prometheus';

describe('Prometheus tests on a machine without Prometheus', () => {
  const missing = { PROMETHEUS_PATH: '/nonexistent/prometheus' };

  it('are skipped with a one-line reason naming them', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(prometheusAvailable('the scrape', missing)).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      'skipped "the scrape": no prometheus at /nonexistent/prometheus (apt-get install prometheus, or set PROMETHEUS_PATH)',
    );
    warn.mockRestore();
  });

  it('fail instead when REQUIRE_PROMETHEUS=1', () => {
    expect(() => prometheusAvailable('the scrape', { ...missing, REQUIRE_PROMETHEUS: '1' })).toThrow(
      /^REQUIRE_PROMETHEUS=1 but there is no prometheus at \/nonexistent\/prometheus: "the scrape" cannot run/,
    );
  });

  it('run where the server exists', () => {
    expect(prometheusAvailable('the scrape', { PROMETHEUS_PATH: process.execPath })).toBe(true);
  });
});
