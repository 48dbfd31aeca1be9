import { postGraphQL, startStack, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * A deep query whose `_entities` fetch is larger than a subgraph's body limit is answered
 * in full: the gateway sends it as several fetches that fit. The limit is set low here
 * (1,000 bytes, for subgraphs and gateway alike) so the seed's institutions overflow it.
 */
const limit = 1_000;

describe.each(testDatabases())(
  'an entity fetch larger than the subgraph body limit, through the gateway on $label',
  ({ label }) => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({
        subgraphs: ['institutions', 'agreements', 'talent'],
        database: label,
        subgraphEnv: { BODY_LIMIT_BYTES: String(limit) },
        gatewayEnv: { SUBGRAPH_REQUEST_LIMIT_BYTES: String(limit), RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '0' },
      });
    }, 120_000);
    afterAll(() => stack?.stop());

    const deep = `query Deep($first: Int!) {
    institutions(first: $first) { nodes { id agreements(first: 5) { totalCount nodes { id } } talentSummary { internshipProgramCount } } }
  }`;

    it('is answered in full, the same as the institutions asked for a few at a time', async () => {
      const { status, body } = await postGraphQL(stack.gatewayUrl, deep, { first: 100 });
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      const nodes = body.data.institutions.nodes as Array<{ id: string; agreements: unknown; talentSummary: unknown }>;
      // The representations alone are more than the limit: one fetch would have been refused.
      const representations = JSON.stringify(nodes.map(({ id }) => ({ __typename: 'Institution', id })));
      expect(Buffer.byteLength(representations)).toBeGreaterThan(limit);
      for (const node of nodes) {
        expect(node.agreements).not.toBeNull();
        expect(node.talentSummary).not.toBeNull();
      }
      const few = await postGraphQL(stack.gatewayUrl, deep, { first: 3 });
      expect(few.body.errors).toBeUndefined();
      expect(few.body.data.institutions.nodes).toEqual(nodes.slice(0, 3));
      const withAgreements = nodes.filter((node) => (node.agreements as { totalCount: number }).totalCount > 0);
      expect(withAgreements.length).toBeGreaterThan(0);
    }, 60_000);
  },
);
