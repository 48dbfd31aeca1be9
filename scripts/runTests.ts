/**
 * `pnpm test`: jest over every package, in two runs.
 *
 * 1. Every suite but the measuring ones, on jest's workers as configured.
 * 2. The measuring suites (MEASURING_SUITES: load tests that print a latency target), one
 *    at a time with nothing else running, so that what they print measures the graph
 *    rather than whichever suite another worker happened to run beside them.
 *
 * Arguments go to jest. Given test paths (`pnpm test gateway/src/__tests__/x.test.ts`)
 * or `--testPathPatterns`, there is one run, of those. `--json --outputFile=F` (as CI passes) writes one report
 * to F, both runs' results added up. The exit status is jest's: 0 when both runs passed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repositoryRoot = path.resolve(__dirname, '..');
const jestBin = path.join(repositoryRoot, 'node_modules', '.bin', 'jest');

/** Suites that measure latency under load: run alone, after the rest. */
export const MEASURING_SUITES = ['gateway/src/__tests__/abuseLoad.test.ts'];

/** jest's options that take a value as the next argument (the rest are flags or `--name=value`). */
const optionsWithValue = new Set([
  '--config',
  '-c',
  '--maxWorkers',
  '-w',
  '--testNamePattern',
  '-t',
  '--testPathPatterns',
  '--testPathIgnorePatterns',
  '--testTimeout',
  '--shard',
  '--seed',
  '--reporters',
]);

interface ParsedArguments {
  /** Options passed on to every run, without `--outputFile`. */
  options: string[];
  /** Test paths or patterns named on the command line. */
  paths: string[];
  outputFile: string | null;
}

export function parseArguments(args: string[]): ParsedArguments {
  const parsed: ParsedArguments = { options: [], paths: [], outputFile: null };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg.startsWith('--outputFile=')) parsed.outputFile = arg.slice('--outputFile='.length);
    else if (arg === '--outputFile') parsed.outputFile = args[++i] ?? null;
    else if (optionsWithValue.has(arg)) parsed.options.push(arg, args[++i] ?? '');
    else if (arg.startsWith('-')) parsed.options.push(arg);
    else parsed.paths.push(arg);
  }
  return parsed;
}

interface JestReport {
  success: boolean;
  testResults: unknown[];
  [count: string]: unknown;
}

/** Two jest JSON reports as one: every count added up, every suite's results kept. */
export function mergeReports(a: JestReport, b: JestReport): JestReport {
  const merged: JestReport = {
    ...a,
    testResults: [...a.testResults, ...b.testResults],
    success: a.success && b.success,
  };
  for (const [key, value] of Object.entries(b))
    if (typeof value === 'number' && key.startsWith('num')) merged[key] = ((a[key] as number) ?? 0) + value;
  return merged;
}

function runJest(args: string[]): number {
  const result = spawnSync(jestBin, args, { cwd: repositoryRoot, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function main(): void {
  const { options, paths, outputFile } = parseArguments(process.argv.slice(2));
  const output = (file: string | null) => (file ? [`--outputFile=${file}`] : []);
  // Chosen suites: one run of just those.
  if (paths.length || options.some((option) => option.startsWith('--testPathPatterns')))
    process.exit(runJest([...options, ...output(outputFile), ...paths]));

  const reports = outputFile ? fs.mkdtempSync(path.join(os.tmpdir(), 'jest-reports-')) : null;
  const reportOf = (name: string) => (reports ? path.join(reports, `${name}.json`) : null);
  // The config's own ignore patterns are replaced by the command line's: given again here.
  const ignored = ['/node_modules/', '/dist/', ...MEASURING_SUITES].map(
    (pattern) => `--testPathIgnorePatterns=${pattern}`,
  );
  const suites = runJest([...options, ...ignored, ...output(reportOf('suites'))]);
  process.stdout.write(`\nmeasuring suites, one at a time with nothing else running: ${MEASURING_SUITES.join(', ')}\n`);
  const measuring = runJest([
    ...options,
    '--runInBand',
    '--passWithNoTests',
    ...output(reportOf('measuring')),
    ...MEASURING_SUITES,
  ]);
  if (outputFile && reports) {
    const read = (name: string): JestReport | null => {
      const file = reportOf(name)!;
      return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as JestReport) : null;
    };
    const [first, second] = [read('suites'), read('measuring')];
    const merged = first && second ? mergeReports(first, second) : (first ?? second);
    if (merged) fs.writeFileSync(outputFile, JSON.stringify(merged));
    fs.rmSync(reports, { recursive: true, force: true });
  }
  process.exit(suites !== 0 ? suites : measuring);
}

if (require.main === module) main();
