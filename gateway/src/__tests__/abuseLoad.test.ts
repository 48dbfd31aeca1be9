import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { dropMysqlDatabase, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * A bounded load test on loopback over the generated small dataset (1,000
 * institutions, 10,000 agreements; `pnpm generate --scale small`, written into
 * throwaway MySQL databases and dropped afterwards). Anonymous callers send abusive
 * requests — nested lists sized by `first: $n` variables, unbounded graph walks and
 * statistics, each with fresh variables so that no cache answers them — while a
 * normal query keeps being asked. It prints its numbers, with whether the normal
 * query's p99 stayed under 3× its p99 without the abuse (a performance target,
 * printed rather than asserted), and asserts:
 * - the normal query is always answered, and every abusive request is answered or refused cleanly;
 * - the gateway's heap stays under its cap: the gateway runs as in production
 *   (compiled, `--max-old-space-size=192`), with `--trace-gc`, whose lines give the
 *   heap in use before every collection;
 * - no process dies.
 * MySQL only (the generator writes MySQL): skipped without MYSQL_URL, a failure with
 * REQUIRE_MYSQL=1.
 */
const hasMysql = testDatabases().some((d) => d.label === 'mysql');
const describeMysql = hasMysql ? describe : describe.skip;
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');

const HEAP_CAP_MB = 192;
const NORMAL_CONNECTIONS = 2;
const ABUSE_CONNECTIONS = 4;
/** Alternating rounds, each measuring the normal query alone and then under abuse, so that other work on the machine weighs on both alike. */
const ROUNDS = 8;
const ROUND_SECONDS = 2;

const normalQuery = `query InstitutionsPage {
  institutions(first: 20) { nodes { id name country agreements(first: 3) { totalCount nodes { id title signedOn } } } }
}`;

/** The abusive requests, each built afresh (new variables) for every request. */
function abusiveRequests(institutionIds: string[]): Array<{ kind: string; body: () => string }> {
  const pick = () => institutionIds[Math.floor(Math.random() * institutionIds.length)];
  // The generated agreements are signed from 2000 to 2025: a bound in 2005–2029 selects a quarter of them to all.
  const year = () => String(2005 + Math.floor(Math.random() * 25));
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  return [
    {
      kind: 'nested lists with first: $n',
      body: () =>
        body(
          'query($n: Int) { agreements(first: $n) { nodes { parties { institution { agreements(first: $n) { nodes { title parties { institution { name } } } } } } } } }',
          { n: 90 + Math.floor(Math.random() * 10) },
        ),
    },
    {
      kind: 'whole partnership network',
      body: () =>
        body(
          'query($to: Date) { partnershipNetwork(filter: { signedTo: $to }) { nodes { id name } edges { source { id } target { id } weight agreementIds } totalNodes totalEdges truncated } }',
          { to: year() },
        ),
    },
    {
      kind: 'partnership path, unbounded depth',
      body: () =>
        body(
          'query($from: ID!, $to: ID!, $d: Int) { partnershipPath(from: $from, to: $to, maxDepth: $d) { length institutions { id name } } }',
          { from: pick(), to: pick(), d: 1_000_000 },
        ),
    },
    {
      kind: 'agreementStats by party kind and country',
      body: () =>
        body(
          'query($to: Date) { k: agreementStats(groupBy: PARTY_KIND, filter: { signedTo: $to }) { key count } c: agreementStats(groupBy: PARTY_COUNTRY, filter: { signedTo: $to }) { key count } }',
          {
            to: year(),
          },
        ),
    },
    {
      kind: 'talentStats by host over records',
      body: () =>
        body(
          'query($from: Date) { talentStats(groupBy: HOST, count: RECORDS, filter: { from: $from }) { key count } }',
          { from: year() },
        ),
    },
  ];
}

