import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readAuthConfig, repositoryRoot, SUBGRAPH_SECRET_HEADER } from '@partnership-graph/shared';
import {
  requestBody,
  scenarios,
  startGatewayOver,
  startOtlpReceiver,
  startStack,
  subgraphsOf,
  type OtlpReceiver,
  type RunningService,
  type Scenario,
  type ScenarioId,
  type Stack,
} from '@partnership-graph/shared/testing';
import { loadAutocannon } from './gatewayDeps';
import {
  cpuMillis,
  rssBytes,
  databaseServerPid,
  ownChildren,
  servingPid,
  sampleRss,
  signalGroups,
  spawnContender,
  type BenchProcess,
} from './processes';
import { renderMarkdown } from './report';
import { countSqlPerRequest, type SqlPerRequest } from './sqlProbe';
import { LatencyRecorder, round } from './stats';
import {
  AnswerBook,
  requestPool,
  sampleDataset,
  seededRandom,
  type DatasetSample,
  type IdDistribution,
} from './variedTraffic';

export type ContenderId = 'gateway' | 'traced' | 'bare' | 'hive' | 'apollo' | 'direct';

export const contenderIds: ContenderId[] = ['gateway', 'traced', 'bare', 'hive', 'apollo', 'direct'];

/** The sampling ratio of the traced gateway: what production would run with. */
export const TRACED_SAMPLE_RATIO = 0.01;

/**
 * The second copy of this gateway, `traced`: the same build and settings (metrics and
 * usage recording on, as shipped) plus tracing, sampled at 1% (parentbased_traceidratio)
 * and sent over OTLP/protobuf to a receiver in the harness. Against `bare`, the bench
 * prints what the three cost together in req/s (checkTargets).
 */
export function tracedGatewayEnv(receiverUrl: string): Record<string, string> {
  return {
    OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
    OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
    OTEL_TRACES_SAMPLER_ARG: String(TRACED_SAMPLE_RATIO),
  };
}

/** The third copy of this gateway, `bare`: metrics, usage recording and tracing all off. */
export const bareGatewayEnv: Readonly<Record<string, string>> = { METRICS: 'off', USAGE_RECORDING: '0' };

/**
 * This gateway's caches for a run: the response cache for `responseCacheMs`, and the
 * entity cache as shipped; `--response-cache-ms 0` turns both off, so every request
 * takes the full path through the query planner and the subgraphs.
 */
export function cachesEnv(responseCacheMs: number): Record<string, string> {
  return responseCacheMs > 0
    ? { RESPONSE_CACHE_MS: String(responseCacheMs) }
    : { RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '0' };
}

/** This gateway's default V8 old-space cap under the benchmark (MB); see README, Performance. */
export const defaultGatewayHeapMb = 192;

/**
 * Node flags for an old-space cap of `mb` (none for 0). A small cap also shrinks V8's
 * young generation, which costs throughput in scavenges: it is kept at 16 MB semi-spaces.
 */
export function gatewayHeapArgs(mb: number): string[] {
  return mb > 0 ? [`--max-old-space-size=${mb}`, '--max-semi-space-size=16'] : [];
}

export const contenderLabels: Record<ContenderId, string> = {
  gateway: 'this gateway',
  traced: 'this gateway, metrics, usage and traces at 1%',
  bare: 'this gateway, metrics, usage and tracing off',
  hive: 'Hive Gateway',
  apollo: 'stock Apollo Gateway',
  direct: 'institutions subgraph, direct',
};

