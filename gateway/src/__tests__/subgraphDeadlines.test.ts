import fs from 'node:fs';
import path from 'node:path';
import {
  DEV_JWT_SECRET,
  DEV_SUBGRAPH_SECRET,
  mintToken,
  REQUEST_TIMEOUT_HEADER,
  repositoryRoot,
  SUBGRAPH_SECRET_HEADER,
} from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';
import { startHoldingProxy, type HoldingProxy } from '../testing/holdingProxy';

/**
 * Abandoned work stops: every subgraph fetch tells the subgraph how long the gateway
 * waits (a mutation longer than a query), the subgraph's SQL stops when that time runs
 * out, and a client that hangs up takes its subgraph fetches with it.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const subgraphs = subgraphsOf(supergraph);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabases().map((db) => [db.label] as const))('subgraph deadlines (%s)', (database) => {
  let stack: Stack;
  let agreements: HoldingProxy;
  let editor: string;
  beforeAll(async () => {
    agreements = await startHoldingProxy();
    stack = await startStack({
      subgraphs,
      database,
      gatewayEnv: {
        SUBGRAPH_TIMEOUT_MS: '1000',
        SUBGRAPH_MUTATION_TIMEOUT_MS: '20000',
        RESPONSE_CACHE_MS: '0',
        ENTITY_CACHE_MS: '0',
        AGREEMENTS_URL: agreements.url,
      },
    });
    agreements.target = stack.subgraphUrls.agreements;
    editor = await mintToken(DEV_JWT_SECRET, { sub: 'deadline-editor', roles: ['editor:agreements'] });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    await agreements?.close();
  });

  it('gives a mutation its own, longer timeout than a query, and tells the subgraph each', async () => {
    // A query whose subgraph takes 2 s: past the 1 s of SUBGRAPH_TIMEOUT_MS.
    const slowRead = agreements.hold((body) => body.includes('slowRead'), 'request');
    const read = postGraphQL(stack.gatewayUrl, 'query slowRead { agreement(id: "mou-bsu-bayraktar-2025") { title } }');
    const readRequest = await slowRead.held;
    setTimeout(() => slowRead.release(), 2_000);
    const readAnswer = await read;
    expect(readAnswer.body.errors?.[0]).toMatchObject({
      message: 'Subgraph "agreements" is unavailable: no answer within 1000 ms',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
    expect(readRequest.headers[REQUEST_TIMEOUT_HEADER]).toBe('1000');
    // A mutation whose subgraph takes as long is answered: it has SUBGRAPH_MUTATION_TIMEOUT_MS.
    const { version } = (await postGraphQL(stack.gatewayUrl, '{ agreement(id: "mou-bsu-bayraktar-2025") { version } }'))
      .body.data.agreement;
    const slowWrite = agreements.hold((body) => body.includes('slowWrite'), 'request');
    const write = postGraphQL(
      stack.gatewayUrl,
      'mutation slowWrite($v: Int!) { updateAgreement(id: "mou-bsu-bayraktar-2025", expectedVersion: $v, input: { description: "Written slowly" }) { version } }',
      { v: version },
      { authorization: `Bearer ${editor}` },
    );
    const writeRequest = await slowWrite.held;
    setTimeout(() => slowWrite.release(), 2_000);
    const written = await write;
    expect(written.body.errors).toBeUndefined();
    expect(written.body.data.updateAgreement.version).toBe(version + 1);
    expect(writeRequest.headers[REQUEST_TIMEOUT_HEADER]).toBe('20000');
  });

  it('stops a slow subgraph fetch when the client goes away', async () => {
    const slow = agreements.hold((body) => body.includes('abandoned'), 'request');
    const client = new AbortController();
    const asked = fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query: 'query abandoned { agreements(first: 5) { nodes { title } } }' }),
      signal: client.signal,
    }).catch(() => 'hung up');
    await slow.held;
    client.abort();
    expect(await asked).toBe('hung up');
    // The gateway hangs up on the subgraph at once, long before its 1 s timeout would.
    const outcome = await Promise.race([
      slow.abandoned.then(() => 'the gateway hung up'),
      sleep(900).then(() => 'still waiting'),
    ]);
    slow.release();
    expect(outcome).toBe('the gateway hung up');
  });

  it('has a subgraph stop the SQL of a request whose time has run out', async () => {
    const ask = (timeoutMs: string) =>
      postGraphQL(stack.subgraphUrls.agreements, '{ agreements(first: 5) { totalCount nodes { id } } }', undefined, {
        [SUBGRAPH_SECRET_HEADER]: DEV_SUBGRAPH_SECRET,
        [REQUEST_TIMEOUT_HEADER]: timeoutMs,
      });
    const inTime = await ask('5000');
    expect(inTime.body.errors).toBeUndefined();
    expect(inTime.body.data.agreements.nodes.length).toBeGreaterThan(0);
    // No time left: not one statement runs.
    const late = await ask('0');
    expect(late.body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT' });
    expect(late.body.data?.agreements ?? null).toBeNull();
  });
});
