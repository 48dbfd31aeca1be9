import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeSupergraph, defaultSubgraphsDir } from '../compose';
import { checkSchema, formatReport, readAcceptedChanges } from '../schemaCheck';

/** A copy of every subgraph's schema.graphql that a test may edit. */
function copySubgraphs(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-schema-'));
  for (const name of fs.readdirSync(defaultSubgraphsDir)) {
    const file = path.join(defaultSubgraphsDir, name, 'schema.graphql');
    if (!fs.existsSync(file)) continue;
    fs.mkdirSync(path.join(dir, name));
    fs.copyFileSync(file, path.join(dir, name, 'schema.graphql'));
  }
  return dir;
}

function editSchema(dir: string, subgraph: string, edit: (sdl: string) => string): void {
  const file = path.join(dir, subgraph, 'schema.graphql');
  const before = fs.readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(file, after);
}

describe('pnpm schema:check', () => {
  let dir: string;
  let baselineSdl: string;
  beforeEach(() => {
    dir = copySubgraphs();
    baselineSdl = composeSupergraph(dir).apiSchemaSdl;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const operation = { file: 'schema/operations/rorIds.graphql', source: '{ institutions { nodes { id rorId } } }' };

  it('fails on a removed field, naming it, and names the known operation it breaks', () => {
    editSchema(dir, 'institutions', (sdl) =>
      sdl.replace(/\n\s*"Research Organization Registry id, when known."\n\s*rorId: String/, ''),
    );
    const report = checkSchema({
      committedApiSdl: baselineSdl,
      newApiSchema: composeSupergraph(dir).apiSchema,
      accepted: new Map(),
      operations: [operation],
    });
    expect(report.ok).toBe(false);
    expect(report.changes).toContainEqual(
      expect.objectContaining({ severity: 'BREAKING', description: 'Institution.rorId was removed.' }),
    );
    expect(report.brokenOperations).toEqual([
      { file: operation.file, message: expect.stringContaining('Cannot query field "rorId" on type "Institution".') },
    ]);
    expect(formatReport(report)).toMatch(/BREAKING\s+Institution\.rorId was removed\./);
  });

  it('lets a breaking change through when schema/accepted-changes lists it with a reason', () => {
    editSchema(dir, 'institutions', (sdl) =>
      sdl.replace(/\n\s*"Research Organization Registry id, when known."\n\s*rorId: String/, ''),
    );
    const accepted = readAcceptedChanges('# comment\nInstitution.rorId was removed. | no client reads it\n');
    const report = checkSchema({
      committedApiSdl: baselineSdl,
      newApiSchema: composeSupergraph(dir).apiSchema,
      accepted,
      operations: [],
    });
    expect(report.ok).toBe(true);
    expect(report.changes[0]).toMatchObject({ severity: 'BREAKING', acceptedBecause: 'no client reads it' });
  });

  it('fails on a new deprecation until schema/accepted-changes records it, and the field keeps validating', () => {
    editSchema(dir, 'institutions', (sdl) =>
      sdl.replace(
        '"Research Organization Registry id, when known."\n  rorId: String',
        '"Research Organization Registry id, when known."\n  rorId: String @deprecated(reason: "Read `identifiers`.")',
      ),
    );
    const newApiSchema = composeSupergraph(dir).apiSchema;
    const unrecorded = checkSchema({
      committedApiSdl: baselineSdl,
      newApiSchema,
      accepted: new Map(),
      operations: [operation],
    });
    expect(unrecorded.ok).toBe(false);
    expect(unrecorded.changes).toEqual([
      { severity: 'DEPRECATED', type: 'DEPRECATION_ADDED', description: 'Institution.rorId was deprecated.' },
    ]);
    expect(unrecorded.brokenOperations).toEqual([]);
    expect(formatReport(unrecorded)).toMatch(
      /DEPRECATED\s+Institution\.rorId was deprecated\. \(not recorded: add it to schema\/accepted-changes/,
    );

    const accepted = readAcceptedChanges('Institution.rorId was deprecated. | identifiers lists every registry\n');
    const recorded = checkSchema({ committedApiSdl: baselineSdl, newApiSchema, accepted, operations: [operation] });
    expect(recorded.ok).toBe(true);
    expect(recorded.changes[0]).toMatchObject({
      severity: 'DEPRECATED',
      acceptedBecause: 'identifiers lists every registry',
    });
  });

  it('refuses an accepted change without a reason', () => {
    expect(() => readAcceptedChanges('Institution.rorId was removed.\n')).toThrow(/gives no reason/);
  });

  it('passes an added field and reports it as safe', () => {
    editSchema(dir, 'institutions', (sdl) =>
      sdl.replace(
        '  "Research Organization Registry id, when known."',
        '  "Wikidata id, when known."\n  wikidataId: String\n  "Research Organization Registry id, when known."',
      ),
    );
    const composed = composeSupergraph(dir);
    const report = checkSchema({
      committedApiSdl: baselineSdl,
      newApiSchema: composed.apiSchema,
      accepted: new Map(),
      operations: [operation],
    });
    expect(report.ok).toBe(true);
    expect(report.changes).toEqual([
      { severity: 'SAFE', type: 'FIELD_ADDED', description: 'Institution.wikidataId was added.' },
    ]);
    expect(composed.apiSchemaSdl).toContain('wikidataId: String');
  });

  it('reports a dangerous change (a new enum value clients may not handle)', () => {
    editSchema(dir, 'institutions', (sdl) =>
      sdl.replace('  "Anything else."\n  OTHER', '  "A museum."\n  MUSEUM\n  "Anything else."\n  OTHER'),
    );
    const report = checkSchema({
      committedApiSdl: baselineSdl,
      newApiSchema: composeSupergraph(dir).apiSchema,
      accepted: new Map(),
      operations: [],
    });
    expect(report.ok).toBe(true);
    expect(report.changes).toContainEqual(
      expect.objectContaining({ severity: 'DANGEROUS', description: expect.stringContaining('MUSEUM') }),
    );
  });

  it('names the subgraph whose schema does not parse or compose', () => {
    editSchema(dir, 'institutions', (sdl) => sdl + '\ntype Broken {');
    expect(() => composeSupergraph(dir)).toThrow(/subgraph "institutions".*does not parse/);
  });

  it('accepts the committed API schema as it stands (no drift between compose and check)', () => {
    const composed = composeSupergraph(dir);
    const report = checkSchema({
      committedApiSdl: composed.apiSchemaSdl,
      newApiSchema: composed.apiSchema,
      accepted: new Map(),
      operations: [],
    });
    expect(report).toEqual({ changes: [], brokenOperations: [], ok: true });
  });
});
