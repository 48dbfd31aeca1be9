import { ApolloServer, HeaderMap } from '@apollo/server';
import type { GatewayContext } from '../GatewayContext';
import { documentId } from '../trustedDocuments';
import type { UsageSample } from '../usage/UsageAggregator';
import { UNKNOWN_CLIENT, usagePlugin } from '../usage/usagePlugin';
import { UsageRecorder } from '../usage/UsageRecorder';

/** A recorder that keeps what it is given instead of writing it. */
class KeepingRecorder extends UsageRecorder {
  samples: UsageSample[] = [];
  started = false;
  closed = false;
  constructor() {
    super({ database: { kind: 'sqlite', file: ':memory:' }, retentionDays: 1, flushMs: 60_000, maxKeys: 10 });
  }
  override start(): void {
    this.started = true;
  }
  override record(sample: UsageSample): void {
    this.samples.push({ ...sample, coordinates: [...sample.coordinates].sort() });
  }
  override async close(): Promise<void> {
    this.closed = true;
  }
}

const typeDefs = `
  enum Kind { A B }
  type Query { things(kind: Kind): [String!]! broken: String }
`;
const resolvers = {
  Query: {
    things: () => ['x'],
    broken: () => {
      throw new Error('no');
    },
  },
};
const registered = 'query Registered { things }';

describe('the usage plugin', () => {
  const recorder = new KeepingRecorder();
  const manifests = new Map([[documentId(registered).slice('sha256:'.length), 'web-page']]);
  const server = new ApolloServer<GatewayContext>({
    typeDefs,
    resolvers,
    plugins: [usagePlugin(recorder, manifests)],
  });
  beforeAll(() => server.start());

  const run = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) => {
    const http = { method: 'POST', headers: new HeaderMap(Object.entries(headers)), search: '', body: {} };
    return server.executeOperation({ query, variables, http }, { contextValue: {} as GatewayContext });
  };

  it('starts the recorder with the server', () => {
    expect(recorder.started).toBe(true);
  });

  it('names the client by its headers, else by the manifest registering the document, else unknown', async () => {
    recorder.samples = [];
    await run('query Named { things }', {
      'apollographql-client-name': ' web\u0000 ',
      'apollographql-client-version': 'v'.repeat(300),
    });
    await run(registered);
    await run(registered, { 'apollographql-client-name': 'ios' });
    await run('query Anyone { things }');
    expect(recorder.samples.map((s) => [s.operation.name, s.clientName, s.clientVersion.length])).toEqual([
      ['Named', 'web', 100],
      ['Registered', 'web-page', 0],
      ['Registered', 'ios', 0],
      ['Anyone', UNKNOWN_CLIENT, 0],
    ]);
    // One signature for one operation, whoever sends it.
    expect(recorder.samples[1].operation.hash).toBe(recorder.samples[2].operation.hash);
  });

  it('records coordinates from the document and the variables, errors, and nothing for a document that does not validate', async () => {
    recorder.samples = [];
    await run('query ByKind($kind: Kind) { things(kind: $kind) }', {}, { kind: 'B' });
    await run('query Broken { broken }');
    await run('query Invalid { nothing }');
    expect(recorder.samples.map((s) => [s.operation.name, s.coordinates, s.failed])).toEqual([
      ['ByKind', ['Kind.B', 'Query.things', 'Query.things(kind:)'], false],
      ['Broken', ['Query.broken'], true],
    ]);
    expect(recorder.samples[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  it('closes the recorder (its last write) when the server stops', async () => {
    await server.stop();
    expect(recorder.closed).toBe(true);
  });
});
