import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { ConfigError, describeDatabase, readInt, readString } from '@partnership-graph/shared';
import { changedCoordinates, reaches } from '../gateway/src/usage/changedCoordinates';
import { readUsageConfig } from '../gateway/src/usage/readUsageConfig';
import { minuteOf } from '../gateway/src/usage/UsageAggregator';
import { UsageStore, type CoordinateUse } from '../gateway/src/usage/UsageStore';
import { apiSchemaFile, composeSupergraph, repositoryRoot, writeComposed } from './compose';

/**
 * `pnpm schema:check`: composes the supergraph and compares the client-facing API
 * schema with the committed `schema/api.graphql`, reporting every change as
 * breaking, dangerous or safe. A breaking change fails unless
 * `schema/accepted-changes` lists it with a reason; every operation under
 * `schema/operations/` must still validate. With usage recorded by the gateway (its
 * usage store), a breaking change is judged by it: one that reaches a coordinate used
 * within the window fails, naming the operations and clients that used it and how often;
 * one that reaches only unused coordinates passes with a note. With no usage recorded,
 * every breaking change needs schema/accepted-changes, as before. When the check passes,
 * the new supergraph and API schema are written so the change can be committed.
 */
export type Severity = 'BREAKING' | 'DEPRECATED' | 'DANGEROUS' | 'SAFE';

export interface SchemaChange {
  severity: Severity;
  type: string;
  description: string;
  /** Breaking changes and deprecations listed in schema/accepted-changes, with the reason given there. */
  acceptedBecause?: string;
  /** What recorded usage says of a breaking change (absent with no usage recorded, or for a change usage cannot judge). */
  usage?: ChangeUsage;
}

/** A breaking change's use within the window: requests per operation and client, most first. */
export interface ChangeUsage {
  requests: number;
  /** Used at or above the thresholds: the change breaks someone. False: it passes with a note. */
  used: boolean;
  uses: Array<{ operationName: string; operationHash: string; client: string; requests: number }>;
}

/** Recorded usage within the check's window, and the thresholds a coordinate counts as used at. */
export interface UsageEvidence {
  windowDays: number;
  /** Every request recorded within the window. */
  totalRequests: number;
  uses: CoordinateUse[];
  /** A change is used when it reaches at least this many requests… */
  minRequests: number;
  /** …and at least this share (in percent) of all requests in the window. */
  minPercent: number;
  /** Where usage was read, for the report. */
  source: string;
}

export interface SchemaCheckReport {
  changes: SchemaChange[];
  /** Operations that no longer validate: file and the validation message (which names the field). */
  brokenOperations: Array<{ file: string; message: string }>;
  /** True when nothing blocks the change. */
  ok: boolean;
  /** One line on the usage the check used (or that none was recorded). */
  usageNote?: string;
}

export const acceptedChangesFile = path.join(repositoryRoot, 'schema', 'accepted-changes');
export const operationsDir = path.join(repositoryRoot, 'schema', 'operations');

/** Lines "<change description> | <reason>"; blank lines and # comments are ignored. */
export function readAcceptedChanges(text: string): Map<string, string> {
  const accepted = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [description, ...reason] = line.split('|');
    if (!reason.join('|').trim()) throw new Error(`schema/accepted-changes: "${line}" gives no reason after "|"`);
    accepted.set(description.trim(), reason.join('|').trim());
  }
  return accepted;
}

function fieldsOf(type: GraphQLNamedType): Map<string, unknown> {
  return 'getFields' in type ? new Map(Object.entries(type.getFields())) : new Map();
}

/** Additions graphql-js does not report: new types, fields and enum values. */
function safeChanges(before: GraphQLSchema, after: GraphQLSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const [name, type] of Object.entries(after.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const old = before.getType(name);
    if (!old) {
      changes.push({ severity: 'SAFE', type: 'TYPE_ADDED', description: `${name} was added.` });
      continue;
    }
    const oldFields = fieldsOf(old);
    for (const field of fieldsOf(type).keys()) {
      if (!oldFields.has(field))
        changes.push({ severity: 'SAFE', type: 'FIELD_ADDED', description: `${name}.${field} was added.` });
    }
  }
  return changes;
}

