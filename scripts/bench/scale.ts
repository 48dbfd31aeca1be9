import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';
import { loadAutocannon } from './gatewayDeps';
import {
  BenchAborted,
  BenchRefused,
  checkLoopback,
  defaultGatewayHeapMb,
  gatewayHeapArgs,
  isLoopback,
} from './harness';
import { ownChildren, servingPid, sampleRss, signalGroups } from './processes';
import { requestBody, scenarios, type ScenarioId } from '@partnership-graph/shared/testing';
import { LatencyRecorder, round } from './stats';

/**
 * `pnpm bench --scale-datasets bsmall_,bmed_,blarge_`: the same scenarios through this
 * gateway over several generated datasets (`pnpm generate --database-prefix P`), one
 * stack per dataset, all running at once and loaded in alternating order, so the p95
 * ratio between the smallest and the largest is measured in one run under the same
 * conditions. The target (issue 7): at large versus small scale the p95 of S1–S4 grows
 * by at most 2×.
 */
export interface ScaleOptions {
  datasets: string[];
  scenarios: ScenarioId[];
  duration: number;
  connections: number;
  rounds: number;
  warmup: number;
  gatewayHeapMb: number;
  allowRemote: boolean;
  outDir: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

interface ScaleCell {
  dataset: string;
  scenario: ScenarioId;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
  /** The first request on a freshly started stack (cold: nothing cached, plans not yet built). */
  firstRequestMs: number;
  errors: number;
  rssPeakMb: number | null;
}

export interface ScaleResult {
  startedAt: string;
  command: string;
  environment: { node: string; cpus: number; cpuModel: string | null; mysqlBufferPoolMb: number | null };
  datasets: Array<{ prefix: string; institutions: number | null; agreements: number | null }>;
  cells: ScaleCell[];
  ratios: Array<{ scenario: ScenarioId; from: string; to: string; p95Ratio: number | null; holds: boolean | null }>;
  files: { json: string; markdown: string };
}

async function post(url: string, body: string): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

export async function runScale(options: ScaleOptions): Promise<ScaleResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.datasets.length < 2)
    throw new BenchRefused('--scale-datasets needs at least two prefixes, smallest first');
  checkLoopback({ allowRemote: options.allowRemote, database: 'mysql' });
  const started = new Date();
  const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
  const { buildGateway } = await import('../buildGateway');
  const built = await buildGateway();
  const heap = gatewayHeapArgs(options.gatewayHeapMb);
  const before = new Set(ownChildren());
  const stacks: Array<{ prefix: string; stack: Stack }> = [];
  let current: { stop: () => void } | null = null;
  const onAbort = () => {
    current?.stop();
    signalGroups(
      ownChildren().filter((pid) => !before.has(pid)),
      'SIGTERM',
    );
  };
  options.signal?.addEventListener('abort', onAbort);
  const throwIfAborted = () => {
    if (options.signal?.aborted) throw new BenchAborted('benchmark interrupted');
  };
  try {
    for (const prefix of options.datasets) {
      log(`starting the subgraphs and this gateway (compiled) over ${prefix}*…`);
      const stack = await startStack({
        subgraphs: subgraphsOf(supergraph),
        database: 'mysql',
        existingMysqlPrefix: prefix,
        gatewayCommand: { file: process.execPath, args: [...heap, built] },
        // Scale is about the databases: no answer from the gateway's response cache.
        gatewayEnv: { HOST: '127.0.0.1', RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '0' },
        subgraphEnv: { HOST: '127.0.0.1' },
      });
      stacks.push({ prefix, stack });
      if (!options.allowRemote && !isLoopback(new URL(stack.gatewayUrl).hostname))
        throw new BenchRefused(`${stack.gatewayUrl} is not loopback`);
      throwIfAborted();
    }

    const datasets: ScaleResult['datasets'] = [];
    const references = new Map<string, { body: string; ms: number }>();
    for (const { prefix, stack } of stacks) {
      const probe = await post(
        stack.gatewayUrl,
        JSON.stringify({ query: '{ institutions(first: 1) { totalCount } agreements(first: 1) { totalCount } }' }),
      );
      const data = (
        JSON.parse(probe.text) as {
          data?: { institutions?: { totalCount: number }; agreements?: { totalCount: number } };
        }
      ).data;
      datasets.push({
        prefix,
        institutions: data?.institutions?.totalCount ?? null,
        agreements: data?.agreements?.totalCount ?? null,
      });
      log(
        `  ${prefix}: ${datasets.at(-1)!.institutions} institutions, ${datasets.at(-1)!.agreements} agreements at ${stack.gatewayUrl}`,
      );
    }
    // The first request of each scenario on each stack (cold), and its answer as that stack's reference.
    for (const id of options.scenarios) {
      for (const { prefix, stack } of stacks) {
        const answer = await post(stack.gatewayUrl, requestBody(scenarios[id]));
        const parsed = JSON.parse(answer.text) as { data?: unknown; errors?: unknown };
        if (answer.status !== 200 || parsed.errors || !parsed.data)
          throw new Error(`${id} on ${prefix}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
        references.set(`${prefix}/${id}`, { body: answer.text, ms: answer.ms });
        log(`  first ${id} on ${prefix}: ${answer.ms.toFixed(0)} ms`);
      }
    }

    const autocannon = loadAutocannon();
    const load = async (prefix: string, stack: Stack, id: ScenarioId, seconds: number) => {
      const latencies = new LatencyRecorder();
      const gatewayProcess = stack.services.find((s) => s.name === 'gateway')?.process;
      const rss = gatewayProcess?.pid ? sampleRss(servingPid(gatewayProcess.pid)) : null;
      const result = await new Promise<import('../../gateway/node_modules/@types/autocannon').Result>(
        (resolve, reject) => {
          const instance = autocannon(
            {
              url: stack.gatewayUrl,
              method: 'POST',
              headers: { 'content-type': 'application/json', accept: 'application/json' },
              body: requestBody(scenarios[id]),
              connections: options.connections,
              duration: seconds,
              timeout: 30,
              expectBody: references.get(`${prefix}/${id}`)!.body,
            },
            (error, value) => (error ? reject(error) : resolve(value)),
          );
          current = instance;
          instance.on('response', (_c, _s, _b, ms) => latencies.add(ms));
        },
      );
      current = null;
      return { result, latencies, rssPeak: rss ? rss().peak : null };
    };

    if (options.warmup > 0) {
      log(`warm-up: ${options.warmup} s per dataset × scenario…`);
      for (const id of options.scenarios)
        for (const { prefix, stack } of stacks) await load(prefix, stack, id, options.warmup);
    }
    const acc = new Map<
      string,
      { latencies: LatencyRecorder; requests: number; seconds: number; errors: number; rssPeak: number | null }
    >();
    for (let roundNo = 1; roundNo <= options.rounds; roundNo++) {
      for (const id of options.scenarios) {
        // Alternate the order every round, so no dataset always follows the same one.
        const order = roundNo % 2 ? stacks : [...stacks].reverse();
        for (const { prefix, stack } of order) {
          throwIfAborted();
          const { result, latencies, rssPeak } = await load(prefix, stack, id, options.duration);
          const key = `${prefix}/${id}`;
          const entry = acc.get(key) ?? {
            latencies: new LatencyRecorder(),
            requests: 0,
            seconds: 0,
            errors: 0,
            rssPeak: null,
          };
          entry.latencies.addAll(latencies);
          entry.requests += latencies.length;
          entry.seconds += result.duration;
          entry.errors += result.errors + result.non2xx + result.mismatches;
          if (rssPeak !== null) entry.rssPeak = Math.max(entry.rssPeak ?? 0, rssPeak);
          acc.set(key, entry);
          const s = latencies.summary();
          log(
            `  round ${roundNo} ${id} ${prefix.padEnd(12)} ${String(Math.round(latencies.length / result.duration)).padStart(6)} req/s  p50 ${s.p50?.toFixed(1)} ms  p95 ${s.p95?.toFixed(1)} ms  errors ${result.errors + result.non2xx + result.mismatches}`,
          );
        }
      }
    }

    const cells: ScaleCell[] = [];
    for (const id of options.scenarios) {
      for (const { prefix } of stacks) {
        const entry = acc.get(`${prefix}/${id}`)!;
        const s = entry.latencies.summary();
        cells.push({
          dataset: prefix,
          scenario: id,
          requests: entry.requests,
          seconds: round(entry.seconds)!,
          requestsPerSecond: round(entry.seconds ? entry.requests / entry.seconds : 0)!,
          latencyMs: { p50: round(s.p50), p95: round(s.p95), p99: round(s.p99), max: round(s.max) },
          firstRequestMs: round(references.get(`${prefix}/${id}`)!.ms)!,
          errors: entry.errors,
          rssPeakMb: entry.rssPeak === null ? null : Math.round(entry.rssPeak / 2 ** 20),
        });
      }
    }
    const first = options.datasets[0];
    const ratios: ScaleResult['ratios'] = [];
    for (const id of options.scenarios) {
      const base = cells.find((c) => c.dataset === first && c.scenario === id)!;
      for (const to of options.datasets.slice(1)) {
        const cell = cells.find((c) => c.dataset === to && c.scenario === id)!;
        const ratio = base.latencyMs.p95 && cell.latencyMs.p95 ? cell.latencyMs.p95 / base.latencyMs.p95 : null;
        ratios.push({
          scenario: id,
          from: first,
          to,
          p95Ratio: round(ratio),
          holds: ratio === null ? null : ratio <= 2 && cell.errors === 0,
        });
      }
    }

    let mysqlBufferPoolMb: number | null = null;
    try {
      const { createRequire } = await import('node:module');
      const { createConnection } = createRequire(path.join(repositoryRoot, 'gateway', 'package.json'))(
        'mysql2/promise',
      ) as {
        createConnection: (options: {
          uri?: string;
        }) => Promise<{ query: (sql: string) => Promise<[unknown, unknown]>; end: () => Promise<void> }>;
      };
      const connection = await createConnection({ uri: process.env.MYSQL_URL });
      const [rows] = await connection.query('SELECT @@innodb_buffer_pool_size AS size');
      mysqlBufferPoolMb = Math.round(Number((rows as Array<{ size: number }>)[0].size) / 2 ** 20);
      await connection.end();
    } catch {
      // not essential
    }
    const stamp = started
      .toISOString()
      .replace(/[:]/g, '-')
      .replace(/\.\d+Z$/, 'Z');
    fs.mkdirSync(options.outDir, { recursive: true });
    const jsonFile = path.join(options.outDir, `scale-${stamp}.json`);
    const mdFile = path.join(options.outDir, 'scale-latest.md');
    const command =
      `pnpm bench --scale-datasets ${options.datasets.join(',')} --duration ${options.duration} --connections ${options.connections} --rounds ${options.rounds}` +
      (options.scenarios.join(',') !== 'S1,S2,S3,S4' ? ` --scenarios ${options.scenarios.join(',')}` : '') +
      (options.warmup !== 2 ? ` --warmup ${options.warmup}` : '') +
      (options.gatewayHeapMb !== defaultGatewayHeapMb ? ` --gateway-heap ${options.gatewayHeapMb}` : '');
    const result: ScaleResult = {
      startedAt: started.toISOString(),
      command,
      environment: {
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        mysqlBufferPoolMb,
      },
      datasets,
      cells,
      ratios,
      files: { json: path.relative(repositoryRoot, jsonFile), markdown: path.relative(repositoryRoot, mdFile) },
    };
    fs.writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
    fs.writeFileSync(mdFile, renderScale(result));
    return result;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    log('stopping every process the benchmark started…');
    await Promise.all(stacks.map(({ stack }) => stack.stop()));
    signalGroups(
      ownChildren().filter((pid) => !before.has(pid)),
      'SIGKILL',
    );
  }
}

export function renderScale(result: ScaleResult): string {
  const num = (v: number | null, d = 1) => (v === null ? '–' : v.toFixed(d));
  const sizeOf = (prefix: string) => {
    const d = result.datasets.find((x) => x.prefix === prefix);
    return `${prefix} (${d?.institutions?.toLocaleString('en') ?? '?'} inst., ${d?.agreements?.toLocaleString('en') ?? '?'} agr.)`;
  };
  const lines: string[] = [];
  lines.push(`### Scale benchmark ${result.startedAt}`);
  lines.push('');
  lines.push(
    `\`${result.command}\` — Node ${result.environment.node}, ${result.environment.cpus} CPUs (${result.environment.cpuModel ?? 'unknown'}), MariaDB/MySQL` +
      `${result.environment.mysqlBufferPoolMb ? ` with a ${result.environment.mysqlBufferPoolMb} MB InnoDB buffer pool` : ''}; one stack (three subgraphs and this gateway, compiled) per generated dataset, all running at once, loaded in alternating order.`,
  );
  lines.push('');
  lines.push('| scenario | dataset | req/s | p50 ms | p95 ms | p99 ms | first request ms | errors |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const c of result.cells) {
    lines.push(
      `| ${c.scenario} | ${sizeOf(c.dataset)} | ${num(c.requestsPerSecond, 0)} | ${num(c.latencyMs.p50, 2)} | ${num(c.latencyMs.p95, 2)} | ${num(c.latencyMs.p99, 2)} | ${num(c.firstRequestMs, 0)} | ${c.errors} |`,
    );
  }
  lines.push('');
  lines.push('| p95 ratio (same run) | measured | target | holds |');
  lines.push('|---|---:|---|---|');
  for (const r of result.ratios) {
    lines.push(
      `| ${r.scenario} ${r.to} / ${r.from} | ${r.p95Ratio === null ? '–' : `${r.p95Ratio.toFixed(2)}×`} | ≤ 2× | ${r.holds === null ? '–' : r.holds ? 'yes' : '**no**'} |`,
    );
  }
  lines.push('');
  lines.push(
    'The first request on each freshly started stack is cold (no query plan, no cached aggregate); under load `totalCount` and statistics are served from the aggregate cache (`READ_CACHE_MS`), so the cold column is what a first caller or a cache expiry pays.',
  );
  lines.push('');
  lines.push(`Full figures: \`${result.files.json}\`.`);
  lines.push('');
  return lines.join('\n');
}
