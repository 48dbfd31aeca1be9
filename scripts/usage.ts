import fs from 'node:fs';
import { buildSchema, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { ConfigError, describeDatabase, readInt } from '@partnership-graph/shared';
import { readUsageConfig } from '../gateway/src/usage/readUsageConfig';
import { LATENCY_BUCKETS_MS, minuteOf } from '../gateway/src/usage/UsageAggregator';
import { UsageStore, type ClientTraffic, type OperationTraffic } from '../gateway/src/usage/UsageStore';
import { apiSchemaFile } from './compose';

/**
 * `pnpm usage`: what the gateway's usage store holds for the last days — the operations
 * with the most requests, with their clients, errors and latencies, and the fields of
 * the API schema that no recorded request used (candidates for deprecation).
 */
export interface UsageReport {
  days: number;
  source: string;
  totalRequests: number;
  operations: Array<
    OperationTraffic & { meanMs: number; p50Ms: number | null; p95Ms: number | null; clients: ClientTraffic[] }
  >;
  /** `Type.field` of every object and interface field no request used within the window, deprecated ones marked. */
  unusedFields: Array<{ coordinate: string; deprecated: boolean }>;
}

/**
 * The latency below which a share `q` of requests fell, from bucket counts: the upper
 * bound of the bucket that holds it (null past the last bound, or with no requests).
 */
export function latencyPercentile(buckets: number[], q: number): number | null {
  const total = buckets.reduce((sum, n) => sum + n, 0);
  if (!total) return null;
  let seen = 0;
  for (let i = 0; i < buckets.length; i += 1) {
    seen += buckets[i];
    if (seen >= q * total) return LATENCY_BUCKETS_MS[i] ?? null;
  }
  return null;
}

/**
 * Every field of the schema's object and interface types no recorded coordinate names —
 * a field counts as used when it was selected on its type, on an interface the type
 * implements, or (for an interface's field) on any type implementing it.
 */
export function unusedFields(schema: GraphQLSchema, used: ReadonlySet<string>): UsageReport['unusedFields'] {
  const unused: UsageReport['unusedFields'] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const related = isObjectType(type)
      ? type.getInterfaces().map((i) => i.name)
      : schema.getPossibleTypes(type).map((t) => t.name);
    for (const field of Object.values(type.getFields())) {
      if ([type.name, ...related].some((name) => used.has(`${name}.${field.name}`))) continue;
      unused.push({ coordinate: `${type.name}.${field.name}`, deprecated: field.deprecationReason != null });
    }
  }
  return unused.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

export async function readUsageReport(
  store: UsageStore,
  schema: GraphQLSchema,
  options: { days: number; limit: number; source: string; now?: number },
): Promise<UsageReport> {
  const since = minuteOf(options.now ?? Date.now()) - options.days * 1_440;
  const clients = await store.clientTraffic(since);
  const operations = (await store.topOperations(since, options.limit)).map((operation) => ({
    ...operation,
    meanMs: operation.requests ? operation.durationMsSum / operation.requests : 0,
    p50Ms: latencyPercentile(operation.buckets, 0.5),
    p95Ms: latencyPercentile(operation.buckets, 0.95),
    clients: clients.filter((c) => c.operationHash === operation.operationHash),
  }));
  const used = new Set((await store.coordinateUses(since)).map((use) => use.coordinate));
  return {
    days: options.days,
    source: options.source,
    totalRequests: await store.totalRequests(since),
    operations,
    unusedFields: unusedFields(schema, used),
  };
}

const ms = (value: number | null) =>
  value === null ? `>${LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1]}` : String(Math.round(value));

export function formatUsageReport(report: UsageReport): string {
  const lines = [`usage in the last ${report.days} days (${report.source}): ${report.totalRequests} requests`];
  if (!report.totalRequests) return [...lines, 'nothing recorded in the window'].join('\n');
  lines.push(
    '',
    'top operations (latency in ms; p50 and p95 are bucket bounds: at most)',
    `${'requests'.padStart(9)} ${'errors'.padStart(7)} ${'mean'.padStart(6)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'max'.padStart(6)}  operation [signature]`,
  );
  for (const op of report.operations) {
    lines.push(
      `${String(op.requests).padStart(9)} ${String(op.errors).padStart(7)} ${ms(op.meanMs).padStart(6)} ${(op.p50Ms === null ? ms(null) : `≤${op.p50Ms}`).padStart(6)} ${(op.p95Ms === null ? ms(null) : `≤${op.p95Ms}`).padStart(6)} ${ms(op.durationMsMax).padStart(6)}  ${op.operationName || '(anonymous)'} [${op.operationHash.slice(0, 12)}]`,
      `${''.padStart(9)} clients: ${op.clients
        .map(
          (c) =>
            `${c.clientVersion ? `${c.clientName}@${c.clientVersion}` : c.clientName} ${c.requests}${c.errors ? ` (${c.errors} errors)` : ''}`,
        )
        .join(', ')}`,
    );
  }
  lines.push(
    '',
    `fields no request used in the last ${report.days} days (${report.unusedFields.length}; candidates for @deprecated):`,
    ...report.unusedFields.map((f) => `  ${f.coordinate}${f.deprecated ? ' (deprecated)' : ''}`),
  );
  return lines.join('\n');
}

/** `--days N` (default 7), `--limit N` operations (default 20), `--json`. */
export function readUsageArgs(argv: string[]): { days: number; limit: number; json: boolean } {
  const flags: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--json') json = true;
    else if ((argv[i] === '--days' || argv[i] === '--limit') && argv[i + 1] !== undefined) flags[argv[i]] = argv[++i];
    else throw new ConfigError(`usage: unknown argument "${argv[i]}" (--days N, --limit N, --json)`);
  }
  return {
    days: readInt(flags, '--days', 7, 1, 3_660),
    limit: readInt(flags, '--limit', 20, 1, 10_000),
    json,
  };
}

async function main(): Promise<void> {
  const args = readUsageArgs(process.argv.slice(2));
  const { database } = readUsageConfig(process.env);
  const source = describeDatabase(database);
  const store = await UsageStore.openExisting(database);
  if (!store) {
    console.log(`no usage recorded: ${source} does not exist yet (the gateway creates it as it records)`);
    return;
  }
  try {
    const schema = buildSchema(fs.readFileSync(apiSchemaFile, 'utf8'));
    const report = await readUsageReport(store, schema, { ...args, source });
    console.log(args.json ? JSON.stringify(report, null, 2) : formatUsageReport(report));
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
