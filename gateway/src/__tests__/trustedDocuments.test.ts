import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_JWT_SECRET, mintToken, readExampleOperations, repositoryRoot } from '@partnership-graph/shared';
import {
  startGatewayOver,
  startStack,
  subgraphsOf,
  testDatabases,
  type RunningService,
  type Stack,
} from '@partnership-graph/shared/testing';
import { documentId, loadTrustedDocuments } from '../trustedDocuments';

/**
 * Trusted documents: the gateway loads manifests (id → document, as the client preset's
 * persistedDocuments writes them) from TRUSTED_DOCUMENTS_PATH — here the example
 * library's, schema/trusted-documents/example-operations.json — and answers a registered
 * document named by `documentId` or Apollo's `extensions.persistedQuery`. With
 * TRUSTED_DOCUMENTS=required a caller without a token runs nothing else and is told so
 * with TRUSTED_DOCUMENT_REQUIRED; a caller with a token (an analyst) keeps ad-hoc GraphQL.
 * The response cache keys on the document that runs, so a document sent by id shares its
 * answer with the same text sent in full and with nothing else.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const operations = new Map(readExampleOperations().map((op) => [op.name, op]));
const operation = (name: string) => {
  const found = operations.get(name);
  if (!found) throw new Error(`no example operation ${name}`);
  return {
    ...found,
    id: documentId(found.query),
    expected: JSON.parse(fs.readFileSync(found.expectedFile, 'utf8')) as unknown,
  };
};
const members = operation('AllianceMembers');
const signedInYear = operation('AgreementsSignedInYear');
const adHoc = '{ institution(id: "aztu") { name acronym } }';
const spec = { accept: 'application/graphql-response+json' };

interface Answer {
  status: number;
  age: string | null;
  body: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...spec, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, age: response.headers.get('age'), body: (await response.json()) as Answer['body'] };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

describe('the trusted-document manifests', () => {
  const manifestDir = (manifests: Record<string, unknown>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-trusted-'));
    for (const [file, content] of Object.entries(manifests))
      fs.writeFileSync(path.join(dir, file), JSON.stringify(content));
    return dir;
  };

  it('registers each document of every manifest under the SHA-256 of its text, with or without the sha256: prefix', () => {
    const bare = createHash('sha256').update(adHoc).digest('hex');
    const documents = loadTrustedDocuments(
      manifestDir({ 'web.json': { [members.id]: members.query }, 'admin.json': { [bare]: adHoc } }),
      'TRUSTED_DOCUMENTS_PATH',
    );
    expect([...documents.values()].sort()).toEqual([members.query, adHoc].sort());
  });

  it('refuses a manifest whose id is not the SHA-256 of its document, so no id can stand for another document', () => {
    const dir = manifestDir({ 'web.json': { [members.id]: adHoc } });
    expect(() => loadTrustedDocuments(dir, 'TRUSTED_DOCUMENTS_PATH')).toThrow(
      /in web\.json, "sha256:[0-9a-f]{64}" is not the SHA-256 of its document/,
    );
    expect(() => loadTrustedDocuments(manifestDir({ 'web.json': ['query { a }'] }), 'TRUSTED_DOCUMENTS_PATH')).toThrow(
      /web\.json must map document ids to documents/,
    );
  });

  it('is current for the example library (pnpm codegen writes it)', () => {
    const committed = loadTrustedDocuments(
      path.join(repositoryRoot, 'schema', 'trusted-documents'),
      'TRUSTED_DOCUMENTS_PATH',
    );
    for (const op of operations.values())
      expect(committed.get(documentId(op.query).slice('sha256:'.length))).toBe(op.query);
  });
});

describe.each(testDatabases().map((db) => [db.label] as const))(
  'trusted documents through the gateway (%s)',
  (database) => {
    let stack: Stack;
    let allowing: RunningService;
    let analyst: string;
    beforeAll(async () => {
      stack = await startStack({
        subgraphs: subgraphsOf(supergraph),
        database,
        gatewayEnv: { TRUSTED_DOCUMENTS: 'required', RESPONSE_CACHE_MS: '60000' },
      });
      // The same subgraphs behind a gateway left at the default: manifests loaded, any document allowed.
      allowing = await startGatewayOver(stack, {}, 'gateway-allowing');
      analyst = await mintToken(DEV_JWT_SECRET, { sub: 'trusted-documents-analyst', roles: ['analyst'] });
    }, 180_000);
    afterAll(async () => {
      await allowing?.stop();
      await stack?.stop();
    });

    it('answers a registered document sent by its documentId, by Apollo persisted-query hash, by GET and in full', async () => {
      const byDocumentId = await post(stack.gatewayUrl, { documentId: members.id });
      expect(byDocumentId.status).toBe(200);
      expect(byDocumentId.body).toEqual({ data: members.expected });
      const byHash = await post(stack.gatewayUrl, {
        variables: { year: '2025' },
        extensions: { persistedQuery: { version: 1, sha256Hash: signedInYear.id.slice('sha256:'.length) } },
      });
      expect(byHash.body).toEqual({ data: signedInYear.expected });
      const byGet = await fetch(`${stack.gatewayUrl}?documentId=${encodeURIComponent(signedInYear.id)}`, {
        headers: { ...spec, 'apollo-require-preflight': 'true' },
      });
      expect(await byGet.json()).toEqual({ data: signedInYear.expected });
      // The file's exact text is registered too: `pnpm query schema/operations/AllianceMembers.graphql` needs no token.
      expect((await post(stack.gatewayUrl, { query: members.query })).body).toEqual({ data: members.expected });
    });

    it('refuses an unregistered document from a caller without a token with TRUSTED_DOCUMENT_REQUIRED, without reading it', async () => {
      const refused = await post(stack.gatewayUrl, { query: adHoc });
      expect(refused.status).toBe(403);
      expect(codeOf(refused)).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(refused.body.errors?.[0].message).toMatch(/registered documents only/);
      expect(refused.body.data).toBeUndefined();
      // A document that does not even parse gets the same answer: it is set aside unread.
      expect(codeOf(await post(stack.gatewayUrl, { query: '{ institution(id: ' }))).toBe('TRUSTED_DOCUMENT_REQUIRED');
      // A registered document with one character changed is another document.
      expect(codeOf(await post(stack.gatewayUrl, { query: `${members.query} ` }))).toBe('TRUSTED_DOCUMENT_REQUIRED');
      // Apollo Client 3 (accept: */*) gets the code as a GraphQL error.
      const forApolloClient3 = await post(stack.gatewayUrl, { query: adHoc }, { accept: '*/*' });
      expect([forApolloClient3.status, codeOf(forApolloClient3)]).toEqual([200, 'TRUSTED_DOCUMENT_REQUIRED']);
    });

    it('refuses an id no manifest holds with PERSISTED_QUERY_NOT_IN_LIST, and a request that sends an id and a document', async () => {
      const unknown = `sha256:${'0'.repeat(64)}`;
      expect(codeOf(await post(stack.gatewayUrl, { documentId: unknown }))).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      expect(
        codeOf(
          await post(stack.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
        ),
      ).toBe('PERSISTED_QUERY_NOT_IN_LIST');
      const both = await post(
        stack.gatewayUrl,
        { documentId: members.id, query: adHoc },
        { authorization: `Bearer ${analyst}` },
      );
      expect([both.status, codeOf(both)]).toEqual([400, 'BAD_REQUEST']);
    });

    it('answers the same unregistered document for an analyst, whose automatic persisted queries stay theirs', async () => {
      const answered = await post(stack.gatewayUrl, { query: adHoc }, { authorization: `Bearer ${analyst}` });
      expect(answered.status).toBe(200);
      expect(answered.body.data).toEqual({
        institution: { name: expect.stringMatching(/Azerbaijan Technical University/), acronym: 'AzTU' },
      });
      // The analyst registers the document with Apollo's automatic persisted queries…
      const hash = createHash('sha256').update(adHoc).digest('hex');
      const registered = await post(
        stack.gatewayUrl,
        { query: adHoc, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
        { authorization: `Bearer ${analyst}` },
      );
      expect(registered.body.data).toEqual(answered.body.data);
      expect(
        (
          await post(
            stack.gatewayUrl,
            { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
            { authorization: `Bearer ${analyst}` },
          )
        ).body.data,
      ).toEqual(answered.body.data);
      // …which does not make it trusted for anyone without a token.
      expect(
        codeOf(await post(stack.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })),
      ).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    });

    it('keeps a trusted document’s answer in the response cache under that document, never answering another with it', async () => {
      const cachedDocument = operation('BayraktarSignatories');
      const first = await post(stack.gatewayUrl, { documentId: cachedDocument.id });
      expect(first.body).toEqual({ data: cachedDocument.expected });
      const again = await post(stack.gatewayUrl, { documentId: cachedDocument.id });
      expect(again.age).not.toBeNull();
      expect(again.body).toEqual(first.body);
      // The same text sent in full is the same document: the same answer from memory.
      const inFull = await post(stack.gatewayUrl, { query: cachedDocument.query });
      expect(inFull.age).not.toBeNull();
      expect(inFull.body).toEqual(first.body);
      // Another registered document by id gets its own answer.
      const other = operation('AllianceConference');
      const otherAnswer = await post(stack.gatewayUrl, { documentId: other.id });
      expect(otherAnswer.body).toEqual({ data: other.expected });
      expect(otherAnswer.age).toBeNull();
    });

    it('by default (manifests present, TRUSTED_DOCUMENTS unset) answers registered ids and any document alike', async () => {
      expect((await post(allowing.url, { documentId: members.id })).body).toEqual({ data: members.expected });
      expect((await post(allowing.url, { query: adHoc })).body.data?.institution.acronym).toBe('AzTU');
    });
  },
);
