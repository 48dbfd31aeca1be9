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
import { apiSchemaFile, composeSupergraph, repositoryRoot, writeComposed } from './compose';

/**
 * `pnpm schema:check`: composes the supergraph and compares the client-facing API
 * schema with the committed `schema/api.graphql`, reporting every change as
 * breaking, dangerous or safe. A breaking change fails unless
 * `schema/accepted-changes` lists it with a reason; every operation under
 * `schema/operations/` must still validate. When the check passes, the new
 * supergraph and API schema are written so the change can be committed.
 */
export type Severity = 'BREAKING' | 'DEPRECATED' | 'DANGEROUS' | 'SAFE';

export interface SchemaChange {
  severity: Severity;
  type: string;
  description: string;
  /** Breaking changes and deprecations listed in schema/accepted-changes, with the reason given there. */
  acceptedBecause?: string;
}

export interface SchemaCheckReport {
  changes: SchemaChange[];
  /** Operations that no longer validate: file and the validation message (which names the field). */
  brokenOperations: Array<{ file: string; message: string }>;
  /** True when nothing blocks the change. */
  ok: boolean;
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
  for (const change of changes) {
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
  return { changes, brokenOperations, ok: unaccepted.length === 0 && brokenOperations.length === 0 };
}

/** Breaking changes and deprecations pass only when schema/accepted-changes records them. */
function mustBeAccepted(change: SchemaChange): boolean {
  return change.severity === 'BREAKING' || change.severity === 'DEPRECATED';
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

export function formatReport(report: SchemaCheckReport): string {
  const lines: string[] = [];
  for (const severity of ['BREAKING', 'DEPRECATED', 'DANGEROUS', 'SAFE'] as const) {
    for (const change of report.changes.filter((c) => c.severity === severity)) {
      const note = change.acceptedBecause
        ? ` (accepted: ${change.acceptedBecause})`
        : mustBeAccepted(change)
          ? ' (not recorded: add it to schema/accepted-changes with "| <reason>")'
          : '';
      lines.push(`${severity.padEnd(10)} ${change.description}${note}`);
    }
  }
  for (const op of report.brokenOperations) lines.push(`BROKEN    ${op.file}: ${op.message}`);
  if (!lines.length) lines.push('no changes to the API schema');
  return lines.join('\n');
}

function main(): void {
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
  });
  console.log(formatReport(report));
  if (!report.ok) {
    console.error(
      '\nschema check failed: a breaking change or a deprecation is not listed in schema/accepted-changes, or a known operation no longer validates.',
    );
    process.exit(1);
  }
  writeComposed(composed);
  console.log('\nschema check passed; wrote schema/supergraph.graphql and schema/api.graphql');
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
