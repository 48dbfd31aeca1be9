import fs from 'node:fs';
import path from 'node:path';
import { mintToken, readAuthConfig, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * Facts by source: `sources` (every subgraph's documents, filtered), `source(id:)` with
 * the records each document states, and the `sourceId` filter of every list, through
 * the gateway over the real subgraphs.
 */
const subgraphs = subgraphsOf(fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'));

const seedSourceIds = [
  'src-aic-three-years',
  'src-asoiu-alliance-2020',
  'src-azerishiq-cooperation',
  'src-aztu-forum-2025',
  'src-bayraktar-memoranda-2025',
];

/** Every list that takes `sourceId`, and the field of `Source` that lists the same records. */
const lists = [
  'institutions',
  'people',
  'agreements',
  'events',
  'internshipPrograms',
  'thesisPrograms',
  'trainingPrograms',
];

describe.each(testDatabases())('facts by source through the gateway on $label', ({ label }) => {
  let stack: Stack;
  beforeAll(async () => {
    // Walking every list for every source is far above the anonymous cost limit; this test is about answers.
    stack = await startStack({ subgraphs, database: label, gatewayEnv: { LIMIT_MAX_COST: '1000000' } });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function ask(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
    const { status, body } = await postGraphQL(stack.gatewayUrl, query, variables, headers);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data;
  }

  async function refusal(query: string) {
    const { status, body } = await postGraphQL(stack.gatewayUrl, query);
    expect(status).toBeLessThan(500);
    return body.errors?.[0];
  }

  /** The ids of a list's records whose citations name the source, read without the filter. */
  async function citingIds(list: string, sourceId: string): Promise<string[]> {
    const data = await ask(`{ ${list}(first: 100) { totalCount nodes { id citations { source { id } } } } }`);
    expect(data[list].totalCount).toBeLessThanOrEqual(100);
    return data[list].nodes
      .filter((node: { citations: Array<{ source: { id: string } }> }) =>
        node.citations.some((c) => c.source.id === sourceId),
      )
      .map((node: { id: string }) => node.id);
  }

  it('lists every document the three subgraphs cite, newest first and undated last, page by page', async () => {
    const all = await ask('{ sources(first: 100) { totalCount nodes { id publishedOn } } }');
    // The five documents and the three outlets the German article names as its sources.
    expect(all.sources.totalCount).toBe(8);
    expect(all.sources.nodes.map((n: { id: string }) => n.id)).toEqual([
      'src-aztu-forum-2025',
      'src-asoiu-alliance-2020',
      'src-aic-three-years',
      'src-azerishiq-cooperation',
      'src-bayraktar-memoranda-2025',
      'src-bsu-edu-az-bsu-bayraktar',
      'src-innovationszentren-de-working-groups',
      'src-news-az-innovation-center-bayraktar',
    ]);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const data = await ask(
        'query($after: String) { sources(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...data.sources.nodes.map((n: { id: string }) => n.id));
      if (!data.sources.pageInfo.hasNextPage) break;
      after = data.sources.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.sources.nodes.map((n: { id: string }) => n.id));
  });

  it.each([
    ['language', '{ language: "de" }', ['src-bayraktar-memoranda-2025']],
    ['language, any case', '{ language: "AZ" }', ['src-azerishiq-cooperation']],
    ['publisher, folded, where a word starts', '{ publisher: "aztu" }', ['src-aztu-forum-2025']],
    ['publisher matching no word start', '{ publisher: "ztu" }', []],
    ['a date range', '{ publishedFrom: "2021", publishedTo: "2025-05" }', ['src-aztu-forum-2025']],
    ['a date range ending before the forum', '{ publishedTo: "2025-05-14" }', ['src-asoiu-alliance-2020']],
    ['language and publisher together', '{ language: "en", publisher: "Azerbaijan" }', ['src-aztu-forum-2025']],
    ['the publisher of a cited outlet', '{ publisher: "news" }', ['src-news-az-innovation-center-bayraktar']],
  ])('filters sources by %s', async (_case, filter, expected) => {
    const data = await ask(`{ sources(filter: ${filter}, first: 100) { totalCount nodes { id } } }`);
    expect(data.sources.nodes.map((n: { id: string }) => n.id)).toEqual(expected);
    expect(data.sources.totalCount).toBe(expected.length);
  });

  it('lists, for each source, exactly the records of every type whose citations name it, as the sourceId filter does', async () => {
    let total = 0;
    for (const sourceId of seedSourceIds) {
      const selection = lists.map((list) => `${list}(first: 100) { totalCount nodes { id } }`).join(' ');
      const filtered = lists
        .map((list) => `${list}: ${list}(filter: { sourceId: $id }, first: 100) { totalCount nodes { id } }`)
        .join(' ');
      const data = await ask(`query($id: ID!) { source(id: $id) { id ${selection} } ${filtered} }`, { id: sourceId });
      expect(data.source.id).toBe(sourceId);
      for (const list of lists) {
        const expected = (await citingIds(list, sourceId)).sort();
        const viaSource = data.source[list].nodes.map((n: { id: string }) => n.id).sort();
        const viaFilter = data[list].nodes.map((n: { id: string }) => n.id).sort();
        expect({ sourceId, list, ids: viaSource }).toEqual({ sourceId, list, ids: expected });
        expect({ sourceId, list, ids: viaFilter }).toEqual({ sourceId, list, ids: expected });
        expect(data.source[list].totalCount).toBe(expected.length);
        expect(data[list].totalCount).toBe(expected.length);
        total += expected.length;
      }
    }
    expect(total).toBeGreaterThan(50);
    // The German article states facts in all three subgraphs.
    const german = await ask(
      `{ source(id: "src-bayraktar-memoranda-2025") { institutions { totalCount } agreements { totalCount } internshipPrograms { totalCount } trainingPrograms { totalCount } } }`,
    );
    expect(german.source.institutions.totalCount).toBeGreaterThan(0);
    expect(german.source.agreements.totalCount).toBeGreaterThan(0);
    expect(german.source.internshipPrograms.totalCount + german.source.trainingPrograms.totalCount).toBeGreaterThan(0);
  });

  it('applies sourceId wherever the list filters apply: nested lists, statistics and facets', async () => {
    const data = await ask(`{
      all: agreements(filter: { sourceId: "src-bayraktar-memoranda-2025" }) { totalCount nodes { id } }
      institution(id: "bayraktar-technology-azerbaijan") { agreements(filter: { sourceId: "src-bayraktar-memoranda-2025" }) { totalCount } }
      agreementStats(filter: { sourceId: "src-bayraktar-memoranda-2025" }, groupBy: KIND) { count }
      institutions(filter: { sourceId: "src-aztu-forum-2025" }) { totalCount facets { kinds { count } } }
    }`);
    expect(data.all.totalCount).toBeGreaterThan(0);
    expect(data.institution.agreements.totalCount).toBe(data.all.totalCount);
    expect(data.agreementStats.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(
      data.all.totalCount,
    );
    expect(data.institutions.facets.kinds.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(
      data.institutions.totalCount,
    );
  });

  it('gives source(id:) the same document values as every citation of it', async () => {
    const data = await ask(`{
      source(id: "src-aztu-forum-2025") { id title titleIsDescriptive publisher url publishedOn language }
      institution(id: "aztu") { citations { source { id title titleIsDescriptive publisher url publishedOn language } } }
    }`);
    expect(data.institution.citations.map((c: { source: unknown }) => c.source)).toContainEqual(data.source);
  });

  it.each([['an unknown source', '{ source(id: "src-nowhere") { id } }']])(
    'answers %s with null',
    async (_case, query) => {
      expect((await ask(query)).source).toBeNull();
    },
  );

  it.each([
    ['a malformed source id', '{ source(id: "DROP TABLE") { id } }', 'id'],
    ['a malformed sourceId filter', '{ agreements(filter: { sourceId: "x y" }) { totalCount } }', 'filter.sourceId'],
    [
      'a malformed sourceId on programmes',
      '{ trainingPrograms(filter: { sourceId: "%" }) { totalCount } }',
      'filter.sourceId',
    ],
    ['a language that is no ISO code', '{ sources(filter: { language: "german" }) { totalCount } }', 'filter.language'],
    [
      'date bounds in the wrong order',
      '{ sources(filter: { publishedFrom: "2025", publishedTo: "2020" }) { totalCount } }',
      'filter.publishedTo',
    ],
  ])('answers %s with BAD_USER_INPUT naming the argument', async (_case, query, argument) => {
    expect((await refusal(query))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });

  it('keeps the internal _sourceDocuments field out of the client API', async () => {
    const error = await refusal('{ _sourceDocuments { id } }');
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lists a document that only one subgraph holds: imported there, it is listed, found by id and lists its record', async () => {
    const token = await mintToken(readAuthConfig().jwtSecret as string, { sub: 'sources-test', roles: ['admin'] });
    const imported = await ask(
      `mutation($rows: [InstitutionImportInput!]!) { importInstitutions(rows: $rows) { written rows { id outcome } } }`,
      {
        rows: [
          {
            name: 'Sources Test Institute',
            kind: 'RESEARCH_INSTITUTE',
            country: 'DE',
            source: {
              title: 'Ein Verzeichnis der Institute',
              publisher: 'Testverlag Ähre',
              language: 'de',
              publishedOn: '2024-03',
              file: 'institutes.csv',
              row: 2,
            },
          },
        ],
      },
      { authorization: `Bearer ${token}` },
    );
    expect(imported.importInstitutions.written).toBe(true);
    const institutionId = imported.importInstitutions.rows[0].id;
    const listed = await ask(
      '{ sources(filter: { language: "de" }, first: 100) { totalCount nodes { id title publisher publishedOn } } }',
    );
    expect(listed.sources.totalCount).toBe(2);
    const document = listed.sources.nodes.find((n: { title: string }) => n.title === 'Ein Verzeichnis der Institute');
    expect(document).toMatchObject({ publisher: 'Testverlag Ähre', publishedOn: '2024-03' });
    expect((await ask('{ sources(filter: { publisher: "ahre" }) { nodes { id } } }')).sources.nodes).toEqual([
      { id: document.id },
    ]);
    const found = await ask(
      `query($id: ID!) { source(id: $id) { title institutions { nodes { id } } agreements { totalCount } } }`,
      { id: document.id },
    );
    expect(found.source).toEqual({
      title: 'Ein Verzeichnis der Institute',
      institutions: { nodes: [{ id: institutionId }] },
      agreements: { totalCount: 0 },
    });
  });
});
