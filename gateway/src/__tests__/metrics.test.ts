import { mintToken, readAuthConfig, SUBGRAPH_SECRET_HEADER } from '@partnership-graph/shared';
import {
  freePort,
  postGraphQL,
  scrapeMetrics,
  startService,
  startStack,
  sumOf,
  testDatabases,
  type Sample,
  type Stack,
} from '@partnership-graph/shared/testing';

/**
 * Every service answers `/metrics` in Prometheus text format: requests per operation,
 * the gateway's fetches per subgraph, cache hits and misses, SQL statements and pools,
 * and the process itself. Scraped before and after traffic, the series move.
 */
const federated = 'query InstitutionAgreements { institution(id: "aztu") { acronym agreements { totalCount } } }';

describe.each(testDatabases())('metrics of the gateway and the subgraphs on $label', ({ label }) => {
  let stack: Stack;
  let token: string;
  const metricsOf = (name: string) =>
    scrapeMetrics(new URL('/metrics', stack.services.find((s) => s.name === name)?.url).toString());

  beforeAll(async () => {
    // Aggregate reads are reused for a minute, so a repeated count is a read-cache hit whatever the machine's speed.
    stack = await startStack({
      subgraphs: ['institutions', 'agreements'],
      database: label,
      subgraphEnv: { READ_CACHE_MS: '60000' },
    });
    token = await mintToken(readAuthConfig().jwtSecret as string, { sub: 'metrics-test', roles: ['viewer'] });
  }, 180_000);
  afterAll(() => stack?.stop());

  it('counts requests per operation name, with their status, and times them', async () => {
    const before = await metricsOf('gateway');
    for (let i = 0; i < 3; i++) expect((await postGraphQL(stack.gatewayUrl, federated)).body.errors).toBeUndefined();
    await postGraphQL(stack.gatewayUrl, '{ institutions(first: 1) { totalCount } }');
    const after = await metricsOf('gateway');
    const count = (samples: Sample[], labels: Record<string, string>) =>
      sumOf(samples, 'http_server_request_duration_seconds_count', labels);
    const named = {
      graphql_operation_name: 'InstitutionAgreements',
      http_request_method: 'POST',
      http_response_status_code: '200',
    };
    expect(count(after, named) - count(before, named)).toBe(3);
    expect(
      count(after, { graphql_operation_name: 'anonymous' }) - count(before, { graphql_operation_name: 'anonymous' }),
    ).toBe(1);
    // A histogram: buckets up to +Inf hold every request, and the sum is time in seconds.
    expect(sumOf(after, 'http_server_request_duration_seconds_bucket', { ...named, le: '+Inf' })).toBe(
      count(after, named),
    );
    expect(sumOf(after, 'http_server_request_duration_seconds_sum', named)).toBeGreaterThan(
      sumOf(before, 'http_server_request_duration_seconds_sum', named),
    );
    // Health checks and scrapes are not GraphQL requests.
    expect(
      after.some(
        (s) =>
          s.name === 'http_server_request_duration_seconds_count' &&
          s.labels.error_type === undefined &&
          !s.labels.graphql_operation_name,
      ),
    ).toBe(false);
  });

  it('counts errors by their GraphQL code, an unparsable document as operation unknown', async () => {
    const before = await metricsOf('gateway');
    await postGraphQL(stack.gatewayUrl, 'query TooMany { institutions(first: 1000) { totalCount } }');
    // As a GraphQL-over-HTTP client asks (an application/json one gets 200 with the errors).
    await postGraphQL(stack.gatewayUrl, 'query Broken { institutions(', undefined, {
      accept: 'application/graphql-response+json',
    });
    const after = await metricsOf('gateway');
    const moved = (labels: Record<string, string>) =>
      sumOf(after, 'http_server_request_duration_seconds_count', labels) -
      sumOf(before, 'http_server_request_duration_seconds_count', labels);
    expect(moved({ graphql_operation_name: 'TooMany', error_type: 'BAD_USER_INPUT' })).toBe(1);
    expect(
      moved({
        graphql_operation_name: 'unknown',
        error_type: 'GRAPHQL_PARSE_FAILED',
        http_response_status_code: '400',
      }),
    ).toBe(1);
  });

  it('times the gateway’s fetches per subgraph, and the subgraphs count the fetches they answered', async () => {
    const [gatewayBefore, institutionsBefore] = await Promise.all([metricsOf('gateway'), metricsOf('institutions')]);
    await postGraphQL(stack.gatewayUrl, federated, undefined, { authorization: `Bearer ${token}` });
    const [gatewayAfter, institutionsAfter] = await Promise.all([metricsOf('gateway'), metricsOf('institutions')]);
    for (const subgraph of ['institutions', 'agreements']) {
      const labels = { subgraph_name: subgraph, http_request_method: 'POST', http_response_status_code: '200' };
      const moved =
        sumOf(gatewayAfter, 'http_client_request_duration_seconds_count', labels) -
        sumOf(gatewayBefore, 'http_client_request_duration_seconds_count', labels);
      expect([subgraph, moved]).toEqual([subgraph, 1]);
    }
    // The gateway names each fetch after the client's operation: <name>__<subgraph>__<n>.
    const fetches = {
      graphql_operation_name: /^InstitutionAgreements__institutions__\d+$/,
      http_response_status_code: '200',
    };
    expect(
      sumOf(institutionsAfter, 'http_server_request_duration_seconds_count', fetches) -
        sumOf(institutionsBefore, 'http_server_request_duration_seconds_count', fetches),
    ).toBe(1);
  });

  it('counts hits and misses of the gateway’s response cache and of a subgraph’s read cache', async () => {
    const query = 'query CachedCount { institutions(first: 2) { totalCount nodes { id } } }';
    const lookups = (samples: Sample[], cache: string, result: string) =>
      sumOf(samples, 'cache_lookups_total', { cache_name: cache, cache_result: result });
    const [gatewayBefore, institutionsBefore] = await Promise.all([metricsOf('gateway'), metricsOf('institutions')]);
    // Anonymous: the second answer comes from the gateway's memory.
    await postGraphQL(stack.gatewayUrl, query);
    await postGraphQL(stack.gatewayUrl, query);
    // With a token the gateway keeps nothing: both reach the subgraph, whose count is read once.
    await postGraphQL(stack.gatewayUrl, query, undefined, { authorization: `Bearer ${token}` });
    await postGraphQL(stack.gatewayUrl, query, undefined, { authorization: `Bearer ${token}` });
    const [gatewayAfter, institutionsAfter] = await Promise.all([metricsOf('gateway'), metricsOf('institutions')]);
    expect(lookups(gatewayAfter, 'response', 'miss') - lookups(gatewayBefore, 'response', 'miss')).toBe(1);
    expect(lookups(gatewayAfter, 'response', 'hit') - lookups(gatewayBefore, 'response', 'hit')).toBe(1);
    expect(
      lookups(institutionsAfter, 'read', 'hit') - lookups(institutionsBefore, 'read', 'hit'),
    ).toBeGreaterThanOrEqual(2);
  });

  it('times SQL statements by kind, reports the MySQL pool, and the process itself', async () => {
    const before = await metricsOf('institutions');
    await postGraphQL(stack.gatewayUrl, '{ institution(id: "bsu") { name } }', undefined, {
      authorization: `Bearer ${token}`,
    });
    const after = await metricsOf('institutions');
    const selects = {
      db_operation_name: 'SELECT',
      db_system_name: label === 'sqlite' ? 'sqlite' : /^(mysql|mariadb)$/,
    };
    expect(sumOf(after, 'db_client_operation_duration_seconds_count', selects)).toBeGreaterThan(
      sumOf(before, 'db_client_operation_duration_seconds_count', selects),
    );
    if (label === 'mysql') {
      expect(sumOf(after, 'db_client_connection_max')).toBe(10);
      expect(
        after
          .filter((s) => s.name === 'db_client_connection_count')
          .map((s) => s.labels.db_client_connection_state)
          .sort(),
      ).toEqual(['idle', 'used']);
      expect(sumOf(after, 'db_client_connection_count')).toBeGreaterThanOrEqual(1);
    } else {
      expect(after.some((s) => s.name.startsWith('db_client_connection'))).toBe(false);
    }
    for (const name of ['nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes', 'process_cpu_seconds_total']) {
      expect([name, after.some((s) => s.name === name)]).toEqual([name, true]);
    }
  });

  it('serves a subgraph’s /metrics to a scraper without the gateway’s secret, which its API still requires', async () => {
    const institutions = stack.subgraphUrls.institutions;
    expect((await fetch(new URL('/metrics', institutions))).status).toBe(200);
    expect((await postGraphQL(institutions, '{ __typename }')).status).toBe(403);
  });
});

