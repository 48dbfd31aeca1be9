import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';

/**
 * A request the gateway refuses before running it (over the cost limit, a required
 * variable missing, a field that does not exist) is answered as the GraphQL-over-HTTP
 * spec says for the media type the client accepts:
 * - `application/graphql-response+json` (Apollo Client 4 asks for it first): HTTP 400
 *   in that media type, so no intermediary's error page passes for a GraphQL answer;
 * - `application/json` (what Apollo Client 3 gets: it sends `accept: *\/*`; curl sends
 *   no Accept): HTTP 200 with `{ errors }`, so Apollo Client 3 reports `graphQLErrors`
 *   with their codes rather than a network error that hides them.
 * A body that is no GraphQL request, and a bad token, keep their 4xx under both.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');

const overTheCostLimit = `{ agreements(first: 100) { nodes { parties { institution {
  agreements(first: 100) { nodes { parties { institution { agreements(first: 100) { nodes { id } } } } } }
} } } } }`;
const missingVariable = 'query Card($id: ID!) { institution(id: $id) { name } }';
const unknownField = '{ institution(id: "aztu") { nickname } }';

const apolloClient3 = '*/*';
const apolloClient4 = 'application/graphql-response+json,application/json;q=0.9';

interface Answer {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function ask(url: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as Answer['body'],
  };
}

describe('request errors by media type', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: subgraphsOf(supergraph), database: 'sqlite' });
  }, 120_000);
  afterAll(() => stack?.stop());

  const refusals = [
    { name: 'a cost refusal', request: { query: overTheCostLimit }, code: 'QUERY_TOO_COMPLEX' },
    { name: 'a missing variable', request: { query: missingVariable, variables: {} }, code: 'BAD_USER_INPUT' },
    { name: 'a field that does not exist', request: { query: unknownField }, code: 'GRAPHQL_VALIDATION_FAILED' },
  ];

  it.each(refusals)(
    'answers $name 400 as application/graphql-response+json to a client that accepts it',
    async ({ request, code }) => {
      for (const accept of ['application/graphql-response+json', apolloClient4]) {
        const answer = await ask(stack.gatewayUrl, request, { accept });
        expect(answer.status).toBe(400);
        expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
        expect(answer.body.data).toBeUndefined();
        expect(answer.body.errors?.[0].extensions?.code).toBe(code);
      }
    },
  );

  it.each(refusals)(
    'answers $name 200 with its errors as application/json to a client that accepts only JSON, or anything',
    async ({ request, code }) => {
      for (const headers of [{ accept: 'application/json' }, { accept: apolloClient3 }, {}] as Array<
        Record<string, string>
      >) {
        const answer = await ask(stack.gatewayUrl, request, headers);
        expect(answer.status).toBe(200);
        expect(answer.contentType).toMatch(/^application\/json/);
        expect(answer.body.data).toBeUndefined();
        expect(answer.body.errors?.[0].extensions?.code).toBe(code);
      }
    },
  );

  it('answers a persisted query it does not know 400 under application/graphql-response+json (Apollo Server says 200), 200 under application/json', async () => {
    const request = { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } };
    const spec = await ask(stack.gatewayUrl, request, { accept: apolloClient4 });
    expect([spec.status, spec.body.errors?.[0].extensions?.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    const json = await ask(stack.gatewayUrl, request, { accept: apolloClient3 });
    expect([json.status, json.body.errors?.[0].extensions?.code]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
  });

  it('keeps 400 for a body that is no GraphQL request and 401 for a bad token, under either type', async () => {
    for (const accept of [apolloClient3, apolloClient4]) {
      const noQuery = await ask(stack.gatewayUrl, { variables: {} }, { accept });
      expect([noQuery.status, noQuery.body.errors?.[0].extensions?.code]).toEqual([400, 'BAD_REQUEST']);
      const badToken = await ask(
        stack.gatewayUrl,
        { query: '{ institution(id: "aztu") { name } }' },
        { accept, authorization: 'Bearer not-a-token' },
      );
      expect([badToken.status, badToken.body.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });

  it('answers a query that ran 200 with its data under either type', async () => {
    for (const accept of [apolloClient3, apolloClient4]) {
      const answer = await ask(stack.gatewayUrl, { query: missingVariable, variables: { id: 'aztu' } }, { accept });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        data: { institution: { name: expect.stringMatching(/Azerbaijan Technical University/) } },
      });
    }
  });
});
