import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { parse, print, type DocumentNode } from 'graphql';
import { readExampleOperations, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * Through Apollo Client 3 with the kit's InMemoryCache, against the running graph on
 * every database: what the cache gives back is exactly what the server sent, a card and
 * a detail of one institution share the cache without a warning, and each language's
 * names stay apart.
 *
 * Each test loads its own copy of Apollo Client: Apollo prints a cache warning once per
 * type and field for the life of the module, and a warning one test printed must not
 * hide it from the next.
 */
type ApolloCore = typeof import('@apollo/client/core');
type ApolloUtilities = typeof import('@apollo/client/utilities');
type Kit = typeof import('../index');

function loadApollo(): { apollo: ApolloCore; utilities: ApolloUtilities; kit: Kit } {
  let loaded: { apollo: ApolloCore; utilities: ApolloUtilities; kit: Kit } | undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module instance per test, see above */
    const dev = require('@apollo/client/dev') as typeof import('@apollo/client/dev');
    dev.loadDevMessages();
    dev.loadErrorMessages();
    loaded = {
      apollo: require('@apollo/client/core'),
      utilities: require('@apollo/client/utilities'),
      kit: require('../index'),
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  loaded!.apollo.setLogVerbosity('debug');
  return loaded!;
}

/** Everything Apollo (or anything else) prints while a test runs. */
function captureConsole(): { lines: () => string[]; restore: () => void } {
  const lines: string[] = [];
  const spies = (['log', 'info', 'debug', 'warn', 'error'] as const).map((method) =>
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(`${method}: ${format(...args)}`);
    }),
  );
  return { lines: () => lines, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

const operations = readExampleOperations();
const subgraphs = subgraphsOf(fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'));

describe.each(testDatabases())('the client kit’s cache against the graph on $label', ({ label }) => {
  let stack: Stack;
  let console_: ReturnType<typeof captureConsole>;
  beforeAll(async () => {
    stack = await startStack({ subgraphs, database: label });
  }, 120_000);
  afterAll(() => stack?.stop());
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => console_.restore());

  const clientOf = ({ apollo }: { apollo: ApolloCore }, cache: InstanceType<ApolloCore['InMemoryCache']>) =>
    new apollo.ApolloClient({ link: new apollo.HttpLink({ uri: stack.gatewayUrl }), cache });

  /** The answer as the server sends it to Apollo: the same document with __typename added the way Apollo adds it. */
  const rawAnswer = async (
    { utilities }: { utilities: ApolloUtilities },
    document: DocumentNode,
    variables?: Record<string, unknown>,
  ) => {
    const { status, body } = await postGraphQL(
      stack.gatewayUrl,
      print(utilities.addTypenameToDocument(document)),
      variables,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  it('reads back every example operation from the cache exactly as the server sent it, in one cache', async () => {
    const loaded = loadApollo();
    const cache = loaded.kit.createCache();
    const client = clientOf(loaded, cache);
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) {
      // The kit's typed document for the operation, generated from schema/operations.
      const document = (loaded.kit as unknown as Record<string, DocumentNode>)[`${op.name}Document`];
      expect(print(document)).toBe(print(parse(op.query)));
      const raw = await rawAnswer(loaded, document);
      const { data } = await client.query({ query: document, fetchPolicy: 'network-only' });
      expect({ operation: op.name, data }).toEqual({ operation: op.name, data: raw });
      expect({ operation: op.name, data: cache.readQuery({ query: document }) }).toEqual({
        operation: op.name,
        data: raw,
      });
    }
    expect(console_.lines()).toEqual([]);
  });

  it('reads back every query of the reference page (web/) from the cache exactly as the server sent it, in one cache', async () => {
    const loaded = loadApollo();
    const { kit } = loaded;
    const cache = kit.createCache();
    const client = clientOf(loaded, cache);
    const pageQueries: Array<[string, DocumentNode, Record<string, unknown>]> = [
      ['search', kit.WebSearchInstitutionsDocument, { search: 'Baki Dovlet', lang: 'en' }],
      ['institution', kit.WebInstitutionPageDocument, { id: 'aztu', lang: 'en', at: '2025-05-15' }],
      ['institution in az', kit.WebInstitutionPageDocument, { id: 'aztu', lang: 'az', at: null }],
      ['agreement', kit.WebAgreementPageDocument, { id: 'mou-bsu-bayraktar-2025', lang: 'en' }],
      ['agreement with outcomes', kit.WebAgreementPageDocument, { id: 'aztu-aic-cooperation', lang: 'en' }],
      ['statistics', kit.WebStatisticsPageDocument, {}],
    ];
    for (const [page, query, variables] of pageQueries) {
      const raw = await rawAnswer(loaded, query, variables);
      const { data } = await client.query({ query, variables, fetchPolicy: 'network-only' });
      expect({ page, data }).toEqual({ page, data: raw });
    }
    // Once all are in one cache, each still reads back as the server sent it.
    for (const [page, query, variables] of pageQueries)
      expect({ page, data: cache.readQuery({ query, variables }) }).toEqual({
        page,
        data: await rawAnswer(loaded, query, variables),
      });
    expect(console_.lines()).toEqual([]);
  });

  it('keeps a card and then a detail of the same institution in one cache without a warning, and the card reads from it without a refetch', async () => {
    const loaded = loadApollo();
    const { kit } = loaded;
    const cache = kit.createCache();
    const client = clientOf(loaded, cache);
    const variables = { id: 'aztu', lang: 'en' };
    const card = await client.query({ query: kit.InstitutionCardQuery, variables });
    const detail = await client.query({ query: kit.InstitutionDetailQuery, variables });
    expect(card.data).toEqual(await rawAnswer(loaded, kit.InstitutionCardQuery, variables));
    expect(detail.data).toEqual(await rawAnswer(loaded, kit.InstitutionDetailQuery, variables));
    expect(detail.data.institution?.agreements?.nodes.length).toBeGreaterThan(0);
    expect(detail.data.institution?.talentSummary?.internships).toBeDefined();
    // Everything the card showed is still in the cache after the detail was written.
    const cardAgain = await client.query({ query: kit.InstitutionCardQuery, variables, fetchPolicy: 'cache-only' });
    expect(cardAgain.data).toEqual(card.data);
    expect(console_.lines()).toEqual([]);
  });

  it('would warn about the same card and detail in a cache without the kit’s policies (the capture hears Apollo)', async () => {
    const loaded = loadApollo();
    const { kit } = loaded;
    const client = clientOf(loaded, new loaded.apollo.InMemoryCache());
    const variables = { id: 'aztu', lang: 'en' };
    await client.query({ query: kit.InstitutionCardQuery, variables });
    await client.query({ query: kit.InstitutionDetailQuery, variables });
    const warnings = console_.lines().join('\n');
    expect(warnings).toContain('Cache data may be lost when replacing the agreements field of a Institution object');
    expect(warnings).toContain('Cache data may be lost when replacing the talentSummary field of a Institution object');
  });

  it('gives the other language’s names after a switch with lang, from the cache, not the first language’s', async () => {
    const loaded = loadApollo();
    const { kit } = loaded;
    const cache = kit.createCache();
    const client = clientOf(loaded, cache);
    const nameIn = async (lang: string) =>
      (await client.query({ query: kit.InstitutionCardQuery, variables: { id: 'aztu', lang } })).data.institution?.name;
    const english = await nameIn('en');
    const azerbaijani = await nameIn('az');
    expect(english).toBe(
      (await rawAnswer(loaded, kit.InstitutionCardQuery, { id: 'aztu', lang: 'en' })).institution.name,
    );
    expect(azerbaijani).toBe(
      (await rawAnswer(loaded, kit.InstitutionCardQuery, { id: 'aztu', lang: 'az' })).institution.name,
    );
    expect(azerbaijani).not.toBe(english);
    // Both languages now answer from the cache alone, each its own.
    const fromCache = (lang: string) =>
      cache.readQuery({ query: kit.InstitutionCardQuery, variables: { id: 'aztu', lang } })?.institution?.name;
    expect(fromCache('en')).toBe(english);
    expect(fromCache('az')).toBe(azerbaijani);
    expect(console_.lines()).toEqual([]);
  });

  it('would serve the first language again when only Accept-Language changes, which is why names take lang', async () => {
    const loaded = loadApollo();
    const { kit, apollo } = loaded;
    const client = clientOf(loaded, kit.createCache());
    const byHeader = apollo.gql`
      query NameByAcceptLanguage {
        institution(id: "aztu") {
          id
          name
        }
      }
    `;
    const inHeader = async (language: string) =>
      (
        await client.query<{ institution: { name: string } }>({
          query: byHeader,
          context: { headers: { 'accept-language': language } },
        })
      ).data.institution.name;
    const english = await inHeader('en');
    const serverAzerbaijani = (
      await postGraphQL(stack.gatewayUrl, print(byHeader), undefined, { 'accept-language': 'az' })
    ).body.data.institution.name;
    expect(serverAzerbaijani).not.toBe(english);
    expect(await inHeader('az')).toBe(english);
  });
});
