import { subgraphNames } from '@partnership-graph/shared';
import { postGraphQL, startStack, type Stack } from '@partnership-graph/shared/testing';
import { checkMysqlUrl, UsageError } from './args';

/**
 * `pnpm generate:filters --datasets P1,P2[,…] [--runs N] [--mysql-url URL] [--allow-remote]`:
 * times a page of 20 of every list under each of its filters and orders, through the
 * gateway over each generated dataset (one stack per dataset, response and aggregate
 * caches off), and prints the median of `runs` per dataset and the ratio of the last
 * dataset to the first. A filter no index serves shows as a ratio that grows with the data.
 */

/** [what is filtered, query]: the ids exist at every scale (every generated id counts from 0). */
export const filterQueries: ReadonlyArray<readonly [string, string]> = [
  ['institutions: default order', '{ institutions(first: 20) { nodes { id } } }'],
  ['institutions: NAME_DESC', '{ institutions(first: 20, orderBy: NAME_DESC) { nodes { id } } }'],
  ['institutions: FOUNDED_ON_ASC', '{ institutions(first: 20, orderBy: FOUNDED_ON_ASC) { nodes { id } } }'],
  [
    'institutions: kinds, FOUNDED_ON_ASC',
    '{ institutions(first: 20, orderBy: FOUNDED_ON_ASC, filter: { kinds: [COMPANY] }) { nodes { id } } }',
  ],
  ['institutions: search (common)', '{ institutions(first: 20, filter: { search: "nordic" }) { nodes { id } } }'],
  ['institutions: search (no match)', '{ institutions(first: 20, filter: { search: "zzqx" }) { nodes { id } } }'],
  ['institutions: kinds', '{ institutions(first: 20, filter: { kinds: [UNIVERSITY] }) { nodes { id } } }'],
  ['institutions: country', '{ institutions(first: 20, filter: { country: "DE" }) { nodes { id } } }'],
  ['institutions: city', '{ institutions(first: 20, filter: { city: "Lənkəran" }) { nodes { id } } }'],
  ['institutions: parentId', '{ institutions(first: 20, filter: { parentId: "syn-inst-0000013" }) { nodes { id } } }'],
  ['people: search', '{ people(first: 20, filter: { search: "anna" }) { nodes { id } } }'],
  ['people: institutionId', '{ people(first: 20, filter: { institutionId: "syn-inst-0000013" }) { nodes { id } } }'],
  ['agreements: default order', '{ agreements(first: 20) { nodes { id } } }'],
  ['agreements: SIGNED_ON_ASC', '{ agreements(first: 20, orderBy: SIGNED_ON_ASC) { nodes { id } } }'],
  ['agreements: TITLE_ASC', '{ agreements(first: 20, orderBy: TITLE_ASC) { nodes { id } } }'],
  [
    'agreements: kinds, SIGNED_ON_ASC',
    '{ agreements(first: 20, orderBy: SIGNED_ON_ASC, filter: { kinds: [MEMORANDUM_OF_UNDERSTANDING] }) { nodes { id } } }',
  ],
  [
    'agreements: kinds, TITLE_ASC',
    '{ agreements(first: 20, orderBy: TITLE_ASC, filter: { kinds: [MEMORANDUM_OF_UNDERSTANDING] }) { nodes { id } } }',
  ],
  ['agreements: search (common)', '{ agreements(first: 20, filter: { search: "robotics" }) { nodes { id } } }'],
  ['agreements: search (no match)', '{ agreements(first: 20, filter: { search: "zzqx" }) { nodes { id } } }'],
  [
    'agreements: search (no match), SIGNED_ON_ASC',
    '{ agreements(first: 20, orderBy: SIGNED_ON_ASC, filter: { search: "zzqx" }) { nodes { id } } }',
  ],
  ['agreements: partyId', '{ agreements(first: 20, filter: { partyId: "syn-inst-0000013" }) { nodes { id } } }'],
  [
    'agreements: signatoryId',
    '{ agreements(first: 20, filter: { signatoryId: "syn-person-0000000" }) { nodes { id } } }',
  ],
  ['agreements: kinds', '{ agreements(first: 20, filter: { kinds: [MEMORANDUM_OF_UNDERSTANDING] }) { nodes { id } } }'],
  ['agreements: statuses', '{ agreements(first: 20, filter: { statuses: [SIGNED] }) { nodes { id } } }'],
  ['agreements: areas', '{ agreements(first: 20, filter: { areas: ["robotics"] }) { nodes { id } } }'],
  ['agreements: areas (no match)', '{ agreements(first: 20, filter: { areas: ["zzqx research"] }) { nodes { id } } }'],
  [
    'agreements: areas (German name)',
    '{ agreements(first: 20, filter: { areas: ["künstliche Intelligenz"] }) { nodes { id } } }',
  ],
  [
    'agreements: commitmentKinds',
    '{ agreements(first: 20, filter: { commitmentKinds: [LABORATORY] }) { nodes { id } } }',
  ],
  [
    'agreements: commitmentKinds (no match)',
    '{ agreements(first: 20, filter: { commitmentKinds: [OTHER] }) { nodes { id } } }',
  ],
  [
    'agreements: signedFrom/signedTo',
    '{ agreements(first: 20, filter: { signedFrom: "2020-01-01", signedTo: "2020-12-31" }) { nodes { id } } }',
  ],
  ['events: default order', '{ events(first: 20) { nodes { id } } }'],
  ['events: STARTS_ON_ASC', '{ events(first: 20, orderBy: STARTS_ON_ASC) { nodes { id } } }'],
  ['events: institutionId', '{ events(first: 20, filter: { institutionId: "syn-inst-0000013" }) { nodes { id } } }'],
  ['events: kinds', '{ events(first: 20, filter: { kinds: [FORUM] }) { nodes { id } } }'],
  ['events: from/to', '{ events(first: 20, filter: { from: "2020-01-01", to: "2020-12-31" }) { nodes { id } } }'],
  [
    'internship programmes: institutionId',
    '{ internshipPrograms(first: 20, filter: { institutionId: "syn-inst-0000013" }) { nodes { id } } }',
  ],
  [
    'internship programmes: agreementId',
    '{ internshipPrograms(first: 20, filter: { agreementId: "syn-agr-0000000" }) { nodes { id } } }',
  ],
  ['internship programmes: levels', '{ internshipPrograms(first: 20, filter: { levels: [MASTER] }) { nodes { id } } }'],
  [
    'internship programmes: statuses',
    '{ internshipPrograms(first: 20, filter: { statuses: [OPEN] }) { nodes { id } } }',
  ],
  [
    'internship programmes: from/to',
    '{ internshipPrograms(first: 20, filter: { from: "2020-01-01", to: "2020-12-31" }) { nodes { id } } }',
  ],
  [
    'internship programmes: search',
    '{ internshipPrograms(first: 20, filter: { search: "robotics" }) { nodes { id } } }',
  ],
  [
    'thesis programmes: institutionId',
    '{ thesisPrograms(first: 20, filter: { institutionId: "syn-inst-0000013" }) { nodes { id } } }',
  ],
  [
    'training programmes: institutionId',
    '{ trainingPrograms(first: 20, filter: { institutionId: "syn-inst-0000013" }) { nodes { id } } }',
  ],
  [
    'training programmes: kinds',
    '{ trainingPrograms(first: 20, filter: { kinds: [PROFESSIONAL_DEVELOPMENT] }) { nodes { id } } }',
  ],
  ['theses: default order', '{ theses(first: 20) { nodes { id } } }'],
  ['theses: programId', '{ theses(first: 20, filter: { programId: "syn-tprog-0000000" }) { nodes { id } } }'],
  ['theses: institutionId', '{ theses(first: 20, filter: { institutionId: "syn-inst-0000013" }) { nodes { id } } }'],
  ['theses: agreementId', '{ theses(first: 20, filter: { agreementId: "syn-agr-0000000" }) { nodes { id } } }'],
  ['theses: supervisorId', '{ theses(first: 20, filter: { supervisorId: "syn-person-0000003" }) { nodes { id } } }'],
  ['theses: levels', '{ theses(first: 20, filter: { levels: [PHD] }) { nodes { id } } }'],
  ['theses: statuses', '{ theses(first: 20, filter: { statuses: [DEFENDED] }) { nodes { id } } }'],
  ['theses: yearFrom/yearTo', '{ theses(first: 20, filter: { yearFrom: 2020, yearTo: 2021 }) { nodes { id } } }'],
  ['theses: search (no match)', '{ theses(first: 20, filter: { search: "zzqx" }) { nodes { id } } }'],
];

