import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * A `Source` is the document: the same id has the same values wherever it appears,
 * so a normalized client cache (one object per type and id) shows the right values.
 * What a document says about one record is that record's `Citation`. The deprecated
 * `sources` fields still answer as before.
 */
const subgraphs = subgraphsOf(fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'));

const sourceFields =
  'id title titleIsDescriptive publisher url publishedOn language quote importedFrom { file row importedAt }';
const cited = `citations { quote importedFrom { file row } source { ${sourceFields} } }`;

/** Every record type that cites, one query each (a query for all at once exceeds the cost limit). */
const queries = [
  `{ institutions(first: 100) { nodes { id ${cited} memberships { id ${cited} } positions { id ${cited} } } } }`,
  `{ people(first: 100) { nodes { id ${cited} } } }`,
  `{ agreements(first: 100) { nodes { id ${cited} } } events(first: 100) { nodes { id ${cited} } } }`,
  `{ internshipPrograms(first: 100) { nodes { id ${cited} } } thesisPrograms(first: 100) { nodes { id ${cited} } } trainingPrograms(first: 100) { nodes { id ${cited} } } }`,
];

interface Citation {
  quote: string | null;
  source: Record<string, unknown> & { id: string };
}

/** Every citation in an answer, wherever it is nested. */
function citationsIn(value: unknown, found: Citation[] = []): Citation[] {
  if (Array.isArray(value)) value.forEach((v) => citationsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'citations') found.push(...(child as Citation[]));
      else citationsIn(child, found);
    }
  }
  return found;
}

describe.each(testDatabases())('citations and sources through the gateway on $label', ({ label }) => {
  let stack: Stack;
  beforeAll(async () => {
    // One query per record type is far above the anonymous cost limit; this test is about values, not limits.
    stack = await startStack({ subgraphs, database: label, gatewayEnv: { LIMIT_MAX_COST: '1000000' } });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function ask(query: string) {
    const { status, body } = await postGraphQL(stack.gatewayUrl, query);
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data;
  }

  it('gives one source id the same field values in every place it is cited, across all three subgraphs', async () => {
    const citations = (await Promise.all(queries.map(ask))).flatMap((data) => citationsIn(data));
    const byId = new Map<string, Array<Citation['source']>>();
    for (const c of citations) byId.set(c.source.id, [...(byId.get(c.source.id) ?? []), c.source]);
    // All five seed documents are cited, most of them many times over with different quotes.
    expect([...byId.keys()].sort()).toEqual([
      'src-aic-three-years',
      'src-asoiu-alliance-2020',
      'src-azerishiq-cooperation',
      'src-aztu-forum-2025',
      'src-bayraktar-memoranda-2025',
    ]);
    const forum = citations.filter((c) => c.source.id === 'src-aztu-forum-2025');
    expect(new Set(forum.map((c) => c.quote)).size).toBeGreaterThan(5);
    for (const [, places] of byId) {
      for (const source of places) expect(source).toEqual(places[0]);
    }
    // The record's own passage is on the citation, never on the document.
    expect(citations.every((c) => c.source.quote === null && c.source.importedFrom === null)).toBe(true);
    expect(byId.get('src-bayraktar-memoranda-2025')?.[0]).toEqual({
      id: 'src-bayraktar-memoranda-2025',
      title: 'Kooperation mit Bayraktar: Revolutioniert Aserbaidschan die Innovation?',
      titleIsDescriptive: false,
      publisher: null,
      url: null,
      publishedOn: null,
      language: 'de',
      quote: null,
      importedFrom: null,
    });
  });

  it('still answers the deprecated sources fields, each source with the citing record quote', async () => {
    const data = await ask(`{
      agreement(id: "azerishiq-university-cooperation") { citations { quote source { id title language } } sources { id title language quote importedFrom { file } } }
      institution(id: "aztu") { citations { quote source { id } } sources { id quote } positions { citations { quote source { id } } sources { id quote } } }
      internshipPrograms(first: 100) { nodes { citations { quote source { id } } sources { id quote } } }
    }`);
    const asSources = (list: Citation[]) => list.map((c) => ({ id: c.source.id, quote: c.quote }));
    const { agreement, institution } = data;
    expect(agreement.sources.length).toBeGreaterThan(0);
    expect(agreement.sources).toEqual(
      agreement.citations.map((c: Citation) => ({ ...c.source, quote: c.quote, importedFrom: null })),
    );
    expect(agreement.sources[0]).toMatchObject({
      id: 'src-azerishiq-cooperation',
      language: 'az',
      quote: expect.any(String),
    });
    expect(institution.sources).toEqual(asSources(institution.citations));
    for (const position of institution.positions) expect(position.sources).toEqual(asSources(position.citations));
    for (const program of data.internshipPrograms.nodes) expect(program.sources).toEqual(asSources(program.citations));
  });
});
