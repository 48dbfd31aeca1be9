import type { BenchResult, CellResult, ContenderId, RssSample, TargetCheck } from './harness';
import type { ScenarioId } from '@partnership-graph/shared/testing';

const labels: Record<ContenderId, string> = {
  gateway: 'this gateway',
  traced: 'this gateway, metrics, usage and traces at 1%',
  bare: 'this gateway, metrics, usage and tracing off',
  hive: 'Hive Gateway',
  apollo: 'stock Apollo Gateway',
  direct: 'institutions subgraph (direct)',
};

const MB = 2 ** 20;

function num(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

function cellOf(bench: BenchResult, contender: ContenderId, scenario: ScenarioId): CellResult | undefined {
  return bench.results.find((r) => r.contender === contender && r.scenario === scenario);
}

/** A throughput ratio between two cells, checked against a minimum. */
function ratioTarget(
  bench: BenchResult,
  name: string,
  a: [ContenderId, ScenarioId],
  b: [ContenderId, ScenarioId],
  minimum: number,
): TargetCheck {
  const x = cellOf(bench, ...a);
  const y = cellOf(bench, ...b);
  const target = `${name} ≥ ${minimum}×`;
  if (!x || !y || !y.requestsPerSecond) return { target, measured: 'not measured in this run', holds: null, gap: null };
  const ratio = x.requestsPerSecond / y.requestsPerSecond;
  const holds = ratio >= minimum && x.errors.total === 0;
  let gap: string | null = null;
  if (ratio < minimum) {
    const needed = minimum * y.requestsPerSecond;
    gap = `short by ${(minimum - ratio).toFixed(2)}×: ${labels[a[0]]} needs ${Math.round(needed)} req/s on ${a[1]} (+${Math.round(needed - x.requestsPerSecond)} req/s, ×${(needed / x.requestsPerSecond).toFixed(2)})`;
  } else if (x.errors.total) {
    gap = `${x.errors.total} errors`;
  }
  return {
    target,
    measured: `${ratio.toFixed(2)}× (${Math.round(x.requestsPerSecond)} vs ${Math.round(y.requestsPerSecond)} req/s)`,
    holds,
    gap,
  };
}

/** At most this share of req/s may metrics, usage recording and tracing sampled at 1% cost together. */
const TRACING_MAX_LOSS = 0.05;

/**
 * What observing costs: the req/s of this gateway with metrics, usage recording and
 * tracing at 1% over the same gateway with all three off, summed over every scenario of
 * the run (the varied traffic), and their CPU per request.
 */
function tracingCostTarget(bench: BenchResult): TargetCheck {
  const pairs = bench.scenarios
    .map((scenario) => ({
      id: scenario.id,
      traced: cellOf(bench, 'traced', scenario.id),
      plain: cellOf(bench, 'bare', scenario.id),
    }))
    .filter((p): p is { id: ScenarioId; traced: CellResult; plain: CellResult } => !!p.traced && !!p.plain);
  const minimum = 1 - TRACING_MAX_LOSS;
  const target = `${pairs.map((p) => p.id).join('+') || 'every scenario'} this gateway with metrics, usage and traces at 1% / with all three off ≥ ${minimum}×`;
  const sum = (cells: CellResult[]) => cells.reduce((total, cell) => total + cell.requestsPerSecond, 0);
  const plain = sum(pairs.map((p) => p.plain));
  if (!pairs.length || !plain) return { target, measured: 'not measured in this run', holds: null, gap: null };
  const ratio = sum(pairs.map((p) => p.traced)) / plain;
  const cpu = (cells: CellResult[]) => {
    const requests = cells.reduce((n, cell) => n + cell.requests, 0);
    const ms = cells.reduce((n, cell) => n + (cell.cpuMsPerRequest?.contender ?? NaN) * cell.requests, 0);
    return requests ? ms / requests : null;
  };
  const errors = pairs.reduce((n, p) => n + p.traced.errors.total, 0);
  const perScenario = pairs
    .map((p) => `${p.id} ${(p.traced.requestsPerSecond / p.plain.requestsPerSecond).toFixed(2)}`)
    .join(', ');
  return {
    target,
    measured: `${ratio.toFixed(3)}× (${perScenario}; CPU ${num(cpu(pairs.map((p) => p.traced)), 3)} vs ${num(cpu(pairs.map((p) => p.plain)), 3)} ms/request)`,
    holds: ratio >= minimum && errors === 0,
    gap:
      ratio < minimum
        ? `observing costs ${((1 - ratio) * 100).toFixed(1)}% of req/s, ${(TRACING_MAX_LOSS * 100).toFixed(0)}% allowed`
        : errors
          ? `${errors} errors`
          : null,
  };
}

export function checkTargets(bench: BenchResult): TargetCheck[] {
  const targets: TargetCheck[] = [
    ratioTarget(bench, 'S2 this gateway / Hive Gateway', ['gateway', 'S2'], ['hive', 'S2'], 1.5),
    ratioTarget(bench, 'S2 this gateway / stock Apollo Gateway', ['gateway', 'S2'], ['apollo', 'S2'], 2),
    ratioTarget(bench, 'S1 this gateway / institutions subgraph direct', ['gateway', 'S1'], ['direct', 'S1'], 0.6),
    tracingCostTarget(bench),
  ];
  // Varied traffic, the headline: every scenario at least 1.5× each peer.
  for (const scenario of bench.scenarios.filter((s) => s.id.startsWith('V')))
    for (const peer of ['hive', 'apollo'] as const)
      targets.push(
        ratioTarget(
          bench,
          `${scenario.id} this gateway / ${labels[peer]}`,
          ['gateway', scenario.id],
          [peer, scenario.id],
          1.5,
        ),
      );
  const detail = cellOf(bench, 'gateway', 'V2');
  if (detail?.cpuMsPerRequest.total != null) {
    // About 29 ms measured before (every process of a varied institution-detail request); the target is a third.
    const total = detail.cpuMsPerRequest.total;
    targets.push({
      target: 'V2 this gateway CPU ms per request, every process of its path ≤ 10',
      measured: `${num(total, 2)} ms (gateway ${num(detail.cpuMsPerRequest.contender, 2)}, subgraphs ${num(detail.cpuMsPerRequest.subgraphs, 2)}, database ${num(detail.cpuMsPerRequest.database, 2)})`,
      holds: total <= 10,
      gap: total > 10 ? `${num(total - 10, 2)} ms over` : null,
    });
  }
  for (const cell of bench.results.filter((r) => r.contender === 'gateway')) {
    const ratio = cell.p99OverP50;
    const holds = ratio === null ? null : ratio <= 3;
    targets.push({
      target: `${cell.scenario} this gateway p99 ≤ 3× p50`,
      measured:
        ratio === null
          ? '–'
          : `${ratio.toFixed(2)}× (p50 ${num(cell.latencyMs.p50, 2)} ms, p99 ${num(cell.latencyMs.p99, 2)} ms)`,
      holds,
      gap:
        holds === false && cell.latencyMs.p50 !== null
          ? `p99 must drop to ${num(cell.latencyMs.p50 * 3, 2)} ms (−${num((cell.latencyMs.p99 ?? 0) - cell.latencyMs.p50 * 3, 2)} ms)`
          : null,
    });
  }
  const peaks = bench.results
    .filter((r) => r.contender === 'gateway' && r.rss.peakBytes !== null)
    .map((r) => r.rss.peakBytes as number);
  if (peaks.length) {
    const peak = Math.max(...peaks);
    targets.push({
      target: 'this gateway RSS under load ≤ 300 MB',
      measured: `${num(peak / MB, 0)} MB peak`,
      holds: peak <= 300 * MB,
      gap: peak > 300 * MB ? `${num(peak / MB - 300, 0)} MB over` : null,
    });
  } else {
    targets.push({ target: 'this gateway RSS under load ≤ 300 MB', measured: 'not measured', holds: null, gap: null });
  }
  const growth = rssGrowthAfterWarmup(bench.rssTimeline ?? []);
  if (growth.length) {
    const worst = growth.reduce((a, b) => (b.growth > a.growth ? b : a));
    targets.push({
      target: `RSS of every process, last round against round ${RSS_BASELINE_ROUND} ≤ ${RSS_FLAT_PERCENT}% growth`,
      measured: growth.map((g) => `${g.name} ${g.fromMb}→${g.toMb} MB`).join('; '),
      holds: worst.growth <= RSS_FLAT_PERCENT / 100,
      gap: worst.growth > RSS_FLAT_PERCENT / 100 ? `${worst.name} grew ${num(worst.growth * 100, 0)}%` : null,
    });
  }
  return targets;
}

/** After this round the caches have filled: memory should stay flat from here on (`--soak`). */
export const RSS_BASELINE_ROUND = 2;
/** How much a process's RSS may still grow after the baseline round and count as flat. */
export const RSS_FLAT_PERCENT = 10;

/** Each process's RSS after the baseline round and after the last one; none with fewer than three rounds. */
export function rssGrowthAfterWarmup(
  timeline: RssSample[],
): Array<{ name: string; fromMb: number; toMb: number; growth: number }> {
  const baseline = timeline.find((sample) => sample.round === RSS_BASELINE_ROUND);
  const last = timeline[timeline.length - 1];
  if (!baseline || !last || last.round <= RSS_BASELINE_ROUND) return [];
  return Object.entries(baseline.rssMb).flatMap(([name, fromMb]) => {
    const toMb = last.rssMb[name];
    return fromMb && toMb ? [{ name, fromMb, toMb, growth: (toMb - fromMb) / fromMb }] : [];
  });
}

export function renderMarkdown(bench: BenchResult): { markdown: string; targets: TargetCheck[] } {
  const targets = checkTargets(bench);
  const env = bench.environment;
  const lines: string[] = [];
  lines.push(`### Benchmark ${bench.startedAt}`);
  lines.push('');
  lines.push(
    `\`${bench.command}\` — Node ${env.node}, ${env.cpus} CPU${env.cpus === 1 ? '' : 's'} (${env.cpuModel ?? 'unknown'}), ${env.database === 'mysql' ? 'MySQL' : 'SQLite'}; ${env.loadGenerator}; every contender in its own process over the same three subgraph processes, measured in alternating order (reversed every other round). This gateway ran ${bench.options.gatewayRuntime === 'tsx' ? 'under tsx' : 'compiled (`node gateway/dist/index.js`)'}${bench.options.gatewayHeapMb > 0 ? ` with \`--max-old-space-size=${bench.options.gatewayHeapMb} --max-semi-space-size=16\`` : " with Node's default heap"}; ${bench.options.responseCacheMs > 0 ? `its response cache on (\`RESPONSE_CACHE_MS=${bench.options.responseCacheMs}\`: a repeated anonymous query is answered from memory — the peers have none configured)` : 'its response and entity caches off (`RESPONSE_CACHE_MS=0 ENTITY_CACHE_MS=0`: every request takes the full path)'}; the peer gateways under tsx with ${bench.options.peerHeapMb > 0 ? `\`--max-old-space-size=${bench.options.peerHeapMb} --max-semi-space-size=16\`` : "Node's default heap"}.`,
  );
  lines.push('');
  lines.push(
    `Dataset: ${bench.dataset.institutions ?? '?'} institutions, ${bench.dataset.agreements ?? '?'} agreements — ${bench.dataset.note}.`,
  );
  lines.push('');
  lines.push(
    '| scenario | contender | req/s | p50 ms | p95 ms | p99 ms | p99/p50 | errors | RSS peak MB | CPU ms/request (its process; subgraphs; database; total) | SQL/request |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const scenario of bench.scenarios) {
    for (const contender of scenario.contenders) {
      const cell = cellOf(bench, contender, scenario.id);
      if (!cell) continue;
      const sql = bench.sqlPerRequest?.find(
        (s) =>
          s.scenario === scenario.id &&
          ((contender === 'direct' && s.path === 'direct') || (contender === 'gateway' && s.path === 'gateway')),
      );
      const sqlText = sql
        ? `${num(sql.total, 0)} (${
            Object.entries(sql.bySubgraph)
              .filter(([, n]) => n)
              .map(([name, n]) => `${name.slice(0, 3)} ${num(n, 0)}`)
              .join(', ') || '0'
          })`
        : '–';
      lines.push(
        `| ${scenario.id} | ${labels[contender]} | ${num(cell.requestsPerSecond, 0)} | ${num(cell.latencyMs.p50, 2)} | ${num(cell.latencyMs.p95, 2)} | ${num(cell.latencyMs.p99, 2)} | ${num(cell.p99OverP50, 2)} | ${cell.errors.total}${cell.errors.referenceProblem ? ` (${cell.errors.referenceProblem})` : ''} | ${cell.rss.peakBytes === null ? '–' : num(cell.rss.peakBytes / MB, 0)} | ${num(cell.cpuMsPerRequest?.contender, 2)}; ${num(cell.cpuMsPerRequest?.subgraphs, 2)}; ${num(cell.cpuMsPerRequest?.database, 2)}; ${num(cell.cpuMsPerRequest?.total, 2)} | ${sqlText} |`,
      );
    }
  }
  lines.push('');
  lines.push('| ratio (same run) | measured | target | holds | gap |');
  lines.push('|---|---|---|---|---|');
  for (const t of targets) {
    const [name, target] = splitTarget(t.target);
    lines.push(
      `| ${name} | ${t.measured} | ${target} | ${t.holds === null ? '–' : t.holds ? 'yes' : '**no**'} | ${t.gap ?? ''} |`,
    );
  }
  // Throughput ratios without a target, for the other federated scenarios.
  for (const scenario of bench.scenarios.filter((s) => s.id === 'S3' || s.id === 'S4')) {
    for (const peer of ['hive', 'apollo'] as const) {
      const x = cellOf(bench, 'gateway', scenario.id);
      const y = cellOf(bench, peer, scenario.id);
      if (x && y && y.requestsPerSecond)
        lines.push(
          `| ${scenario.id} this gateway / ${labels[peer]} | ${(x.requestsPerSecond / y.requestsPerSecond).toFixed(2)}× | – | – | |`,
        );
    }
  }
  const timeline = bench.rssTimeline ?? [];
  if (timeline.length > 1) {
    const names = Object.keys(timeline[0].rssMb);
    lines.push('');
    lines.push(
      `RSS (MB) of every process after each round (over ${timeline[timeline.length - 1].atSeconds} s of load):`,
    );
    lines.push('');
    lines.push(`| after round | at s | ${names.join(' | ')} |`);
    lines.push(`|---:|---:|${names.map(() => '---:').join('|')}|`);
    for (const sample of timeline)
      lines.push(
        `| ${sample.round} | ${sample.atSeconds} | ${names.map((name) => num(sample.rssMb[name] ?? null, 0)).join(' | ')} |`,
      );
  }
  lines.push('');
  lines.push(
    "CPU ms/request: user + system CPU time (from /proc) spent during the measured rounds divided by the answers, for the contender's own process, for the three subgraph processes together (the direct subgraph is one of them), for the database server on MySQL (its whole process: nothing else should use it during a run), and their total, what one answer costs the machine; it is less sensitive than req/s to other work sharing the cores.",
  );
  lines.push('');
  lines.push(`SQL statements per request: ${bench.sqlNote}.`);
  lines.push('');
  lines.push(`Full figures (every round, latency max/mean, error kinds): \`${bench.files.json}\`.`);
  lines.push('');
  return { markdown: lines.join('\n'), targets };
}

function splitTarget(target: string): [string, string] {
  const match = /^(.*?) ([≥≤] .*)$/.exec(target);
  if (!match) return [target, ''];
  // "S1 this gateway p99 ≤ 3× p50" → name "S1 this gateway p99/p50", target "≤ 3×"
  if (/p99 ≤ 3× p50$/.test(target)) return [target.replace(/ p99 ≤ 3× p50$/, ' p99/p50'), '≤ 3×'];
  return [match[1], match[2]];
}