export interface FilterTime {
  name: string;
  /** Median milliseconds per dataset, in the order given. */
  ms: number[];
  /** The first error message per dataset, null when every run answered. */
  errors: Array<string | null>;
}

export interface FilterTimesOptions {
  datasets: string[];
  runs: number;
  mysqlUrl: string;
}

async function timed(url: string, query: string): Promise<{ ms: number; error: string | null }> {
  const started = process.hrtime.bigint();
  const { body } = await postGraphQL(url, query);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, error: body.errors?.length ? body.errors[0].message : null };
}

/** Starts one stack per dataset, times every query (one warm-up, then `runs`), stops the stacks. */
export async function measureFilterTimes(options: FilterTimesOptions, signal?: AbortSignal): Promise<FilterTime[]> {
  const previous = process.env.MYSQL_URL;
  process.env.MYSQL_URL = options.mysqlUrl;
  const stacks: Stack[] = [];
  try {
    for (const prefix of options.datasets) {
      stacks.push(
        await startStack({
          subgraphs: [...subgraphNames],
          database: 'mysql',
          existingMysqlPrefix: prefix,
          gatewayEnv: { RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '0' },
          subgraphEnv: { READ_CACHE_MS: '0' },
        }),
      );
    }
    const results: FilterTime[] = [];
    for (const [name, query] of filterQueries) {
      if (signal?.aborted) break;
      const ms: number[] = [];
      const errors: Array<string | null> = [];
      for (const stack of stacks) {
        await timed(stack.gatewayUrl, query);
        const runs: number[] = [];
        let error: string | null = null;
        for (let i = 0; i < options.runs; i++) {
          const r = await timed(stack.gatewayUrl, query);
          runs.push(r.ms);
          error ??= r.error;
        }
        runs.sort((a, b) => a - b);
        ms.push(runs[Math.floor(runs.length / 2)]);
        errors.push(error);
      }
      results.push({ name, ms, errors });
    }
    return results;
  } finally {
    for (const stack of stacks) await stack.stop();
    if (previous === undefined) delete process.env.MYSQL_URL;
    else process.env.MYSQL_URL = previous;
  }
}