/** The largest heap in use (MB) that `--trace-gc` reported before a collection, in the output since `from`. */
function peakHeapMb(output: string): number {
  let peak = 0;
  for (const match of output.matchAll(
    /(?:Scavenge|Mark-Compact|Mark-sweep)[^\n]*?\s([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/g,
  )) {
    peak = Math.max(peak, Number(match[1]));
  }
  return peak;
}

/** Runs autocannon; `latencies` collects the time of every response. */
function run(options: autocannon.Options, latencies?: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (latencies)
      instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
}

/**
 * Each service's longest event-loop stall (ms) since its previous scrape, from its
 * `/metrics` (`nodejs_eventloop_lag_max_seconds`): where the normal query had to wait
 * behind other work in one process.
 */
async function longestStalls(services: Stack['services']): Promise<Record<string, number>> {
  const stalls: Record<string, number> = {};
  for (const service of services) {
    const text = await (await fetch(new URL('/metrics', service.url))).text();
    const max = /^nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text);
    stalls[service.name] = max ? Number(max[1]) * 1000 : Number.NaN;
  }
  return stalls;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

describeMysql('abusive load on the generated small dataset (MySQL)', () => {
  const prefix = `test_abuse_${process.pid}_`;
  const mysqlUrl = process.env.MYSQL_URL as string;
  let stack: Stack | undefined;
  let generated = false;

  beforeAll(() => {
    const generate = spawnSync(
      tsx,
      ['scripts/generate/index.ts', '--scale', 'small', '--database-prefix', prefix, '--mysql-url', mysqlUrl],
      {
        cwd: repositoryRoot,
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    generated = true;
    if (generate.status !== 0) throw new Error(`pnpm generate failed:\n${generate.stdout}\n${generate.stderr}`);
    const build = spawnSync(tsx, ['../scripts/buildGateway.ts'], {
      cwd: path.join(repositoryRoot, 'gateway'),
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (build.status !== 0) throw new Error(`gateway build failed:\n${build.stdout}\n${build.stderr}`);
  }, 420_000);

  afterAll(async () => {
    await stack?.stop();
    const server = new URL(mysqlUrl);
    server.pathname = '/';
    if (generated)
      for (const name of subgraphsOf(supergraph)) await dropMysqlDatabase(server.toString(), `${prefix}${name}`);
  }, 120_000);

  it('keeps the normal query fast, the gateway under its heap cap and every process alive', async () => {
    stack = await startStack({
      subgraphs: subgraphsOf(supergraph),
      database: 'mysql',
      existingMysqlPrefix: prefix,
      gatewayCommand: {
        file: process.execPath,
        args: [
          `--max-old-space-size=${HEAP_CAP_MB}`,
          '--max-semi-space-size=16',
          '--trace-gc',
          path.join(repositoryRoot, 'gateway', 'dist', 'index.js'),
        ],
      },
      // Every request takes the full path: no answer comes from the gateway's response cache.
      gatewayEnv: { RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '0' },
    });
    const url = stack.gatewayUrl;
    expect(new URL(url).hostname).toBe('127.0.0.1');

    const lone = await postGraphQL(url, normalQuery);
    expect(lone.body.errors).toBeUndefined();
    expect(lone.body.data.institutions.nodes).toHaveLength(20);
    const ids = (
      await postGraphQL(url, '{ institutions(first: 100) { nodes { id } } }')
    ).body.data.institutions.nodes.map((n: { id: string }) => n.id);
    const abusive = abusiveRequests(ids);
    // Each abusive request once: it ends with a bounded answer or a refusal, never a server error.
    const outcomes: string[] = [];
    for (const request of abusive) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body(),
      });
      const text = await response.text();
      const parsed = JSON.parse(text) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
      const outcome = parsed.errors
        ? `refused (${[...new Set(parsed.errors.map((e) => e.extensions?.code))].join(', ')})`
        : `answered (${(text.length / 1024).toFixed(0)} kB)`;
      outcomes.push(
        `${request.kind}: HTTP ${response.status}, ${outcome}${parsed.errors ? `: ${text.slice(0, 300)}` : ''}`,
      );
    }
    console.log(outcomes.join('\n'));
    expect(
      outcomes.filter(
        (o) => !/HTTP [234]\d\d, (answered|refused \((QUERY_TOO_COMPLEX|LIMIT_REACHED|BAD_USER_INPUT)\))/.test(o),
      ),
    ).toEqual([]);

    const normal: autocannon.Options = {
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: normalQuery }),
      connections: NORMAL_CONNECTIONS,
    };
    await run({ ...normal, duration: 1 }); // warm-up

    const gateway = stack.services.find((s) => s.name === 'gateway')!;
    const heapFrom = gateway.output().length;
    const alone: number[] = [];
    const underAbuse: number[] = [];
    const totals = {
      normalErrors: 0,
      abusive: 0,
      abusiveNon2xx: 0,
      abusiveErrors: 0,
      abusiveLatencies: [] as number[],
    };
    let sent = 0;
    await longestStalls(stack.services); // from here on
    for (let round = 0; round < ROUNDS; round += 1) {
      const quiet = await run({ ...normal, duration: ROUND_SECONDS }, alone);
      const [loaded, abuse] = await Promise.all([
        run({ ...normal, duration: ROUND_SECONDS }, underAbuse),
        run(
          {
            url,
            connections: ABUSE_CONNECTIONS,
            duration: ROUND_SECONDS,
            requests: [
              {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                setupRequest: (request) => ({ ...request, body: abusive[sent++ % abusive.length].body() }),
              },
            ],
          },
          totals.abusiveLatencies,
        ),
      ]);
      totals.normalErrors += quiet.errors + quiet.non2xx + loaded.errors + loaded.non2xx;
      totals.abusive += abuse.requests.total;
      totals.abusiveNon2xx += abuse.non2xx;
      totals.abusiveErrors += abuse.errors;
    }
    const stalls = await longestStalls(stack.services);
    const heapMb = peakHeapMb(gateway.output().slice(heapFrom));
    const dead = stack.services
      .filter((s) => s.process.exitCode !== null || s.process.signalCode !== null)
      .map((s) => s.name);
    const p99Alone = percentile(alone, 99);
    const p99UnderAbuse = percentile(underAbuse, 99);
    const ratio = p99UnderAbuse / p99Alone;

    console.log(
      [
        `abusive load on ${prefix}* (generated small dataset), loopback, response cache off, ${ROUNDS} rounds of ${ROUND_SECONDS} s alone then ${ROUND_SECONDS} s under abuse:`,
        ...outcomes.map((o) => `  ${o}`),
        `  normal query alone: ${alone.length} requests over ${NORMAL_CONNECTIONS} connections, p50 ${percentile(alone, 50).toFixed(1)} ms, p99 ${p99Alone.toFixed(1)} ms`,
        `  normal query under abuse: ${underAbuse.length} requests, p50 ${percentile(underAbuse, 50).toFixed(1)} ms, p99 ${p99UnderAbuse.toFixed(1)} ms (${ratio.toFixed(2)}× alone; target at most 3×: ${ratio < 3 ? 'holds' : 'MISSED'}); ${totals.normalErrors} errors in all`,
        `  abusive requests: ${totals.abusive} over ${ABUSE_CONNECTIONS} connections (${totals.abusiveNon2xx} non-2xx, ${totals.abusiveErrors} errors), p50 ${percentile(totals.abusiveLatencies, 50).toFixed(0)} ms, p99 ${percentile(totals.abusiveLatencies, 99).toFixed(0)} ms`,
        `  longest event-loop stall during the rounds: ${Object.entries(stalls)
          .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
          .join(', ')}`,
        `  gateway heap in use, peak before a collection: ${heapMb.toFixed(1)} MB (cap ${HEAP_CAP_MB} MB)`,
        `  processes that died: ${dead.length ? dead.join(', ') : 'none'}`,
      ].join('\n'),
    );

    expect(dead).toEqual([]);
    expect(totals.normalErrors).toBe(0);
    expect(totals.abusive).toBeGreaterThan(0);
    expect(heapMb).toBeGreaterThan(0);
    expect(heapMb).toBeLessThan(HEAP_CAP_MB);
    // The p99 ratio is a performance target: printed with whether it holds, as the benchmarks do, not a timed assertion
    // that another suite on the same cores could fail.
    // Still answering correctly after the load.
    expect((await postGraphQL(url, normalQuery)).body).toEqual(lone.body);
  }, 300_000);
});