interface Deprecatable {
  deprecationReason?: string | null;
}

/**
 * Fields, arguments, input fields and enum values that carry `@deprecated` now and did
 * not before (graphql-js reports none of these: a deprecation breaks no query).
 */
function deprecations(before: GraphQLSchema, after: GraphQLSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const report = (coordinate: string, now: Deprecatable, old: Deprecatable | undefined) => {
    if (now.deprecationReason != null && old?.deprecationReason == null) {
      changes.push({ severity: 'DEPRECATED', type: 'DEPRECATION_ADDED', description: `${coordinate} was deprecated.` });
    }
  };
  for (const [name, type] of Object.entries(after.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const old = before.getType(name);
    if (isEnumType(type)) {
      const oldValues = isEnumType(old) ? old.getValues() : [];
      for (const value of type.getValues())
        report(
          `${name}.${value.name}`,
          value,
          oldValues.find((v) => v.name === value.name),
        );
      continue;
    }
    if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
    const oldFields = (old && 'getFields' in old ? old.getFields() : {}) as Record<
      string,
      Deprecatable & { args?: ReadonlyArray<Deprecatable & { name: string }> }
    >;
    for (const field of Object.values(type.getFields())) {
      const oldField = oldFields[field.name];
      report(`${name}.${field.name}`, field, oldField);
      for (const arg of 'args' in field ? field.args : []) {
        report(
          `${name}.${field.name}(${arg.name}:)`,
          arg,
          oldField?.args?.find((a) => a.name === arg.name),
        );
      }
    }
  }
  return changes;
}

export function checkSchema(options: {
  committedApiSdl: string;
  newApiSchema: GraphQLSchema;
  accepted: Map<string, string>;
  operations: Array<{ file: string; source: string }>;
  /** Recorded usage; null or absent: none (every breaking change needs accepting). */
  usage?: UsageEvidence | null;
}): SchemaCheckReport {
  const before = buildSchema(options.committedApiSdl);
  const after = options.newApiSchema;
  const changes: SchemaChange[] = [
    ...findBreakingChanges(before, after).map((c): SchemaChange => ({
      severity: 'BREAKING',
      type: c.type,
      description: c.description,
    })),
    ...deprecations(before, after),
    ...findDangerousChanges(before, after).map((c): SchemaChange => ({
      severity: 'DANGEROUS',
      type: c.type,
      description: c.description,
    })),
    ...safeChanges(before, after),
  ];
  const usage = options.usage && options.usage.totalRequests > 0 ? options.usage : null;
  for (const change of changes) {
    if (usage && change.severity === 'BREAKING') change.usage = usageOfChange(change, usage);
    const reason = options.accepted.get(change.description);
    if (mustBeAccepted(change) && reason) change.acceptedBecause = reason;
  }
  const brokenOperations: SchemaCheckReport['brokenOperations'] = [];
  for (const { file, source } of options.operations) {
    let document;
    try {
      document = parse(source);
    } catch (error) {
      brokenOperations.push({ file, message: `does not parse: ${(error as Error).message}` });
      continue;
    }
    for (const error of validate(after, document)) brokenOperations.push({ file, message: error.message });
  }
  const unaccepted = changes.filter((c) => mustBeAccepted(c) && !c.acceptedBecause);
  return {
    changes,
    brokenOperations,
    ok: unaccepted.length === 0 && brokenOperations.length === 0,
    usageNote: options.usage
      ? `usage: ${options.usage.totalRequests} requests recorded in the last ${options.usage.windowDays} days (${options.usage.source})` +
        (usage ? '' : '; with none, every breaking change needs schema/accepted-changes')
      : undefined,
  };
}

/** The recorded requests that used what a breaking change reaches; undefined when usage cannot judge the change. */
function usageOfChange(change: SchemaChange, usage: UsageEvidence): ChangeUsage | undefined {
  const changed = changedCoordinates(change);
  if (!changed) return undefined;
  // One request may use several coordinates the change reaches: count each operation and client once.
  const byUse = new Map<string, ChangeUsage['uses'][number]>();
  for (const use of usage.uses) {
    if (!reaches(changed, use.coordinate)) continue;
    const client = use.clientVersion ? `${use.clientName}@${use.clientVersion}` : use.clientName;
    const key = `${use.operationHash} ${client}`;
    const known = byUse.get(key);
    if (known) known.requests = Math.max(known.requests, use.requests);
    else
      byUse.set(key, {
        operationName: use.operationName,
        operationHash: use.operationHash,
        client,
        requests: use.requests,
      });
  }
  const uses = [...byUse.values()].sort(
    (a, b) => b.requests - a.requests || a.operationName.localeCompare(b.operationName),
  );
  const requests = uses.reduce((sum, use) => sum + use.requests, 0);
  const used =
    requests > 0 && requests >= usage.minRequests && (requests / usage.totalRequests) * 100 >= usage.minPercent;
  return { requests, used, uses };
}

/**
 * Breaking changes and deprecations pass only when schema/accepted-changes records them —
 * except a breaking change recorded usage shows no one uses within the window.
 */
function mustBeAccepted(change: SchemaChange): boolean {
  if (change.severity === 'BREAKING') return change.usage?.used !== false;
  return change.severity === 'DEPRECATED';
}

/** How many operation × client lines a breaking change's report lists before "and N more". */
const USES_SHOWN = 10;

function describeUsage(change: SchemaChange, windowDays: number | undefined): string[] {
  if (!change.usage) return [];
  const window = windowDays === undefined ? 'the window' : `the last ${windowDays} days`;
  if (!change.usage.used)
    return [
      `           note: ${change.usage.requests ? `used by only ${change.usage.requests} requests` : 'unused'} in ${window} of recorded usage (below the thresholds), so it passes`,
    ];
  const lines = [`           used in ${window} by ${change.usage.requests} requests:`];
  for (const use of change.usage.uses.slice(0, USES_SHOWN))
    lines.push(
      `             ${use.operationName || '(anonymous)'} [${use.operationHash.slice(0, 12)}] from client ${use.client}: ${use.requests} requests`,
    );
  if (change.usage.uses.length > USES_SHOWN)
    lines.push(`             … and ${change.usage.uses.length - USES_SHOWN} more`);
  return lines;
}

export function readOperations(dir = operationsDir): Array<{ file: string; source: string }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({
      file: path.relative(repositoryRoot, path.join(dir, f)),
      source: fs.readFileSync(path.join(dir, f), 'utf8'),
    }));
}