export function formatFilterTimes(datasets: readonly string[], results: readonly FilterTime[]): string {
  const last = datasets[datasets.length - 1];
  const head = `| list: filter or order | ${datasets.map((d) => `${d} ms`).join(' | ')} | ${last} / ${datasets[0]} |`;
  const rule = `|---|${datasets.map(() => '---:|').join('')}---:|`;
  const rows = results.map(({ name, ms, errors }) => {
    const cells = ms.map((m, i) => (errors[i] ? `error: ${errors[i]}` : m.toFixed(1)));
    return `| ${name} | ${cells.join(' | ')} | ${(ms[ms.length - 1] / ms[0]).toFixed(2)}× |`;
  });
  return [head, rule, ...rows].join('\n');
}

export function parseFilterTimesArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): FilterTimesOptions {
  let datasets: string[] = [];
  let runs = 3;
  let mysqlUrl = env.MYSQL_URL || 'mysql://root@127.0.0.1:3306';
  let allowRemote = false;
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${argv[i - 1]} needs a value`);
      return v;
    };
    switch (argv[i]) {
      case '--datasets':
        datasets = value().split(',').filter(Boolean);
        break;
      case '--runs':
        runs = Number(value());
        if (!Number.isInteger(runs) || runs < 1 || runs > 50)
          throw new UsageError('--runs must be a whole number from 1 to 50');
        break;
      case '--mysql-url':
        mysqlUrl = value();
        break;
      case '--allow-remote':
        allowRemote = true;
        break;
      default:
        throw new UsageError(`unknown argument ${argv[i]}`);
    }
  }
  if (!datasets.length)
    throw new UsageError(
      '--datasets takes one or more database prefixes of generated datasets, smallest first, e.g. gsmall_,glarge_',
    );
  return { datasets, runs, mysqlUrl: checkMysqlUrl(mysqlUrl, allowRemote) };
}

async function main(): Promise<void> {
  let options: FilterTimesOptions;
  try {
    options = parseFilterTimesArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`generate:filters: ${error.message}\n`);
    process.exit(1);
  }
  const controller = new AbortController();
  process.on('SIGINT', () => {
    process.stderr.write('\ngenerate:filters: stopping the stacks…\n');
    controller.abort();
  });
  const results = await measureFilterTimes(options, controller.signal);
  process.stdout.write(`${formatFilterTimes(options.datasets, results)}\n`);
  process.exit(results.some((r) => r.errors.some(Boolean)) ? 1 : controller.signal.aborted ? 130 : 0);
}

if (require.main === module) void main();
