import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { readExampleOperations, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';
import { documentId } from '../../gateway/src/trustedDocuments';
import { UsageStore } from '../../gateway/src/usage/UsageStore';
import { composeSupergraph, defaultSubgraphsDir } from '../compose';
import { checkSchema, formatReport, readUsageEvidence } from '../schemaCheck';
import { formatUsageReport, readUsageReport } from '../usage';

/**
 * Usage guards schema changes, end to end: a real gateway answers a burst of the example
 * operations (from a client that names itself, and by trusted-document id from one that
 * does not), writes its usage at shutdown, and `schema:check` then judges removals by it.
 */
const operations = readExampleOperations();
const subgraphs = subgraphsOf(fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'));
const CLIENT = { 'apollographql-client-name': 'usage-test-web', 'apollographql-client-version': '2.0.1' };
const REPEATS = 3;

/** A copy of every subgraph's schema.graphql with one edit made to the institutions subgraph. */
function editedSubgraphs(edit: (sdl: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-usage-schema-'));
  for (const name of fs.readdirSync(defaultSubgraphsDir)) {
    const file = path.join(defaultSubgraphsDir, name, 'schema.graphql');
    if (!fs.existsSync(file)) continue;
    fs.mkdirSync(path.join(dir, name));
    const sdl = fs.readFileSync(file, 'utf8');
    const edited = name === 'institutions' ? edit(sdl) : sdl;
    if (name === 'institutions') expect(edited).not.toBe(sdl);
    fs.writeFileSync(path.join(dir, name, 'schema.graphql'), edited);
  }
  return dir;
}

describe.each(testDatabases())('usage guards schema changes on $label', ({ label }) => {
  let stack: Stack;
  let store: UsageStore | null = null;
  let recordedBeforeShutdown = -1;
  const baselineSdl = fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8');

  beforeAll(async () => {
    // Only the shutdown writes: the timer's interval is longer than the test.
    stack = await startStack({ subgraphs, database: label, gatewayEnv: { USAGE_FLUSH_MS: '3600000' } });
    for (const op of operations) {
      for (let i = 0; i < REPEATS; i += 1) {
        const { status, body } = await postGraphQL(stack.gatewayUrl, op.query, undefined, CLIENT);
        expect({ op: op.name, status, errors: body.errors }).toEqual({ op: op.name, status: 200, errors: undefined });
      }
      // By id, naming no client: the manifest that registers it names the client.
      const byId = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ documentId: documentId(op.query) }),
      });
      expect({ op: op.name, status: byId.status }).toEqual({ op: op.name, status: 200 });
    }
    // An enum value sent in variables only, by a third client.
    const byVariables = await postGraphQL(
      stack.gatewayUrl,
      'query ContractCount($kinds: [AgreementKind!]) { agreements(filter: { kinds: $kinds }) { totalCount } }',
      { kinds: ['CONTRACT'] },
      { 'apollographql-client-name': 'usage-test-script' },
    );
    expect(byVariables.body.errors).toBeUndefined();
    const early = await UsageStore.openExisting(stack.gatewayDatabase);
    recordedBeforeShutdown = early ? await early.totalRequests(0) : 0;
    await early?.close();
    await stack.stopService('gateway');
    store = await UsageStore.openExisting(stack.gatewayDatabase);
  }, 420_000);
  afterAll(async () => {
    await store?.close();
    await stack?.stop();
  });

  const open = () => {
    if (!store) throw new Error('the gateway wrote no usage store');
    return store;
  };

  it('writes the counted requests at shutdown, every one of them', async () => {
    expect(recordedBeforeShutdown).toBe(0);
    expect(await open().totalRequests(0)).toBe(operations.length * (REPEATS + 1) + 1);
  });

  it('records the enum values a request sent in its variables, under its client', async () => {
    const uses = (await open().coordinateUses(0)).filter((use) => use.operationName === 'ContractCount');
    expect(uses.map((use) => [use.coordinate, use.clientName, use.requests]).sort()).toEqual([
      ['AgreementConnection.totalCount', 'usage-test-script', 1],
      ['AgreementFilter.kinds', 'usage-test-script', 1],
      ['AgreementKind.CONTRACT', 'usage-test-script', 1],
      ['Query.agreements(filter:)', 'usage-test-script', 1],
      ['Query.agreements', 'usage-test-script', 1],
    ]);
  });

  it('fails the removal of a field an example operation used, naming the operation, the client and how often', async () => {
    const dir = editedSubgraphs((sdl) =>
      sdl.replace(
        'rorId: String\n  "Founding date with the precision the source gives."\n  foundedOn: Date',
        'rorId: String',
      ),
    );
    try {
      const usage = await readUsageEvidence(open(), {
        windowDays: 7,
        minRequests: 1,
        minPercent: 0,
        source: label,
      });
      // No example operation is checked here: the failure is usage's alone.
      const report = checkSchema({
        committedApiSdl: baselineSdl,
        newApiSchema: composeSupergraph(dir).apiSchema,
        accepted: new Map(),
        operations: [],
        usage,
      });
      expect(report.ok).toBe(false);
      const removal = report.changes.find((c) => c.description === 'Institution.foundedOn was removed.');
      // Every example operation that selects foundedOn, each sent REPEATS times by the web client and once by id.
      const selecting = operations.filter((op) => /\bfoundedOn\b/.test(op.query)).map((op) => op.name);
      expect(selecting).toContain('AllianceMembers');
      expect(removal?.usage).toMatchObject({ used: true, requests: selecting.length * (REPEATS + 1) });
      expect(removal?.usage?.uses).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            operationName: 'AllianceMembers',
            client: 'usage-test-web@2.0.1',
            requests: REPEATS,
          }),
          expect.objectContaining({ operationName: 'AllianceMembers', client: 'example-operations', requests: 1 }),
        ]),
      );
      expect(removal?.usage?.uses.map((use) => use.operationName).sort()).toEqual(
        selecting.flatMap((name) => [name, name]).sort(),
      );
      const text = formatReport(report, 7);
      expect(text).toMatch(/BREAKING\s+Institution\.foundedOn was removed\. \(not recorded/);
      expect(text).toContain(`AllianceMembers [`);
      expect(text).toContain(`from client usage-test-web@2.0.1: ${REPEATS} requests`);
      expect(text).toContain('from client example-operations: 1 requests');

      // A threshold above what was used lets it through, with a note.
      const lenient = checkSchema({
        committedApiSdl: baselineSdl,
        newApiSchema: composeSupergraph(dir).apiSchema,
        accepted: new Map(),
        operations: [],
        usage: { ...usage, minRequests: selecting.length * (REPEATS + 1) + 1 },
      });
      expect(lenient.ok).toBe(true);
      expect(formatReport(lenient, 7)).toContain(
        `note: used by only ${selecting.length * (REPEATS + 1)} requests in the last 7 days`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes the removal of a field no operation used, with a note', async () => {
    const dir = editedSubgraphs((sdl) =>
      sdl.replace(/\n\s*"Research Organization Registry id, when known."\n\s*rorId: String/, ''),
    );
    try {
      const usage = await readUsageEvidence(open(), { windowDays: 7, minRequests: 1, minPercent: 0, source: label });
      expect(usage.uses.map((u) => u.coordinate)).not.toContain('Institution.rorId');
      const newApiSchema = composeSupergraph(dir).apiSchema;
      const report = checkSchema({
        committedApiSdl: baselineSdl,
        newApiSchema,
        accepted: new Map(),
        operations: [],
        usage,
      });
      expect(report.ok).toBe(true);
      expect(report.changes).toContainEqual(
        expect.objectContaining({
          severity: 'BREAKING',
          description: 'Institution.rorId was removed.',
          usage: { requests: 0, used: false, uses: [] },
        }),
      );
      expect(formatReport(report, 7)).toContain('note: unused in the last 7 days of recorded usage');
      // With no usage recorded, the same removal still needs schema/accepted-changes.
      const blind = checkSchema({ committedApiSdl: baselineSdl, newApiSchema, accepted: new Map(), operations: [] });
      expect(blind.ok).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pnpm usage lists the operations with their clients and latencies, and the fields no one used', async () => {
    const report = await readUsageReport(open(), buildSchema(baselineSdl), { days: 7, limit: 100, source: label });
    expect(report.totalRequests).toBe(operations.length * (REPEATS + 1) + 1);
    expect(report.operations.map((o) => o.operationName).sort()).toEqual(
      [...operations.map((o) => o.name), 'ContractCount'].sort(),
    );
    const alliance = report.operations.find((o) => o.operationName === 'AllianceMembers');
    expect(alliance).toMatchObject({ requests: REPEATS + 1, errors: 0 });
    expect(alliance?.clients.map((c) => [c.clientName, c.clientVersion, c.requests])).toEqual([
      ['usage-test-web', '2.0.1', REPEATS],
      ['example-operations', '', 1],
    ]);
    expect(alliance?.p95Ms).not.toBeNull();
    expect(alliance?.durationMsMax).toBeGreaterThan(0);
    expect(alliance?.meanMs).toBeLessThanOrEqual(alliance?.durationMsMax ?? 0);
    const unused = report.unusedFields.map((f) => f.coordinate);
    expect(unused).toContain('Institution.rorId');
    expect(unused).not.toContain('Institution.foundedOn');
    expect(unused).not.toContain('Query.institutions');
    const text = formatUsageReport(report);
    expect(text).toMatch(
      /AllianceMembers \[[0-9a-f]{12}\]\n\s+clients: usage-test-web@2\.0\.1 3, example-operations 1/,
    );
    expect(text).toContain('  Institution.rorId');
  });
});
