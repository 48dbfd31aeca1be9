import fs from 'node:fs';
import path from 'node:path';
import { DEV_JWT_SECRET, mintToken, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';

/**
 * The gateway's response cache: repeated anonymous queries are answered from memory for
 * RESPONSE_CACHE_MS; callers with a token never are; a mutation through the gateway is
 * seen by the very next read.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const query = '{ institution(id: "aztu") { name agreements { totalCount } } }';

describe('the response cache', () => {
  let stack: Stack;
  let viewer: string;
  let editor: string;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: subgraphsOf(supergraph), database: 'sqlite', gatewayEnv: { RESPONSE_CACHE_MS: '2000', SUBGRAPH_TIMEOUT_MS: '1000' } });
    viewer = await mintToken(DEV_JWT_SECRET, { sub: 'cache-test-viewer', roles: ['viewer'] });
    editor = await mintToken(DEV_JWT_SECRET, { sub: 'cache-test-editor', roles: ['editor:agreements'] });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('answers a repeated anonymous query from memory while it is fresh, never a caller with a token, and asks again once it expires', async () => {
    const first = await postGraphQL(stack.gatewayUrl, query);
    expect(first.body.errors).toBeUndefined();
    await stack.stopService('agreements', { kill: true });
    try {
      // The agreements subgraph is gone, yet the same anonymous query still gets the whole answer…
      const cached = await postGraphQL(stack.gatewayUrl, query);
      expect(cached.body).toEqual(first.body);
      // …while the same query with a token, and another anonymous query, go to the subgraphs.
      const withToken = await postGraphQL(stack.gatewayUrl, query, undefined, { authorization: `Bearer ${viewer}` });
      expect(withToken.body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      const other = await postGraphQL(stack.gatewayUrl, '{ institution(id: "bsu") { name agreements { totalCount } } }');
      expect(other.body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      // An answer with errors is not kept: asked again, it is asked of the subgraphs again.
      expect((await postGraphQL(stack.gatewayUrl, '{ institution(id: "bsu") { name agreements { totalCount } } }')).body.errors?.[0]?.extensions?.code).toBe(
        'SUBGRAPH_UNAVAILABLE',
      );
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const expired = await postGraphQL(stack.gatewayUrl, query);
      expect(expired.body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    } finally {
      await stack.restartService('agreements');
    }
  }, 60_000);

  it('shows a write made through the gateway to the very next anonymous read', async () => {
    const read = '{ agreement(id: "mou-bsu-bayraktar-2025") { title version } }';
    const before = (await postGraphQL(stack.gatewayUrl, read)).body.data.agreement;
    expect((await postGraphQL(stack.gatewayUrl, read)).body.data.agreement).toEqual(before);
    const changed = await postGraphQL(
      stack.gatewayUrl,
      'mutation($id: ID!, $v: Int!, $title: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $title }) { version } }',
      { id: 'mou-bsu-bayraktar-2025', v: before.version, title: `${before.title} (changed)` },
      { authorization: `Bearer ${editor}` },
    );
    expect(changed.body.errors).toBeUndefined();
    expect((await postGraphQL(stack.gatewayUrl, read)).body.data.agreement).toEqual({ title: `${before.title} (changed)`, version: before.version + 1 });
  }, 60_000);
});
