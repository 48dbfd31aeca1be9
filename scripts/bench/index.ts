import path from 'node:path';
import { BenchAborted, BenchRefused, contenderIds, defaultOptions, runBench, type BenchOptions } from './harness';
import { ownChildren, signalGroups } from './processes';
import { idDistributions, type IdDistribution } from './variedTraffic';
import { scenarioIds, scenarios, type ScenarioId } from '@partnership-graph/shared/testing';

/** The scenarios that send one request over and over (the varied ones, V1–V4, draw theirs). */
const fixedScenarioIds: ScenarioId[] = scenarioIds.filter((id) => !scenarios[id].variables);

/**
 * `pnpm bench [--duration 10] [--connections 50] [--scenarios V1,V2,V3,V4] [--ids uniform|zipf]
 *   [--contenders gateway,hive,apollo,direct] [--rounds 2] [--warmup 2] [--mysql]
 *   [--no-sql] [--cpu-prof DIR] [--out DIR (default bench/results)] [--allow-remote]`
 *
 * Starts the subgraphs and this gateway (startStack), Hive Gateway and stock Apollo
 * Gateway as processes of their own over the same subgraphs, and loads each with
 * autocannon on loopback in alternating order, reversed every other round; every
 * process's RSS is taken after each round (`--soak MINUTES`: this gateway alone for
 * that long, to see memory stay flat). Writes bench/results/<time>.json and
 * bench/results/latest.md and prints the table. Ctrl-C stops every process it started.
 */
export const usage = `usage: pnpm bench [--duration S] [--connections N] [--scenarios V1,V2,V3,V4,S1,S2,S3,S4]
                  [--contenders ${contenderIds.join(',')}] [--rounds N] [--warmup S]
                  [--mysql] [--dataset PREFIX] [--scale-datasets P1,P2,…] [--gateway-runtime node|tsx] [--gateway-heap MB] [--peer-heap MB] [--response-cache-ms MS]
                  [--ids uniform|zipf] [--no-sql] [--cpu-prof DIR] [--out DIR] [--allow-remote] [--soak MINUTES]`;

/** A comma-separated list of `known` ids, each written as `spell` makes it; refused when empty or with an unknown id. */
function idList<Id extends string>(
  flag: string,
  value: string | undefined,
  known: readonly Id[],
  spell: (id: string) => string,
): Id[] {
  const list = (value ?? '')
    .split(',')
    .map((s) => spell(s.trim()))
    .filter(Boolean);
  const unknown = list.filter((s) => !known.includes(s as Id));
  if (!list.length || unknown.length)
    throw new BenchRefused(`${flag} takes ${known.join(',')}; unknown: ${unknown.join(',') || '(none given)'}`);
  return list as Id[];
}

/**
 * The flags that take a number: the option each sets, its maximum, whether 0 turns it
 * off (`off`) and whether it is rounded to a whole number (`whole`).
 */
const numberFlags = new Map<
  string,
  {
    option: 'duration' | 'connections' | 'rounds' | 'warmup' | 'gatewayHeapMb' | 'responseCacheMs' | 'peerHeapMb';
    max: number;
    off?: true;
    whole?: true;
  }
>([
  ['--duration', { option: 'duration', max: 600 }],
  ['--connections', { option: 'connections', max: 1000, whole: true }],
  ['--rounds', { option: 'rounds', max: 20, whole: true }],
  ['--warmup', { option: 'warmup', max: 60, off: true }],
  ['--gateway-heap', { option: 'gatewayHeapMb', max: 16384, off: true, whole: true }],
  ['--response-cache-ms', { option: 'responseCacheMs', max: 3_600_000, off: true, whole: true }],
  ['--peer-heap', { option: 'peerHeapMb', max: 16384, off: true, whole: true }],
]);