export interface BenchOptions {
  /** Seconds of load per contender × scenario × round. */
  duration: number;
  connections: number;
  scenarios: ScenarioId[];
  contenders: ContenderId[];
  rounds: number;
  /** Seconds of unrecorded load per contender × scenario before the first round. */
  warmup: number;
  database: 'sqlite' | 'mysql';
  /** Serve an existing MySQL dataset `<prefix><subgraph>` (from `pnpm generate`) instead of fresh seeded databases. */
  dataset?: string;
  /** `--scale-datasets`: compare these generated datasets (smallest first) through this gateway instead (see scale.ts). */
  scaleDatasets?: string[];
  allowRemote: boolean;
  /** Count SQL statements per request (a second, in-process copy of the stack). */
  sql: boolean;
  /** Where the JSON and latest.md go (bench/results). */
  outDir: string;
  /** Write `--cpu-prof` profiles of every contender process here. */
  cpuProfDir?: string;
  /**
   * How this gateway runs: `node` (default) builds `gateway/dist/index.js` first and runs
   * it with plain Node, as in production; `tsx` runs the TypeScript source as `pnpm start` does.
   */
  gatewayRuntime: 'node' | 'tsx';
  /** V8 old-space cap for this gateway in MB (`--max-old-space-size`); 0: Node's default. */
  gatewayHeapMb: number;
  /** The same for Hive Gateway and stock Apollo Gateway (default 0: Node's default), to compare at equal heap settings. */
  peerHeapMb: number;
  /**
   * This gateway's RESPONSE_CACHE_MS for the run (default 1000, below the gateway's own
   * 30 s): the longest a repeated anonymous query is answered from memory, within its
   * cache hints; 0 turns the entity cache off too and measures every request's full path
   * (see cachesEnv).
   */
  responseCacheMs: number;
  /** How the varied scenarios draw ids: every id alike, or by Zipf's law (s = 1). */
  ids: IdDistribution;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export const defaultOptions: BenchOptions = {
  duration: 10,
  connections: 50,
  scenarios: ['V1', 'V2', 'V3', 'V4'],
  contenders: ['gateway', 'traced', 'bare', 'hive', 'apollo', 'direct'],
  rounds: 2,
  warmup: 2,
  database: 'sqlite',
  allowRemote: false,
  sql: true,
  outDir: path.join(repositoryRoot, 'bench', 'results'),
  gatewayRuntime: 'node',
  gatewayHeapMb: defaultGatewayHeapMb,
  peerHeapMb: 0,
  responseCacheMs: 1000,
  ids: 'uniform',
};

/** Requests drawn per varied scenario: more than a contender answers in a round, so none repeats within one. */
export const VARIED_POOL_SIZE = 5_000;
/** The seed of the varied requests: every run, and every contender, sends the same ones. */
const VARIED_SEED = 20_261_207;

export class BenchRefused extends Error {}
export class BenchAborted extends Error {}

export interface CellResult {
  contender: ContenderId;
  scenario: ScenarioId;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; mean: number | null; max: number | null };
  p99OverP50: number | null;
  errors: {
    total: number;
    socket: number;
    timeouts: number;
    non2xx: number;
    wrongBody: number;
    referenceProblem: string | null;
  };
  rss: { peakBytes: number | null; meanBytes: number | null };
  /**
   * CPU time (user + system, from /proc) per answered request: the contender's own
   * process, and the three subgraph processes together. Less sensitive than req/s to
   * other work on the machine; null without /proc.
   */
  cpuMsPerRequest: {
    contender: number | null;
    subgraphs: number | null;
    /** The database server's (MariaDB), when the run is on MySQL; null on SQLite, where it is inside the subgraphs. */
    database: number | null;
    /** Every process of the request's path added up: what one answer costs the machine. */
    total: number | null;
  };
  rounds: Array<{
    round: number;
    requests: number;
    seconds: number;
    requestsPerSecond: number;
    p50: number | null;
    p99: number | null;
    errors: number;
    rssPeakBytes: number | null;
  }>;
}

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  command: string;
  options: Omit<BenchOptions, 'signal' | 'log' | 'outDir'>;
  environment: {
    node: string;
    platform: string;
    arch: string;
    cpus: number;
    cpuModel: string | null;
    totalMemoryBytes: number;
    database: 'sqlite' | 'mysql';
    loadGenerator: string;
  };
  dataset: { institutions: number | null; agreements: number | null; synthetic: boolean; note: string };
  scenarios: Array<{ id: ScenarioId; title: string; query: string; contenders: ContenderId[] }>;
  contenders: Array<{ id: ContenderId; label: string; url: string }>;
  results: CellResult[];
  sqlPerRequest: SqlPerRequest[] | null;
  sqlNote: string;
  /** The varied scenarios' requests: how their ids were drawn, and how many answers were compared between contenders. */
  varied: { ids: IdDistribution; poolSize: number; searchWords: string[]; answersCompared: number } | null;
  /** Every process's RSS after each round (MB), to see whether memory stays flat under load (`--soak`). */
  rssTimeline: RssSample[];
  targets: TargetCheck[];
  files: { json: string; markdown: string };
}

/** The RSS of every process the bench measures, taken after one round. */
export interface RssSample {
  round: number;
  /** Seconds since the first measured round began. */
  atSeconds: number;
  /** Process name (a contender's label, or a subgraph's name) → RSS in MB; null when it could not be read. */
  rssMb: Record<string, number | null>;
}

export interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean | null;
  gap: string | null;
}

interface Contender {
  id: ContenderId;
  url: string;
  headers: Record<string, string>;
  pid: number | null;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return loopbackHosts.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Refuses anything that would send load (or data) off this machine, unless allowed. */
export function checkLoopback(
  options: Pick<BenchOptions, 'allowRemote' | 'database'>,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (options.allowRemote) return;
  const problems: string[] = [];
  const host = env.HOST ?? '127.0.0.1';
  if (!isLoopback(host)) problems.push(`HOST=${host} would make the services listen on a non-loopback interface`);
  if (options.database === 'mysql') {
    if (!env.MYSQL_URL) throw new BenchRefused('--mysql needs MYSQL_URL');
    const mysqlHost = new URL(env.MYSQL_URL).hostname;
    if (!isLoopback(mysqlHost)) problems.push(`MYSQL_URL points at ${mysqlHost}, not this machine`);
  }
  if (problems.length) {
    throw new BenchRefused(
      `refusing to benchmark off loopback: ${problems.join('; ')} (pass --allow-remote to do it anyway)`,
    );
  }
}

function checkUrlsLoopback(urls: string[], allowRemote: boolean): void {
  if (allowRemote) return;
  for (const url of urls) {
    const host = new URL(url).hostname;
    if (!isLoopback(host))
      throw new BenchRefused(`refusing to load ${url}: not a loopback address (pass --allow-remote)`);
  }
}

function timestampOf(date: Date): string {
  return date
    .toISOString()
    .replace(/[:]/g, '-')
    .replace(/\.\d+Z$/, 'Z');
}

async function fetchText(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, text: await response.text() };
}

