import { answered, code, gql, post, type Case } from './corpusKit';

/**
 * Facts by source pushed past what they were written for: the subgraphs' internal
 * `_sourceDocuments` asked through the gateway (not in the client API) and straight at a
 * subgraph without the subgraph secret, source ids that are SQL or LIKE patterns,
 * over-long and malformed filter texts, forged cursors, and many aliases of
 * `source(id:)` (looked up together, in one request per subgraph). Each must end with
 * an answer or a refusal that names the problem.
 */
const cursor = (key: unknown, id: unknown) => Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');

export function cases(): Case[] {
  const documents = '{ _sourceDocuments { id title } }';
  return [
    {
      category: 'sources',
      name: 'the internal _sourceDocuments through the gateway',
      send: gql(documents),
      expect: code('GRAPHQL_VALIDATION_FAILED'),
    },
    {
      category: 'sources',
      name: 'the internal _sourceDocuments straight at a subgraph, without the subgraph secret',
      send: (stack) => post(stack.subgraphUrls.institutions, JSON.stringify({ query: documents })),
      expect: (status) => status === 401 || status === 403,
    },
    ...[
      ['a SQL fragment as sourceId', "' OR 1=1 --"],
      ['a LIKE wildcard as sourceId', '%'],
      ['an over-long sourceId', 'a'.repeat(5_000)],
    ].map(([name, sourceId]): Case => ({
      category: 'sources',
      name: `agreements and people filtered by ${name}`,
      send: gql(
        'query($id: ID) { agreements(filter: { sourceId: $id }) { totalCount } people(filter: { sourceId: $id }) { totalCount } }',
        { id: sourceId },
      ),
      expect: code('BAD_USER_INPUT'),
    })),
    {
      category: 'sources',
      name: 'sources filtered by a 100,000-character publisher',
      send: gql('query($p: String) { sources(filter: { publisher: $p }) { totalCount } }', { p: 'ä'.repeat(100_000) }),
      expect: code('BAD_USER_INPUT'),
    },
    {
      category: 'sources',
      name: 'sources filtered by a language that is SQL',
      send: gql(`{ sources(filter: { language: "de' OR '1'='1" }) { totalCount } }`),
      expect: code('BAD_USER_INPUT'),
    },
    {
      category: 'sources',
      name: 'sources after a forged cursor (a key no document has, an id that is SQL)',
      send: gql('query($after: String) { sources(after: $after) { nodes { id } pageInfo { hasNextPage } } }', {
        after: cursor('9999-99', "'; DROP TABLE sources; --"),
      }),
      expect: answered,
    },
    {
      category: 'sources',
      name: 'sources after a cursor whose key is an object',
      send: gql('query($after: String) { sources(after: $after) { totalCount } }', { after: cursor({ $gt: '' }, 'x') }),
      expect: code('BAD_USER_INPUT'),
    },
    {
      category: 'sources',
      name: '25 aliases of source(id:) with the records each states',
      send: gql(
        `{ ${Array.from({ length: 25 }, (_, i) => `s${i}: source(id: "src-bayraktar-memoranda-2025") { id agreements(first: 1) { totalCount } }`).join(' ')} }`,
      ),
      expect: (status, text) => answered(status, text) || code('QUERY_TOO_COMPLEX')(status, text),
    },
  ];
}
