import { mintToken, readAuthConfig } from '@partnership-graph/shared';
import {
  postGraphQL,
  prometheusAvailable,
  startPrometheus,
  startStack,
  type RunningPrometheus,
  type Stack,
} from '@partnership-graph/shared/testing';

/**
 * A real Prometheus server (Debian's `prometheus`) scrapes the gateway — with the
 * METRICS_TOKEN it asks for — and the subgraphs, and answers PromQL over what it
 * scraped. Skipped, with its reason, where there is no Prometheus (unless
 * REQUIRE_PROMETHEUS=1).
 */
const title = 'a Prometheus server scraping the stack';
const metricsToken = 'prometheus-scrape-token-for-tests';
const federated = 'query AgreementsOf($id: ID!) { institution(id: $id) { acronym agreements { totalCount } } }';

(prometheusAvailable(title) ? describe : describe.skip)(title, () => {
  let stack: Stack;
  let prometheus: RunningPrometheus;
  beforeAll(async () => {
    stack = await startStack({
      subgraphs: ['institutions', 'agreements'],
      database: 'sqlite',
      gatewayEnv: { METRICS_TOKEN: metricsToken },
    });
    prometheus = await startPrometheus([
      { job: 'gateway', metricsUrl: new URL('/metrics', stack.gatewayUrl).toString(), token: metricsToken },
      ...Object.entries(stack.subgraphUrls).map(([job, url]) => ({
        job,
        metricsUrl: new URL('/metrics', url).toString(),
      })),
    ]);
  }, 180_000);
  afterAll(async () => {
    await prometheus?.stop();
    await stack?.stop();
  });

  /** Sends bursts of federated queries until `promql` gives a positive value for every one of `keys` (by `label`), or 60 s pass. */
  async function burstUntil(promql: string, label: string, keys: string[]): Promise<Record<string, number>> {
    const token = await mintToken(readAuthConfig().jwtSecret as string, { sub: 'prometheus-test', roles: ['viewer'] });
    const deadline = Date.now() + 60_000;
    let seen: Record<string, number> = {};
    while (Date.now() < deadline) {
      // With a token the gateway's response cache keeps nothing: every query reaches both subgraphs.
      for (const id of ['aztu', 'bsu', 'aztu', 'bsu', 'aztu']) {
        expect(
          (await postGraphQL(stack.gatewayUrl, federated, { id }, { authorization: `Bearer ${token}` })).body.errors,
        ).toBeUndefined();
      }
      seen = Object.fromEntries((await prometheus.query(promql)).map((r) => [r.metric[label], Number(r.value[1])]));
      if (keys.every((key) => (seen[key] ?? 0) > 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return seen;
  }

  it('scrapes every service, the gateway with its token', async () => {
    const deadline = Date.now() + 30_000;
    let up: Record<string, string> = {};
    while (Date.now() < deadline && Object.keys(up).length < 3) {
      up = Object.fromEntries((await prometheus.query('up == 1')).map((r) => [r.metric.job, r.value[1]]));
      if (Object.keys(up).length < 3) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(up).toEqual({ gateway: '1', institutions: '1', agreements: '1' });
  });

  it('gives the gateway’s request rate to each subgraph after a burst of federated queries', async () => {
    const rates = await burstUntil(
      'sum by (subgraph_name) (rate(http_client_request_duration_seconds_count{job="gateway"}[1m]))',
      'subgraph_name',
      ['institutions', 'agreements'],
    );
    expect(rates.institutions).toBeGreaterThan(0);
    expect(rates.agreements).toBeGreaterThan(0);
  });

  it('gives each subgraph’s own request rate, and the gateway’s requests by operation name', async () => {
    const bySubgraph = await burstUntil(
      'sum by (job) (rate(http_server_request_duration_seconds_count{job=~"institutions|agreements"}[1m]))',
      'job',
      ['institutions', 'agreements'],
    );
    expect(Object.keys(bySubgraph).sort()).toEqual(['agreements', 'institutions']);
    const byOperation = await prometheus.query(
      'sum by (graphql_operation_name) (http_server_request_duration_seconds_count{job="gateway"})',
    );
    expect(byOperation.map((r) => r.metric.graphql_operation_name)).toContain('AgreementsOf');
  });
});