/** Runs the whole benchmark: stack, contenders, references, warm-up, alternating rounds, report. */
export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchResult> {
  const options: BenchOptions = { ...defaultOptions, ...partial };
  const log = options.log ?? ((line: string) => console.log(line));
  const started = new Date();
  checkLoopback(options);
  const chosen = options.scenarios.map((id) => scenarios[id]);
  const applicable = (scenario: Scenario): ContenderId[] =>
    options.contenders.filter((c) => c !== 'direct' || scenario.singleSubgraph);
  const cells = chosen.reduce((n, s) => n + applicable(s).length, 0);
  const estimate = cells * (options.rounds * (options.duration + 0.5) + options.warmup + 0.5) + 60;
  log(
    `bench: ${cells} contender × scenario cells, ${options.rounds} round(s) of ${options.duration} s at ${options.connections} connections` +
      ` (about ${Math.ceil(estimate / 60)} min incl. start-up)`,
  );

  const aborted = () => options.signal?.aborted === true;
  const throwIfAborted = () => {
    if (aborted()) throw new BenchAborted('benchmark interrupted');
  };
  // Bounded in time: whatever happens, the run is stopped well after its estimate.
  const watchdog = new AbortController();
  const watchdogTimer = setTimeout(() => watchdog.abort(), (estimate * 2 + 120) * 1000);
  watchdogTimer.unref();

  const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
  let stack: Stack | null = null;
  const peers: BenchProcess[] = [];
  let traced: { gateway: RunningService | null; receiver: OtlpReceiver } | null = null;
  let bare: RunningService | null = null;
  let current: { stop: () => void } | null = null;
  // Children that existed before this run are not ours to stop.
  const before = new Set(ownChildren());
  let starting = true;
  const onAbort = () => {
    current?.stop();
    // startStack cannot be cancelled: stop what it has spawned so far, and it gives up.
    if (starting)
      signalGroups(
        ownChildren().filter((pid) => !before.has(pid)),
        'SIGTERM',
      );
  };
  options.signal?.addEventListener('abort', onAbort);
  watchdog.signal.addEventListener('abort', onAbort);

  try {
    log(
      `starting the subgraphs and this gateway on ${options.database === 'mysql' ? 'MySQL (fresh databases, seeded)' : 'SQLite (fresh files, seeded)'}…`,
    );
    const profEnv = (name: string): Record<string, string> => {
      if (!options.cpuProfDir) return {};
      const dir = path.join(options.cpuProfDir, name);
      fs.mkdirSync(dir, { recursive: true });
      // Node 20 refuses --cpu-prof in NODE_OPTIONS; a preload starts the same profiler.
      const preload = path.join(__dirname, 'cpuProfPreload.cjs');
      return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim(), BENCH_CPU_PROF_DIR: dir };
    };
    let gatewayCommand: { file: string; args: string[] } | undefined;
    if (options.gatewayRuntime === 'node') {
      const { buildGateway } = await import('../buildGateway');
      const built = await buildGateway();
      gatewayCommand = { file: process.execPath, args: [...gatewayHeapArgs(options.gatewayHeapMb), built] };
    }
    const gatewayHeapEnv: Record<string, string> =
      options.gatewayRuntime === 'tsx' && options.gatewayHeapMb > 0
        ? {
            NODE_OPTIONS:
              `${process.env.NODE_OPTIONS ?? ''} ${gatewayHeapArgs(options.gatewayHeapMb).join(' ')}`.trim(),
          }
        : {};
    const gatewayProf = profEnv('gateway');
    if (gatewayProf.NODE_OPTIONS && gatewayHeapEnv.NODE_OPTIONS)
      gatewayProf.NODE_OPTIONS = `${gatewayHeapEnv.NODE_OPTIONS} ${gatewayProf.NODE_OPTIONS}`;
    log(
      `this gateway runs ${options.gatewayRuntime === 'node' ? 'compiled (node gateway/dist/index.js)' : 'under tsx'}${options.gatewayHeapMb > 0 ? ` with ${gatewayHeapArgs(options.gatewayHeapMb).join(' ')}` : ''}`,
    );
    stack = await startStack({
      subgraphs: subgraphsOf(supergraph),
      database: options.database,
      existingMysqlPrefix: options.dataset,
      gatewayCommand,
      gatewayEnv: {
        HOST: '127.0.0.1',
        ...cachesEnv(options.responseCacheMs),
        ...gatewayHeapEnv,
        ...gatewayProf,
      },
      // With --cpu-prof the subgraphs are profiled too (one file per process in <dir>/subgraphs).
      subgraphEnv: { HOST: '127.0.0.1', ...profEnv('subgraphs') },
    });
    throwIfAborted();
    checkUrlsLoopback([stack.gatewayUrl, ...Object.values(stack.subgraphUrls)], options.allowRemote);

    if (options.contenders.includes('traced')) {
      log(`starting ${contenderLabels.traced} over the same subgraphs, its spans sent to a receiver here…`);
      traced = { gateway: null, receiver: await startOtlpReceiver({ keepSpans: false }) };
      traced.gateway = await startGatewayOver(
        stack,
        {
          HOST: '127.0.0.1',
          ...cachesEnv(options.responseCacheMs),
          ...gatewayHeapEnv,
          ...profEnv('traced'),
          ...tracedGatewayEnv(traced.receiver.url),
        },
        'traced',
        gatewayCommand,
      );
      throwIfAborted();
    }
    if (options.contenders.includes('bare')) {
      log(`starting ${contenderLabels.bare} over the same subgraphs…`);
      bare = await startGatewayOver(
        stack,
        {
          HOST: '127.0.0.1',
          ...cachesEnv(options.responseCacheMs),
          ...gatewayHeapEnv,
          ...profEnv('bare'),
          ...bareGatewayEnv,
        },
        'bare',
        gatewayCommand,
      );
      throwIfAborted();
    }

    const peerKinds = (['hive', 'apollo'] as const).filter((k) => options.contenders.includes(k));
    log(
      `starting ${peerKinds.length ? peerKinds.map((k) => contenderLabels[k]).join(' and ') : 'no peer gateways'} over the same subgraphs…`,
    );
    const launched = await Promise.allSettled(
      peerKinds.map((kind) => {
        const prof = profEnv(kind);
        const heap = gatewayHeapArgs(options.peerHeapMb).join(' ');
        const nodeOptions = `${prof.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? ''} ${heap}`.trim();
        return spawnContender(kind, {
          BENCH_SUBGRAPH_URLS: JSON.stringify(stack!.subgraphUrls),
          ...prof,
          ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
        });
      }),
    );
    for (const outcome of launched) if (outcome.status === 'fulfilled') peers.push(outcome.value);
    const failed = launched.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
    throwIfAborted();

    const secret = { [SUBGRAPH_SECRET_HEADER]: readAuthConfig().subgraphSecret };
    const pidOf = (name: string) => {
      const child = stack!.services.find((s) => s.name === name)?.process;
      return child?.pid ? servingPid(child.pid) : null;
    };
    const contenders: Contender[] = [];
    for (const id of options.contenders) {
      if (id === 'gateway') contenders.push({ id, url: stack.gatewayUrl, headers: {}, pid: pidOf('gateway') });
      if (id === 'direct')
        contenders.push({ id, url: stack.subgraphUrls.institutions, headers: secret, pid: pidOf('institutions') });
      const tracedProcess = traced?.gateway?.process;
      if (id === 'traced' && traced?.gateway)
        contenders.push({
          id,
          url: traced.gateway.url,
          headers: {},
          pid: tracedProcess?.pid ? servingPid(tracedProcess.pid) : null,
        });
      if (id === 'bare' && bare)
        contenders.push({
          id,
          url: bare.url,
          headers: {},
          pid: bare.process.pid ? servingPid(bare.process.pid) : null,
        });
      const peer = peers.find((p) => p.name === id);
      if (peer)
        contenders.push({
          id,
          url: peer.url,
          headers: {},
          pid: peer.process.pid ? servingPid(peer.process.pid) : null,
        });
    }
    starting = false;
    checkUrlsLoopback(
      contenders.map((c) => c.url),
      options.allowRemote,
    );
    for (const c of contenders) log(`  ${contenderLabels[c.id].padEnd(30)} ${c.url} (pid ${c.pid ?? '?'})`);
    const subgraphPids = stack.services.filter((s) => s.name !== 'gateway').map((s) => pidOf(s.name));
    // On MySQL the database server's work is part of every answer's cost (on SQLite it is inside the subgraphs).
    const databasePid = options.database === 'mysql' ? databaseServerPid() : null;
    /** CPU ms used so far by all of `pids`, or null when any cannot be read. */
    const cpuOf = (pids: Array<number | null>): number | null => {
      let total = 0;
      for (const pid of pids) {
        const ms = pid === null ? null : cpuMillis(pid);
        if (ms === null) return null;
        total += ms;
      }
      return total;
    };

    // The dataset: seed only, or a synthetic one (`pnpm generate`, ids syn-…).
    const probe = await fetchText(
      stack.gatewayUrl,
      JSON.stringify({
        query:
          '{ institutions(first: 100) { totalCount nodes { id } } agreements(first: 100) { totalCount nodes { id } } }',
      }),
      {},
    );
    const probed = JSON.parse(probe.text) as {
      data?: {
        institutions?: { totalCount: number; nodes: Array<{ id: string }> };
        agreements?: { totalCount: number; nodes: Array<{ id: string }> };
      };
    };
    const ids = [...(probed.data?.institutions?.nodes ?? []), ...(probed.data?.agreements?.nodes ?? [])].map(
      (n) => n.id,
    );
    const synthetic = ids.some((id) => id.startsWith('syn-'));
    const dataset = {
      institutions: probed.data?.institutions?.totalCount ?? null,
      agreements: probed.data?.agreements?.totalCount ?? null,
      synthetic,
      note: synthetic
        ? 'synthetic dataset present (ids syn-…): pages are full'
        : 'seed dataset only: pages are short (S1 returns every institution, S3 every agreement), so the figures measure gateway overhead more than database work',
    };
    log(`dataset: ${dataset.institutions} institutions, ${dataset.agreements} agreements — ${dataset.note}`);

    // The varied scenarios' requests: drawn once from the served dataset, the same for every contender.
    let sample: DatasetSample | null = null;
    if (chosen.some((scenario) => scenario.variables)) {
      sample = await sampleDataset(
        (body) => fetchText(stack!.gatewayUrl, body, {}),
        { institutions: 5_000, agreements: 20_000 },
        seededRandom(VARIED_SEED),
      );
      log(
        `varied requests: ids drawn ${options.ids === 'zipf' ? "by Zipf's law (s = 1)" : 'uniformly'} from ${sample.institutionIds.length} institutions and ${sample.agreementIds.length} agreements, ${sample.searchWords.length} search words, ${VARIED_POOL_SIZE} requests per scenario`,
      );
    }
    const pools = new Map(
      chosen.map((scenario) => [
        scenario.id,
        sample
          ? requestPool(scenario, sample, { size: VARIED_POOL_SIZE, distribution: options.ids, seed: VARIED_SEED })
          : [requestBody(scenario)],
      ]),
    );
    const answers = new AnswerBook();

    // One reference answer per scenario (this gateway's, else the first contender's);
    // every contender's own answer must carry the same data and no errors.
    const references = new Map<string, { body: string; problem: string | null }>();
    for (const scenario of chosen) {
      const body = pools.get(scenario.id)![0];
      let canonical: unknown = undefined;
      for (const id of applicable(scenario)) {
        const contender = contenders.find((c) => c.id === id)!;
        const { status, text } = await fetchText(contender.url, body, contender.headers);
        let problem: string | null = null;
        let parsed: { data?: unknown; errors?: unknown } = {};
        try {
          parsed = JSON.parse(text);
        } catch {
          problem = `non-JSON answer (HTTP ${status})`;
        }
        if (!problem && status !== 200) problem = `HTTP ${status}`;
        if (!problem && parsed.errors) problem = `GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 300)}`;
        if (!problem && canonical === undefined) canonical = parsed.data;
        else if (!problem && !isDeepStrictEqual(parsed.data, canonical))
          problem = 'data differs from the reference answer';
        if (problem) log(`  ! ${scenario.id} ${contenderLabels[id]}: ${problem}`);
        references.set(`${id}/${scenario.id}`, { body: text, problem });
      }
    }
    throwIfAborted();

    const autocannon = loadAutocannon();
    /** Loads `contender` with `scenario`; a varied one's requests are sent in pool order from `startAt`. */
    const runLoad = async (contender: Contender, scenario: Scenario, seconds: number, startAt = 0) => {
      const latencies = new LatencyRecorder();
      const reference = references.get(`${contender.id}/${scenario.id}`)!;
      const rss = contender.pid ? sampleRss(contender.pid) : null;
      const cpuBefore = {
        contender: cpuOf([contender.pid]),
        subgraphs: cpuOf(subgraphPids),
        database: databasePid === null ? null : cpuOf([databasePid]),
      };
      const pool = pools.get(scenario.id)!;
      let next = startAt;
      const headers = { 'content-type': 'application/json', accept: 'application/json', ...contender.headers };
      // A varied scenario: each request the next of the pool, each answer kept for the check against the others'.
      const varied: Partial<import('../../gateway/node_modules/@types/autocannon').Options> =
        pool.length > 1
          ? {
              requests: [
                {
                  method: 'POST',
                  headers,
                  setupRequest: (request, context) => {
                    const index = next++ % pool.length;
                    (context as { index?: number }).index = index;
                    return { ...request, body: pool[index] };
                  },
                  onResponse: (_status, body, context) =>
                    answers.record(scenario.id, (context as { index: number }).index, contender.id, body),
                },
              ],
            }
          : { body: pool[0], expectBody: reference.body };
      let finish!: (value: import('../../gateway/node_modules/@types/autocannon').Result) => void;
      let fail!: (error: unknown) => void;
      const done = new Promise<import('../../gateway/node_modules/@types/autocannon').Result>((resolve, reject) => {
        finish = resolve;
        fail = reject;
      });
      const instance = autocannon(
        {
          url: contender.url,
          method: 'POST',
          headers,
          connections: options.connections,
          duration: seconds,
          timeout: 10,
          ...varied,
        },
        (error, result) => (error ? fail(error) : finish(result)),
      );
      current = instance;
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.add(responseTime));
      const result = await done;
      current = null;
      const memory = rss ? rss() : { peak: null, mean: null };
      const spent = (before: number | null, after: number | null) =>
        before === null || after === null ? null : after - before;
      const cpu = {
        contender: spent(cpuBefore.contender, cpuOf([contender.pid])),
        subgraphs: spent(cpuBefore.subgraphs, cpuOf(subgraphPids)),
        database: databasePid === null ? null : spent(cpuBefore.database, cpuOf([databasePid])),
      };
      return { result, latencies, memory, cpu };
    };

    if (options.warmup > 0) {
      log(`warm-up: ${options.warmup} s per contender × scenario…`);
      for (const scenario of chosen) {
        for (const id of applicable(scenario)) {
          throwIfAborted();
          if (references.get(`${id}/${scenario.id}`)!.problem) continue;
          await runLoad(
            contenders.find((c) => c.id === id)!,
            scenario,
            options.warmup,
            VARIED_POOL_SIZE / 2,
          );
        }
      }
    }

    const acc = new Map<
      string,
      {
        latencies: LatencyRecorder;
        cell: CellResult;
        rssMeans: number[];
        cpuMs: { contender: number | null; subgraphs: number | null; database: number | null };
      }
    >();
    for (const scenario of chosen) {
      for (const id of applicable(scenario)) {
        acc.set(`${id}/${scenario.id}`, {
          latencies: new LatencyRecorder(),
          rssMeans: [],
          cpuMs: { contender: 0, subgraphs: 0, database: databasePid === null ? null : 0 },
          cell: {
            contender: id,
            scenario: scenario.id,
            requests: 0,
            seconds: 0,
            requestsPerSecond: 0,
            latencyMs: { p50: null, p95: null, p99: null, mean: null, max: null },
            p99OverP50: null,
            errors: {
              total: 0,
              socket: 0,
              timeouts: 0,
              non2xx: 0,
              wrongBody: 0,
              referenceProblem: references.get(`${id}/${scenario.id}`)!.problem,
            },
            rss: { peakBytes: null, meanBytes: null },
            cpuMsPerRequest: { contender: null, subgraphs: null, database: null, total: null },
            rounds: [],
          },
        });
      }
    }
    const rssTimeline: RssSample[] = [];
    const roundsStartedAt = performance.now();
    const measured = [
      ...contenders.filter((c) => c.id !== 'direct').map((c) => ({ name: contenderLabels[c.id], pid: c.pid })),
      ...stack.services.filter((s) => s.name !== 'gateway').map((s) => ({ name: s.name, pid: pidOf(s.name) })),
    ];
    for (let roundNo = 1; roundNo <= options.rounds; roundNo++) {
      if (roundNo > 1) rssTimeline.push(rssSampleOf(roundNo - 1, roundsStartedAt, measured));
      for (const scenario of chosen) {
        // Counterbalanced: every other round runs the contenders in the reverse order, so
        // that none is always the one measured first after a change of scenario.
        const order = roundNo % 2 === 0 ? [...applicable(scenario)].reverse() : applicable(scenario);
        for (const id of order) {
          throwIfAborted();
          if (watchdog.signal.aborted) throw new BenchAborted('benchmark ran past its time bound');
          const contender = contenders.find((c) => c.id === id)!;
          const key = `${id}/${scenario.id}`;
          const reference = references.get(key)!;
          if (reference.problem) {
            // Its lone answer was already wrong: loading it would only measure failures.
            if (roundNo === 1)
              log(`  round ${roundNo} ${scenario.id} ${contenderLabels[id].padEnd(30)} skipped: ${reference.problem}`);
            continue;
          }
          // Each round its own stretch of the pool, the same for every contender.
          // A whole index: a fraction would address no request of the pool (every one sent empty).
          const startAt = Math.floor(((roundNo - 1) * VARIED_POOL_SIZE) / (options.rounds + 1));
          const { result, latencies, memory, cpu } = await runLoad(contender, scenario, options.duration, startAt);
          throwIfAborted();
          const entry = acc.get(key)!;
          const summary = latencies.summary();
          const errors = result.errors + result.non2xx + result.mismatches;
          entry.latencies.addAll(latencies);
          entry.cell.requests += latencies.length;
          entry.cell.seconds += result.duration;
          entry.cell.errors.socket += result.errors - result.timeouts;
          entry.cell.errors.timeouts += result.timeouts;
          entry.cell.errors.non2xx += result.non2xx;
          entry.cell.errors.wrongBody += result.mismatches;
          if (memory.peak !== null) entry.cell.rss.peakBytes = Math.max(entry.cell.rss.peakBytes ?? 0, memory.peak);
          if (memory.mean !== null) entry.rssMeans.push(memory.mean);
          const add = (total: number | null, ms: number | null) => (total === null || ms === null ? null : total + ms);
          entry.cpuMs = {
            contender: add(entry.cpuMs.contender, cpu.contender),
            subgraphs: add(entry.cpuMs.subgraphs, cpu.subgraphs),
            database: add(entry.cpuMs.database, cpu.database),
          };
          entry.cell.rounds.push({
            round: roundNo,
            requests: latencies.length,
            seconds: result.duration,
            requestsPerSecond: round2(latencies.length / result.duration),
            p50: round(summary.p50),
            p99: round(summary.p99),
            errors,
            rssPeakBytes: memory.peak,
          });
          log(
            `  round ${roundNo} ${scenario.id} ${contenderLabels[id].padEnd(30)} ${String(Math.round(latencies.length / result.duration)).padStart(6)} req/s` +
              `  p50 ${fmt(summary.p50)} ms  p99 ${fmt(summary.p99)} ms  errors ${errors}` +
              (memory.peak !== null ? `  RSS ${Math.round(memory.peak / 2 ** 20)} MB` : '') +
              (cpu.contender !== null && latencies.length
                ? `  CPU ${fmt(cpu.contender / latencies.length)} ms/req`
                : '') +
              (cpu.subgraphs !== null && latencies.length
                ? ` (subgraphs ${fmt(cpu.subgraphs / latencies.length)}${cpu.database !== null ? `, database ${fmt(cpu.database / latencies.length)}` : ''})`
                : ''),
          );
        }
      }
    }

    rssTimeline.push(rssSampleOf(options.rounds, roundsStartedAt, measured));

    // Varied answers, request by request: one unlike the majority's, or with errors, is wrong.
    const verdict = answers.verdict();
    if (sample) log(`varied answers compared between contenders: ${verdict.compared} requests`);
    for (const [key, wrong] of verdict.wrong) {
      const entry = acc.get(key);
      if (entry) entry.cell.errors.wrongBody += wrong;
    }

    const results: CellResult[] = [];
    for (const { latencies, cell, rssMeans, cpuMs } of acc.values()) {
      const summary = latencies.summary();
      cell.latencyMs = {
        p50: round(summary.p50),
        p95: round(summary.p95),
        p99: round(summary.p99),
        mean: round(summary.mean),
        max: round(summary.max),
      };
      cell.p99OverP50 = summary.p50 && summary.p99 ? round(summary.p99 / summary.p50) : null;
      cell.requestsPerSecond = round2(cell.seconds ? cell.requests / cell.seconds : 0);
      cell.rss.meanBytes = rssMeans.length ? Math.round(rssMeans.reduce((a, b) => a + b, 0) / rssMeans.length) : null;
      const perRequest = (ms: number | null) =>
        ms === null || !cell.requests ? null : Math.round((ms / cell.requests) * 1000) / 1000;
      const path = cell.contender === 'direct' ? [cpuMs.subgraphs] : [cpuMs.contender, cpuMs.subgraphs];
      if (databasePid !== null) path.push(cpuMs.database);
      cell.cpuMsPerRequest = {
        contender: perRequest(cpuMs.contender),
        subgraphs: perRequest(cpuMs.subgraphs),
        database: perRequest(cpuMs.database),
        total: perRequest(path.some((ms) => ms === null) ? null : path.reduce<number>((a, b) => a + (b as number), 0)),
      };
      cell.errors.total =
        cell.errors.socket +
        cell.errors.timeouts +
        cell.errors.non2xx +
        cell.errors.wrongBody +
        (cell.errors.referenceProblem ? 1 : 0);
      results.push(cell);
    }

    let sqlPerRequest: SqlPerRequest[] | null = null;
    let sqlNote = 'not measured (--no-sql)';
    if (options.sql) {
      throwIfAborted();
      log('counting SQL statements per request (subgraphs opened again in-process with a counting logger)…');
      try {
        sqlPerRequest = await countSqlPerRequest({
          services: stack.services,
          scenarios: chosen.map((scenario) => ({ scenario, body: pools.get(scenario.id)![0] })),
          mysqlUrl: process.env.MYSQL_URL,
        });
        sqlNote =
          'counted through this gateway (and S1 direct) on the same databases with a counting TypeORM logger, one request at a time after a warm-up, with the aggregate cache off (the full cost of a request), transaction control not counted; not counted for the peer gateways, whose query plans may fetch differently';
      } catch (error) {
        sqlNote = `not measured: ${error instanceof Error ? error.message : String(error)}`;
        log(`  ! ${sqlNote}`);
      }
    }

    const finished = new Date();
    const stamp = timestampOf(started);
    fs.mkdirSync(options.outDir, { recursive: true });
    const jsonFile = path.join(options.outDir, `${stamp}.json`);
    const mdFile = path.join(options.outDir, 'latest.md');
    const { signal: _signal, log: _log, outDir: _outDir, ...recorded } = options;
    const bench: BenchResult = {
      startedAt: started.toISOString(),
      finishedAt: finished.toISOString(),
      command: commandLineOf(options),
      options: recorded,
      environment: {
        node: process.version,
        platform: process.platform,
        arch: process.arch,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        totalMemoryBytes: os.totalmem(),
        database: options.database,
        loadGenerator: 'autocannon 9 in the harness process, on the same machine',
      },
      dataset,
      scenarios: chosen.map((s) => ({ id: s.id, title: s.title, query: s.query, contenders: applicable(s) })),
      contenders: contenders.map((c) => ({ id: c.id, label: contenderLabels[c.id], url: c.url })),
      results,
      sqlPerRequest,
      sqlNote,
      varied: sample
        ? {
            ids: options.ids,
            poolSize: VARIED_POOL_SIZE,
            searchWords: sample.searchWords,
            answersCompared: verdict.compared,
          }
        : null,
      rssTimeline,
      targets: [],
      files: { json: path.relative(repositoryRoot, jsonFile), markdown: path.relative(repositoryRoot, mdFile) },
    };
    const { markdown, targets } = renderMarkdown(bench);
    bench.targets = targets;
    fs.writeFileSync(jsonFile, `${JSON.stringify(bench, null, 2)}\n`);
    fs.writeFileSync(mdFile, markdown);
    return bench;
  } catch (error) {
    // A start-up cut short by Ctrl-C fails with "exited before it was ready": say what happened.
    if (aborted() && !(error instanceof BenchAborted)) throw new BenchAborted('benchmark interrupted');
    if (watchdog.signal.aborted && !(error instanceof BenchAborted))
      throw new BenchAborted('benchmark ran past its time bound');
    throw error;
  } finally {
    clearTimeout(watchdogTimer);
    options.signal?.removeEventListener('abort', onAbort);
    log('stopping every process the benchmark started…');
    await Promise.all(peers.map((p) => p.stop()));
    await traced?.gateway?.stop();
    await bare?.stop();
    if (traced) {
      const { exports, bytes } = traced.receiver.received();
      log(`${contenderLabels.traced} sent ${exports} exports of spans (${Math.round(bytes / 1024)} KiB)`);
      await traced.receiver.close();
    }
    await stack?.stop();
    // Anything still left (a start-up that was cut short): its whole group, hard.
    signalGroups(
      ownChildren().filter((pid) => !before.has(pid)),
      'SIGKILL',
    );
  }
}