describe('metrics on a port of their own, behind a token', () => {
  it('answers /metrics only on METRICS_PORT and only with the bearer token', async () => {
    const metricsPort = await freePort();
    const metricsToken = 'a-scrape-token-for-this-test-only';
    const service = await startService({
      dir: 'subgraphs/institutions',
      name: 'institutions',
      env: {
        INSTITUTIONS_PORT: '0',
        MYSQL_URL: '',
        SQLITE_DIR: `/tmp/pg-metrics-port-${process.pid}`,
        METRICS_PORT: String(metricsPort),
        METRICS_TOKEN: metricsToken,
      },
    });
    try {
      const metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
      expect(
        (await fetch(new URL('/metrics', service.url), { headers: { authorization: `Bearer ${metricsToken}` } }))
          .status,
      ).toBe(404);
      const refused = await fetch(metricsUrl);
      expect([refused.status, refused.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="metrics"']);
      expect((await fetch(metricsUrl, { headers: { authorization: 'Bearer not-the-token-at-all-0000' } })).status).toBe(
        401,
      );
      // The gateway's secret is no key to the metrics, and the token none to the API.
      expect(
        (await fetch(metricsUrl, { headers: { [SUBGRAPH_SECRET_HEADER]: readAuthConfig().subgraphSecret } })).status,
      ).toBe(401);
      expect(
        (await postGraphQL(service.url, '{ __typename }', undefined, { authorization: `Bearer ${metricsToken}` }))
          .status,
      ).toBe(403);
      const samples = await scrapeMetrics(metricsUrl, { authorization: `Bearer ${metricsToken}` });
      expect(samples.some((s) => s.name === 'nodejs_heap_size_used_bytes')).toBe(true);
      expect(service.output()).toContain(`"metricsUrl":"${metricsUrl}"`);
    } finally {
      await service.stop();
      (await import('node:fs')).rmSync(`/tmp/pg-metrics-port-${process.pid}`, { recursive: true, force: true });
    }
  }, 120_000);
});
