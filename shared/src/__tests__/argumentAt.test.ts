import { parse } from 'graphql';
import { argumentAt, literalValueErrorPattern } from '../graphql/argumentAt';

/** Where in a query a refused literal sits, as the argument path clients see in `extensions.argumentName`. */
describe('argumentAt', () => {
  const query = [
    'query {',
    '  agreements(first: 5, filter: { kinds: [BAD], period: { from: "2025" } }) {',
    '    nodes { id events(first: 2) { nodes { id } } }',
    '  }',
    '}',
  ].join('\n');
  const document = parse(query);
  /** The 1-based line and column of the first occurrence of `text`. */
  const at = (text: string, nth = 0): [number, number] => {
    const lines = query.split('\n');
    let seen = 0;
    for (let i = 0; i < lines.length; i++) {
      let from = 0;
      for (;;) {
        const column = lines[i].indexOf(text, from);
        if (column < 0) break;
        if (seen++ === nth) return [i + 1, column + 1];
        from = column + 1;
      }
    }
    throw new Error(`"${text}" is not in the query`);
  };

  it('names a top-level argument', () => {
    expect(argumentAt(document, ...at('5'))).toBe('first');
  });

  it('names the path through input objects, down to the innermost field', () => {
    expect(argumentAt(document, ...at('BAD'))).toBe('filter.kinds');
    expect(argumentAt(document, ...at('"2025"'))).toBe('filter.period.from');
  });

  it('names the enclosing object where the position is between its fields', () => {
    expect(argumentAt(document, ...at('{ kinds'))).toBe('filter');
  });

  it('names an argument of a nested field by its own name', () => {
    expect(argumentAt(document, ...at('2)'))).toBe('first');
  });

  it('answers null outside every argument', () => {
    expect(argumentAt(document, ...at('agreements'))).toBeNull();
    expect(argumentAt(document, ...at('nodes'))).toBeNull();
    expect(argumentAt(document, 99, 1)).toBeNull();
  });
});

describe('literalValueErrorPattern', () => {
  it('matches graphql-js messages about a literal value', () => {
    for (const message of [
      'Value "BAD" does not exist in "AgreementKind" enum.',
      'Enum "AgreementKind" cannot represent non-enum value: "x".',
      'Expected value of type "Int!", found "five".',
      'Int cannot represent non-integer value: 2.5',
      'String cannot represent a non string value: 5',
      'Field "from" of required type "Date!" was not provided.',
      'Field "colour" is not defined by type "AgreementFilter".',
      'Date must be an ISO date YYYY-MM-DD (or YYYY-MM, YYYY when only that is known); got "x"',
    ]) {
      expect(message).toMatch(literalValueErrorPattern);
    }
  });

  it('does not match errors about the query’s shape', () => {
    for (const message of [
      'Cannot query field "colour" on type "Agreement".',
      'Unknown argument "colour" on field "Query.agreements".',
      'Syntax Error: Expected Name, found "}".',
    ]) {
      expect(message).not.toMatch(literalValueErrorPattern);
    }
  });
});
