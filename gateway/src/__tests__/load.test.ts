import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';

/**
 * A bounded load test on loopback: a federated query across all three subgraphs for
 * a few seconds with a handful of connections. Every response must be the right
 * one (same body as a lone request), with no errors.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const query = `{
  institutions(first: 20) {
    nodes { id name agreements(first: 5) { nodes { title parties { institution { name } signatory { name } } } } }
  }
}`;

describe('bounded load through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: subgraphsOf(supergraph), database: 'sqlite' });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('serves every request correctly under load', async () => {
    const lone = await postGraphQL(stack.gatewayUrl, query);
    expect(lone.body.errors).toBeUndefined();
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const expectBody = await response.text();
    expect(JSON.parse(expectBody)).toEqual(lone.body);
    const result = await autocannon({
      url: stack.gatewayUrl,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      connections: 8,
      duration: 4,
      expectBody,
    });
    console.log(
      `load: ${result.requests.total} requests in ${result.duration} s, ${result.requests.average} req/s, ` +
        `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.errors} errors, ${result.non2xx} non-2xx, ${result.mismatches} wrong bodies`,
    );
    expect(result.requests.total).toBeGreaterThan(50);
    expect(result.errors).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.mismatches).toBe(0);
  });
});
