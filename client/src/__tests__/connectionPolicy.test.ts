import { parse } from 'graphql';
import { createCache } from '../createCache';

/** How the kit's cache joins the pages of a connection and keeps each filter's list apart. */
const page = parse(`
  query Page($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id title }
      edges { cursor node { id title } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const agreement = (id: string) => ({ __typename: 'Agreement', id, title: `Agreement ${id}` });
const answer = (ids: string[], endCursor: string | null, hasNextPage: boolean) => ({
  agreements: {
    __typename: 'AgreementConnection',
    totalCount: 3,
    nodes: ids.map(agreement),
    edges: ids.map((id) => ({ __typename: 'AgreementEdge', cursor: `c-${id}`, node: agreement(id) })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
  },
});

describe('a connection in the kit’s cache', () => {
  it('appends the next page (fetched with after = the cached endCursor) to both nodes and edges', () => {
    const cache = createCache();
    cache.writeQuery({ query: page, variables: { first: 2 }, data: answer(['a', 'b'], 'c-b', true) });
    cache.writeQuery({ query: page, variables: { first: 2, after: 'c-b' }, data: answer(['c'], 'c-c', false) });
    const read = cache.readQuery<any>({ query: page, variables: { first: 2 } })!.agreements;
    expect(read.nodes.map((n: { id: string }) => n.id)).toEqual(['a', 'b', 'c']);
    expect(read.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['a', 'b', 'c']);
    expect(read.pageInfo).toEqual({ __typename: 'PageInfo', hasNextPage: false, endCursor: 'c-c' });
  });

  it('starts the list again on a fetch without after', () => {
    const cache = createCache();
    cache.writeQuery({ query: page, variables: { first: 2 }, data: answer(['a', 'b'], 'c-b', true) });
    cache.writeQuery({ query: page, variables: { first: 1 }, data: answer(['a'], 'c-a', true) });
    expect(
      cache.readQuery<any>({ query: page, variables: { first: 1 } })!.agreements.nodes.map((n: { id: string }) => n.id),
    ).toEqual(['a']);
  });

  it('keeps each filter’s list apart', () => {
    const cache = createCache();
    cache.writeQuery({ query: page, variables: { filter: { partyId: 'aztu' } }, data: answer(['a'], 'c-a', false) });
    cache.writeQuery({ query: page, variables: { filter: { partyId: 'bsu' } }, data: answer(['b'], 'c-b', false) });
    const ids = (partyId: string) =>
      cache
        .readQuery<any>({ query: page, variables: { filter: { partyId } } })!
        .agreements.nodes.map((n: { id: string }) => n.id);
    expect(ids('aztu')).toEqual(['a']);
    expect(ids('bsu')).toEqual(['b']);
  });

  it('reads back an empty page’s endCursor as null, as the server sent it', () => {
    const cache = createCache();
    cache.writeQuery({ query: page, variables: {}, data: answer([], null, false) });
    expect(cache.readQuery<any>({ query: page, variables: {} })!.agreements.pageInfo).toEqual({
      __typename: 'PageInfo',
      hasNextPage: false,
      endCursor: null,
    });
  });
});
