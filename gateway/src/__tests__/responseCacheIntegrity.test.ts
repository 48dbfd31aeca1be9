import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEV_JWT_SECRET, mintToken, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';
import { startHoldingProxy, type HoldingProxy } from '../testing/holdingProxy';

/**
 * The response cache never answers with another query's data: it is keyed on the
 * document that was executed (an automatic persisted query sent by hash alone
 * included), not on the text a request happened to carry. It never keeps what a read
 * saw before a write that ended while the read was under way, and only a mutation that
 * wrote empties it: a refused one cannot keep it cold for everyone.
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
async function persisted(
  url: string,
  document: string,
  variables: Record<string, unknown>,
  options: { hashOnly: boolean },
): Promise<Answer> {
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

describe.each(testDatabases().map((db) => [db.label] as const))(
  'the response cache keeps only answers true after every write (%s)',
  (database) => {
    let stack: Stack;
    // The gateway reaches the agreements subgraph through a proxy that can hold a request back.
    let agreements: HoldingProxy;
    let editor: string;
    let viewer: string;
    beforeAll(async () => {
      agreements = await startHoldingProxy();
      stack = await startStack({
        subgraphs,
        database,
        gatewayEnv: { RESPONSE_CACHE_MS: '60000', AGREEMENTS_URL: agreements.url },
      });
      agreements.target = stack.subgraphUrls.agreements;
      editor = await mintToken(DEV_JWT_SECRET, { sub: 'integrity-editor', roles: ['editor:agreements'] });
      viewer = await mintToken(DEV_JWT_SECRET, { sub: 'integrity-viewer', roles: ['viewer'] });
    }, 180_000);
    afterAll(async () => {
      await stack?.stop();
      await agreements?.close();
    });

    const updateTitle = (title: string, version: number, token = editor) =>
      postGraphQL(
        stack.gatewayUrl,
        'mutation($v: Int!, $title: String!) { updateAgreement(id: "mou-bsu-bayraktar-2025", expectedVersion: $v, input: { title: $title }) { version } }',
        { v: version, title },
        token ? { authorization: `Bearer ${token}` } : {},
      );

    it('keeps no answer a read made before a write that ended while the read was under way', async () => {
      const current = (
        await postGraphQL(stack.gatewayUrl, '{ agreement(id: "mou-bsu-bayraktar-2025") { title version } }')
      ).body.data.agreement;
      // A read the cache does not hold yet: the subgraph answers it, and its answer is held on the way back…
      const read = '{ agreement(id: "mou-bsu-bayraktar-2025") { version title id } }';
      const slow = agreements.hold((body) => body.includes('version title id'), 'answer');
      const racing = postGraphQL(stack.gatewayUrl, read);
      await slow.held;
      // …while a write through the gateway commits and is answered…
      const written = await updateTitle(`${current.title} (while a read was under way)`, current.version);
      expect(written.body.errors).toBeUndefined();
      // …then the read ends, with what it read before the write.
      slow.release();
      expect((await racing).body.data.agreement.title).toBe(current.title);
      // The next read is the written one, not that answer from memory.
      const after = await postGraphQL(stack.gatewayUrl, read);
      expect(after.body.data.agreement).toEqual({
        id: 'mou-bsu-bayraktar-2025',
        title: `${current.title} (while a read was under way)`,
        version: current.version + 1,
      });
      expect(after.headers.get('age')).toBeNull();
    });

    it('is not emptied by a mutation refused before it wrote (no token, a role that may not write, a bad input, a stale version), and is by one that wrote', async () => {
      const query = '{ institution(id: "aztu") { name agreements { totalCount } } }';
      await postGraphQL(stack.gatewayUrl, query);
      const cached = async () => (await postGraphQL(stack.gatewayUrl, query)).headers.get('age');
      expect(await cached()).not.toBeNull();
      const { version } = (
        await postGraphQL(stack.gatewayUrl, '{ agreement(id: "mou-bsu-bayraktar-2025") { version } }')
      ).body.data.agreement;
      const refusals: Array<[string, Awaited<ReturnType<typeof updateTitle>>]> = [
        ['UNAUTHENTICATED', await updateTitle('Anonymous title', version, '')],
        ['FORBIDDEN', await updateTitle('Viewer title', version, viewer)],
        ['BAD_USER_INPUT', await updateTitle('', version)],
        ['CONFLICT', await updateTitle('Stale title', version - 1)],
      ];
      for (const [code, refused] of refusals) {
        expect([code, refused.body.errors?.[0]?.extensions?.code]).toEqual([code, code]);
        expect([code, await cached()]).toEqual([code, expect.any(String)]);
      }
      // A mutation that wrote empties it: the next read is asked of the subgraphs.
      expect((await updateTitle('Written title', version)).body.errors).toBeUndefined();
      expect(await cached()).toBeNull();
    });

    it('answers a hash-only persisted query with its own document’s data, never an earlier one registered under the same name and variables', async () => {
      const byAcronym = 'query InstitutionCard($id: ID!) { institution(id: $id) { id name: acronym } }';
      const byName = 'query InstitutionCard($id: ID!) { institution(id: $id) { id name } }';
      const aztu = { id: 'aztu' };
      // 1. The first document, registered with its hash, then asked again by hash alone (served from memory).
      expect((await persisted(stack.gatewayUrl, byAcronym, aztu, { hashOnly: false })).body.data.institution).toEqual({
        id: 'aztu',
        name: 'AzTU',
      });
      const again = await persisted(stack.gatewayUrl, byAcronym, aztu, { hashOnly: true });
      expect(again.body.data.institution).toEqual({ id: 'aztu', name: 'AzTU' });
      // 2. Another document with the same operation name and variables, registered, then sent by hash alone.
      const registered = await persisted(stack.gatewayUrl, byName, aztu, { hashOnly: false });
      expect(registered.body.data.institution.name).toBe('Azerbaijan Technical University');
      const hashOnly = await persisted(stack.gatewayUrl, byName, aztu, { hashOnly: true });
      expect(hashOnly.body.data.institution).toEqual({ id: 'aztu', name: 'Azerbaijan Technical University' });
      expect(hashOnly.age).not.toBeNull(); // served from memory: its own entry
      // The first document by hash alone still gets its own answer.
      expect((await persisted(stack.gatewayUrl, byAcronym, aztu, { hashOnly: true })).body.data.institution).toEqual({
        id: 'aztu',
        name: 'AzTU',
      });
    });

    it('refuses an unknown hash and a hash that does not match its text, and keeps nothing for them', async () => {
      const document = 'query InstitutionCard($id: ID!) { institution(id: $id) { id country } }';
      const unknown = await persisted(stack.gatewayUrl, document, { id: 'bsu' }, { hashOnly: true });
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: document,
          variables: { id: 'bsu' },
          extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } },
        }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/provided sha does not match query/);
      // Still unknown: the mismatched request registered nothing.
      expect(
        (await persisted(stack.gatewayUrl, document, { id: 'bsu' }, { hashOnly: true })).body.errors?.[0]?.extensions
          ?.code,
      ).toBe('PERSISTED_QUERY_NOT_FOUND');
    });
  },
);