export function formatReport(report: SchemaCheckReport, windowDays?: number): string {
  const lines: string[] = [];
  for (const severity of ['BREAKING', 'DEPRECATED', 'DANGEROUS', 'SAFE'] as const) {
    for (const change of report.changes.filter((c) => c.severity === severity)) {
      const note = change.acceptedBecause
        ? ` (accepted: ${change.acceptedBecause})`
        : mustBeAccepted(change)
          ? ' (not recorded: add it to schema/accepted-changes with "| <reason>")'
          : '';
      lines.push(`${severity.padEnd(10)} ${change.description}${note}`, ...describeUsage(change, windowDays));
    }
  }
  for (const op of report.brokenOperations) lines.push(`BROKEN    ${op.file}: ${op.message}`);
  if (!lines.length) lines.push('no changes to the API schema');
  if (report.usageNote) lines.push(report.usageNote);
  return lines.join('\n');
}

/** How the check reads usage: its window and thresholds (flags, else USAGE_CHECK_* variables). */
export interface UsageCheckOptions {
  /** False: usage is not read (`--no-usage`). */
  enabled: boolean;
  windowDays: number;
  minRequests: number;
  minPercent: number;
}

/** `--window-days N`, `--min-requests N`, `--min-percent P`, `--no-usage`; unset, USAGE_CHECK_WINDOW_DAYS, … or the defaults. */
export function readUsageCheckOptions(argv: string[], env: NodeJS.ProcessEnv): UsageCheckOptions {
  const flags: Record<string, string> = {};
  let enabled = readString(env, 'USAGE_CHECK', '1') !== '0';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--no-usage') enabled = false;
    else if (['--window-days', '--min-requests', '--min-percent'].includes(arg) && argv[i + 1] !== undefined)
      flags[arg] = argv[++i];
    else
      throw new ConfigError(
        `schema:check: unknown argument "${arg}" (--window-days N, --min-requests N, --min-percent P, --no-usage)`,
      );
  }
  // A flag wins over its variable; a bad value is named as it was given.
  const read = (flag: string, variable: string, fallback: number, min: number, max: number) =>
    flag in flags
      ? readInt({ [flag]: flags[flag] }, flag, fallback, min, max)
      : readInt(env, variable, fallback, min, max);
  return {
    enabled,
    windowDays: read('--window-days', 'USAGE_CHECK_WINDOW_DAYS', 7, 1, 3_660),
    minRequests: read('--min-requests', 'USAGE_CHECK_MIN_REQUESTS', 1, 1, 1_000_000_000),
    minPercent: read('--min-percent', 'USAGE_CHECK_MIN_PERCENT', 0, 0, 100),
  };
}