/** The RSS of each of `processes` now, after round `round`. */
function rssSampleOf(
  round: number,
  startedAt: number,
  processes: Array<{ name: string; pid: number | null }>,
): RssSample {
  const rssMb: Record<string, number | null> = {};
  for (const { name, pid } of processes) {
    const bytes = pid === null ? null : rssBytes(pid);
    rssMb[name] = bytes === null ? null : Math.round(bytes / 2 ** 20);
  }
  return { round, atSeconds: Math.round((performance.now() - startedAt) / 1000), rssMb };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function fmt(value: number | null): string {
  return value === null ? '–' : value.toFixed(value < 10 ? 2 : 1);
}

/** The `pnpm bench` command line that reproduces a run. */
export function commandLineOf(options: BenchOptions): string {
  const parts = [
    'pnpm bench',
    `--duration ${options.duration}`,
    `--connections ${options.connections}`,
    `--rounds ${options.rounds}`,
  ];
  if (options.scenarios.join(',') !== defaultOptions.scenarios.join(','))
    parts.push(`--scenarios ${options.scenarios.join(',')}`);
  if (options.contenders.join(',') !== defaultOptions.contenders.join(','))
    parts.push(`--contenders ${options.contenders.join(',')}`);
  if (options.warmup !== defaultOptions.warmup) parts.push(`--warmup ${options.warmup}`);
  if (options.dataset) parts.push(`--dataset ${options.dataset}`);
  else if (options.database === 'mysql') parts.push('--mysql');
  if (options.gatewayRuntime !== defaultOptions.gatewayRuntime)
    parts.push(`--gateway-runtime ${options.gatewayRuntime}`);
  if (options.gatewayHeapMb !== defaultOptions.gatewayHeapMb) parts.push(`--gateway-heap ${options.gatewayHeapMb}`);
  if (options.peerHeapMb !== defaultOptions.peerHeapMb) parts.push(`--peer-heap ${options.peerHeapMb}`);
  if (options.responseCacheMs !== defaultOptions.responseCacheMs)
    parts.push(`--response-cache-ms ${options.responseCacheMs}`);
  if (options.ids !== defaultOptions.ids) parts.push(`--ids ${options.ids}`);
  if (!options.sql) parts.push('--no-sql');
  return parts.join(' ');
}
