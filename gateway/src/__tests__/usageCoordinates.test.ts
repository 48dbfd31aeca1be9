import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { documentCoordinates, variableCoordinates } from '../usage/schemaCoordinates';

const schema = buildSchema(`
  interface Node { id: ID! }
  enum Kind { MEMORANDUM CONTRACT }
  input Range { from: String to: String }
  input Filter { kinds: [Kind!] range: Range search: String }
  type Agreement implements Node { id: ID! title(lang: String): String kind: Kind parties: [Party!]! }
  type Party implements Node { id: ID! name: String }
  type Query {
    agreements(filter: Filter, first: Int): [Agreement!]!
    node(id: ID!): Node
    unused: String
  }
`);

const coordinatesOf = (text: string, name: string | null = null) => [...documentCoordinates(schema, parse(text), name)];

describe('schema coordinates an operation uses', () => {
  it('names fields on the type or interface they are selected on, and arguments as Type.field(arg:)', () => {
    expect(
      coordinatesOf(`query Q($lang: String) {
        agreements(first: 5) { __typename title(lang: $lang) ...Parties }
        node(id: "1") { id ... on Party { name } }
      }
      fragment Parties on Agreement { parties { id } }`).sort(),
    ).toEqual(
      [
        'Agreement.parties',
        'Agreement.title',
        'Agreement.title(lang:)',
        'Node.id',
        'Party.id',
        'Party.name',
        'Query.agreements',
        'Query.agreements(first:)',
        'Query.node',
        'Query.node(id:)',
      ].sort(),
    );
  });

  it('names input fields and enum values written in the document, not directive arguments or introspection', () => {
    expect(
      coordinatesOf(
        '{ agreements(filter: { kinds: [CONTRACT], range: { from: "2024" } }) { kind @include(if: true) } __schema { queryType { name } } }',
      ).sort(),
    ).toEqual(
      [
        'Agreement.kind',
        'Filter.kinds',
        'Filter.range',
        'Kind.CONTRACT',
        'Query.agreements',
        'Query.agreements(filter:)',
        'Range.from',
      ].sort(),
    );
  });

  it('reads only the operation run', () => {
    const document = 'query A { unused } query B { node(id: "x") { id } }';
    expect(coordinatesOf(document, 'A')).toEqual(['Query.unused']);
    expect(coordinatesOf(document, 'B')).not.toContain('Query.unused');
    expect(coordinatesOf(document, 'C')).toEqual([]);
  });

  it('names the enum values and input fields a request sends in its variables, within a bound', () => {
    const document = parse('query Q($filter: Filter, $kinds: [Kind!]) { agreements(filter: $filter) { id } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(
      [
        ...variableCoordinates(schema, operation, {
          filter: { kinds: ['MEMORANDUM'], range: { to: '2025' }, nonsense: 1 },
          kinds: 'CONTRACT',
        }),
      ].sort(),
    ).toEqual(['Filter.kinds', 'Filter.range', 'Kind.CONTRACT', 'Kind.MEMORANDUM', 'Range.to']);
    expect([...variableCoordinates(schema, operation, undefined)]).toEqual([]);
    // A huge list is read only so far: the rest costs nothing.
    const many = new Array(100_000).fill('MEMORANDUM');
    many.push('CONTRACT');
    expect([...variableCoordinates(schema, operation, { kinds: many })]).toEqual(['Kind.MEMORANDUM']);
  });
});
