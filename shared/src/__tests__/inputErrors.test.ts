import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { DateScalar } from '../graphql/dateScalar';
import { badUserInput } from '../graphql/errors';
import { inputErrorsPlugin } from '../graphql/inputErrors';

const typeDefs = /* GraphQL */ `
  scalar Date
  enum Kind {
    UNIVERSITY
    COMPANY
  }
  input Period {
    from: Date
    to: Date
  }
  input Filter {
    kinds: [Kind!]
    period: Period
    size: Int
  }
  type Query {
    things(filter: Filter, first: Int): [String!]!
    refuse: String
  }
`;

/** A subgraph's Apollo Server with the plugin, as createSubgraphApollo installs it. */
const server = new ApolloServer({
  typeDefs,
  resolvers: {
    Date: DateScalar,
    Query: {
      things: () => ['ok'],
      refuse: () => {
        throw badUserInput('input.title', 'must not be empty');
      },
    },
  },
  plugins: [inputErrorsPlugin()],
});
beforeAll(() => server.start());
afterAll(() => server.stop());

async function errorsOf(query: string, variables?: Record<string, unknown>): Promise<readonly GraphQLFormattedError[]> {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult.errors ?? [];
}

describe('inputErrorsPlugin', () => {
  it('names the field of a refused literal and makes it BAD_USER_INPUT', async () => {
    const [error] = await errorsOf('{ things(filter: { kinds: [BAD] }) }');
    expect(error.message).toMatch(/^Invalid value for "filter\.kinds": Value "BAD" does not exist in "Kind" enum/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.kinds' });
  });

  it('names a malformed Date literal deep inside an input', async () => {
    const [error] = await errorsOf('{ things(filter: { period: { from: "2025-02-30" } }) }');
    expect(error.message).toMatch(/^Invalid value for "filter\.period\.from": Date must be an ISO date/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.period.from' });
  });

  it('names the argument a bad variable value goes to, with the path inside it', async () => {
    const [error] = await errorsOf('query ($f: Filter) { things(filter: $f) }', { f: { period: { to: 'soon' } } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.period.to' });
    expect(error.message).toMatch(/^Invalid value for "filter\.period\.to": Variable "\$f" got invalid value "soon"/);
  });

  it('names the argument of a required variable that was not given', async () => {
    const [error] = await errorsOf('query ($n: Int!) { things(first: $n) }', {});
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('leaves errors about the query’s shape alone', async () => {
    const [error] = await errorsOf('{ things(colour: RED) }');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions?.argumentName).toBeUndefined();
    expect(error.message).not.toMatch(/^Invalid value for/);
  });

  it('keeps a resolver’s own bad-input error as it was', async () => {
    const [error] = await errorsOf('{ refuse }');
    expect(error.message).toBe('Invalid value for "input.title": must not be empty');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.title' });
  });

  it('changes nothing of a response without errors', async () => {
    const response = await server.executeOperation({ query: '{ things(filter: { kinds: [COMPANY] }) }' });
    expect(response.body.kind === 'single' && response.body.singleResult).toMatchObject({ data: { things: ['ok'] } });
  });
});