export function parseBenchArgs(argv: string[]): Partial<BenchOptions> {
  const options: Partial<BenchOptions> = {};
  const positive = (name: string, value: string | undefined, max: number): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n <= 0 || n > max)
      throw new BenchRefused(`${name} needs a number in (0, ${max}], got ${value ?? 'nothing'}`);
    return n;
  };
  let soakMinutes: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i];
    const numeric = numberFlags.get(flag);
    if (numeric) {
      const v = value();
      const n = numeric.off && v === '0' ? 0 : positive(flag, v, numeric.max);
      options[numeric.option] = numeric.whole ? Math.round(n) : n;
      continue;
    }
    switch (flag) {
      case '--scenarios':
        options.scenarios = idList(flag, value(), scenarioIds, (s) => s.toUpperCase());
        break;
      case '--contenders':
        options.contenders = idList(flag, value(), contenderIds, (s) => s.toLowerCase());
        break;
      case '--dataset': {
        const prefix = value();
        if (!prefix || !/^[A-Za-z0-9_]{1,40}$/.test(prefix))
          throw new BenchRefused('--dataset takes a database prefix, e.g. bench_gen_');
        options.dataset = prefix;
        options.database = 'mysql';
        break;
      }
      case '--mysql':
        options.database = 'mysql';
        break;
      case '--scale-datasets': {
        const list = (value() ?? '')
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean);
        if (list.length < 2 || list.some((p) => !/^[A-Za-z0-9_]{1,40}$/.test(p))) {
          throw new BenchRefused(
            '--scale-datasets takes two or more database prefixes, smallest first, e.g. bsmall_,blarge_',
          );
        }
        options.scaleDatasets = list;
        options.database = 'mysql';
        break;
      }
      case '--gateway-runtime': {
        const runtime = value();
        if (runtime !== 'node' && runtime !== 'tsx') throw new BenchRefused('--gateway-runtime takes node or tsx');
        options.gatewayRuntime = runtime;
        break;
      }
      case '--ids': {
        const v = value();
        if (!idDistributions.includes(v as IdDistribution))
          throw new BenchRefused(`--ids takes ${idDistributions.join(' or ')}, got ${v ?? 'nothing'}`);
        options.ids = v as IdDistribution;
        break;
      }
      case '--no-sql':
        options.sql = false;
        break;
      case '--cpu-prof': {
        const dir = value();
        if (!dir) throw new BenchRefused('--cpu-prof needs a directory');
        options.cpuProfDir = path.resolve(dir);
        break;
      }
      case '--out': {
        const dir = value();
        if (!dir) throw new BenchRefused('--out needs a directory');
        options.outDir = path.resolve(dir);
        break;
      }
      case '--allow-remote':
        options.allowRemote = true;
        break;
      case '--soak':
        soakMinutes = positive(flag, value(), 600);
        break;
      case '--help':
      case '-h':
        console.log(usage);
        process.exit(0);
      // eslint-disable-next-line no-fallthrough
      default:
        throw new BenchRefused(`unknown argument ${arg}\n${usage}`);
    }
  }
  return soakMinutes === null ? options : soakOptions(options, soakMinutes);
}

/**
 * `--soak MINUTES`: this gateway alone (unless --contenders says otherwise) under the
 * varied scenarios for about MINUTES, in rounds of 30 s per scenario (unless --duration),
 * with every process's RSS taken after each round and checked for growth after warm-up.
 */
export function soakOptions(options: Partial<BenchOptions>, minutes: number): Partial<BenchOptions> {
  const scenarios = options.scenarios ?? defaultOptions.scenarios;
  const contenders = options.contenders ?? ['gateway'];
  const duration = options.duration ?? 30;
  const cells = scenarios.length * contenders.length;
  return {
    sql: false,
    ...options,
    scenarios,
    contenders,
    duration,
    rounds: Math.max(3, Math.round((minutes * 60) / (cells * duration))),
  };
}

async function main(): Promise<number> {
  let partial: Partial<BenchOptions>;
  try {
    partial = parseBenchArgs(process.argv.slice(2).filter((a) => a !== '--'));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const controller = new AbortController();
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    const now = Date.now();
    if (!firstSignalAt) {
      firstSignalAt = now;
      console.error(`\nbench: ${signal} — stopping the load and every process it started (Ctrl-C again to force)…`);
      controller.abort();
    } else if (now - firstSignalAt > 2_000) {
      // Ctrl-C reaches tsx too, which relays it: only a later, second one forces.
      signalGroups(ownChildren(), 'SIGKILL');
      process.exit(130);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    if (partial.scaleDatasets) {
      const { runScale } = await import('./scale');
      const o = { ...defaultOptions, ...partial };
      // Datasets of different sizes give different answers to a drawn request: the scale run compares fixed ones.
      const fixed = partial.scenarios ?? fixedScenarioIds;
      if (fixed.some((id) => scenarios[id].variables)) {
        console.error(`bench: --scale-datasets compares the fixed scenarios (${fixedScenarioIds.join(',')})`);
        return 2;
      }
      const scale = await runScale({
        datasets: partial.scaleDatasets,
        scenarios: fixed,
        duration: o.duration,
        connections: o.connections,
        rounds: o.rounds,
        warmup: o.warmup,
        gatewayHeapMb: o.gatewayHeapMb,
        allowRemote: o.allowRemote,
        outDir: o.outDir,
        signal: controller.signal,
      });
      const fs = await import('node:fs');
      const { repositoryRoot } = await import('@partnership-graph/shared');
      console.log('');
      console.log(fs.readFileSync(path.resolve(repositoryRoot, scale.files.markdown), 'utf8'));
      console.log(`written: ${scale.files.json}, ${scale.files.markdown}`);
      return 0;
    }
    const bench = await runBench({ ...defaultOptions, ...partial, signal: controller.signal });
    const fs = await import('node:fs');
    const { repositoryRoot } = await import('@partnership-graph/shared');
    console.log('');
    console.log(fs.readFileSync(path.resolve(repositoryRoot, bench.files.markdown), 'utf8'));
    console.log(`written: ${bench.files.json}, ${bench.files.markdown}`);
    if (partial.cpuProfDir) {
      const { summariseProfiles } = await import('./profile');
      console.log(summariseProfiles(partial.cpuProfDir));
    }
    return 0;
  } catch (error) {
    if (error instanceof BenchAborted) {
      console.error(`bench: ${error.message}; nothing written`);
      return 130;
    }
    if (error instanceof BenchRefused) {
      console.error(`bench: ${error.message}`);
      return 2;
    }
    console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  main().then((code) => process.exit(code));
}