/** Usage recorded in `store` within the window, for checkSchema. */
export async function readUsageEvidence(
  store: UsageStore,
  options: Omit<UsageCheckOptions, 'enabled'> & { source: string; now?: number },
): Promise<UsageEvidence> {
  const since = minuteOf(options.now ?? Date.now()) - options.windowDays * 1_440;
  return {
    windowDays: options.windowDays,
    totalRequests: await store.totalRequests(since),
    uses: await store.coordinateUses(since),
    minRequests: options.minRequests,
    minPercent: options.minPercent,
    source: options.source,
  };
}

/** The gateway's usage store as the environment names it (as the gateway reads it); null when none was ever written. */
async function readRecordedUsage(options: UsageCheckOptions): Promise<UsageEvidence | null> {
  if (!options.enabled) return null;
  const { database } = readUsageConfig(process.env);
  const source = describeDatabase(database);
  let store: UsageStore | null;
  try {
    store = await UsageStore.openExisting(database);
  } catch (error) {
    // A store that is configured but unreachable is not "no usage": say so rather than judge blind.
    throw new Error(
      `schema:check could not read the usage store (${source}): ${(error as Error).message}; run it with --no-usage to check without usage`,
    );
  }
  if (!store) return { ...options, totalRequests: 0, uses: [], source: `${source}: not created yet` };
  try {
    return await readUsageEvidence(store, { ...options, source });
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const usageOptions = readUsageCheckOptions(process.argv.slice(2), process.env);
  const usage = await readRecordedUsage(usageOptions);
  const composed = composeSupergraph();
  const committedApiSdl = fs.existsSync(apiSchemaFile) ? fs.readFileSync(apiSchemaFile, 'utf8') : composed.apiSchemaSdl;
  const accepted = fs.existsSync(acceptedChangesFile)
    ? readAcceptedChanges(fs.readFileSync(acceptedChangesFile, 'utf8'))
    : new Map();
  const report = checkSchema({
    committedApiSdl,
    newApiSchema: composed.apiSchema,
    accepted,
    operations: readOperations(),
    usage,
  });
  console.log(formatReport(report, usageOptions.windowDays));
  if (!report.ok) {
    console.error(
      '\nschema check failed: a breaking change used within the window (or, with no usage recorded, any breaking change) or a deprecation is not listed in schema/accepted-changes, or a known operation no longer validates.',
    );
    process.exit(1);
  }
  writeComposed(composed);
  console.log('\nschema check passed; wrote schema/supergraph.graphql and schema/api.graphql');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
