import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEV_JWT_SECRET, mintToken, repositoryRoot } from '@partnership-graph/shared';
import { startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * The response cache never answers with another query's data: it is keyed on the
 * document that was executed (an automatic persisted query sent by hash alone
 * included), not on the text a request happened to carry.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const subgraphs = subgraphsOf(supergraph);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Answer {
  status: number;
  age: string | null;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** POSTs an automatic persisted query: with its text (which registers it) or by hash alone. */
async function persisted(url: string, document: string, variables: Record<string, unknown>, options: { hashOnly: boolean }): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...(options.hashOnly ? {} : { query: document }),
      operationName: 'InstitutionCard',
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } },
    }),
  });
  return { status: response.status, age: response.headers.get('age'), body: (await response.json()) as Answer['body'] };
}

describe.each(testDatabases().map((db) => [db.label] as const))('the response cache keys on the executed document (%s)', (database) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs, database, gatewayEnv: { RESPONSE_CACHE_MS: '60000' } });
  }, 180_000);
  afterAll(() => stack?.stop());

  it('answers a hash-only persisted query with its own document’s data, never an earlier one registered under the same name and variables', async () => {
    const byAcronym = 'query InstitutionCard($id: ID!) { institution(id: $id) { id name: acronym } }';
    const byName = 'query InstitutionCard($id: ID!) { institution(id: $id) { id name } }';
    const aztu = { id: 'aztu' };
    // 1. The first document, registered with its hash, then asked again by hash alone (served from memory).
    expect((await persisted(stack.gatewayUrl, byAcronym, aztu, { hashOnly: false })).body.data.institution).toEqual({ id: 'aztu', name: 'AzTU' });
    const again = await persisted(stack.gatewayUrl, byAcronym, aztu, { hashOnly: true });
    expect(again.body.data.institution).toEqual({ id: 'aztu', name: 'AzTU' });
    // 2. Another document with the same operation name and variables, registered, then sent by hash alone.
    const registered = await persisted(stack.gatewayUrl, byName, aztu, { hashOnly: false });
    expect(registered.body.data.institution.name).toBe('Azerbaijan Technical University');
    const hashOnly = await persisted(stack.gatewayUrl, byName, aztu, { hashOnly: true });
    expect(hashOnly.body.data.institution).toEqual({ id: 'aztu', name: 'Azerbaijan Technical University' });
    expect(hashOnly.age).not.toBeNull(); // served from memory: its own entry
    // The first document by hash alone still gets its own answer.
    expect((await persisted(stack.gatewayUrl, byAcronym, aztu, { hashOnly: true })).body.data.institution).toEqual({ id: 'aztu', name: 'AzTU' });
  });

  it('refuses an unknown hash and a hash that does not match its text, and keeps nothing for them', async () => {
    const document = 'query InstitutionCard($id: ID!) { institution(id: $id) { id country } }';
    const unknown = await persisted(stack.gatewayUrl, document, { id: 'bsu' }, { hashOnly: true });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables: { id: 'bsu' }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } } }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/provided sha does not match query/);
    // Still unknown: the mismatched request registered nothing.
    expect((await persisted(stack.gatewayUrl, document, { id: 'bsu' }, { hashOnly: true })).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
