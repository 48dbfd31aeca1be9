import { bearer, code, gql, type Case, type CorpusContext } from './corpusKit';

/**
 * Variable-sized lists: sizes hidden in variables, variable defaults and argument
 * defaults, unpaginated lists nested in each other, fragments carrying variables,
 * aliases multiplying a list. Every one is refused as QUERY_TOO_COMPLEX before a
 * subgraph is asked.
 */
const tooComplex = code('QUERY_TOO_COMPLEX');

/** `levels` levels of agreements → parties → institution, each page sized by `size` (a literal, `$n` or nothing). */
function nestedAgreements(levels: number, size: string): string {
  const page = size ? `(first: ${size})` : '';
  let inner = `agreements${page} { nodes { id } }`;
  for (let level = 1; level < levels; level++)
    inner = `agreements${page} { nodes { parties { institution { ${inner} } } } }`;
  return inner;
}

export function cases({ tokens }: CorpusContext): Case[] {
  const cases: Case[] = [];
  const add = (name: string, send: Case['send']) =>
    cases.push({ category: 'variable-sized lists', name, send, expect: tooComplex });

  for (const n of [100, 60, 1_000, 2_147_483_647]) {
    add(`three levels of first: $n with n=${n}`, gql(`query($n: Int) { ${nestedAgreements(3, '$n')} }`, { n }));
  }
  add('three levels of first: $n, n required', gql(`query($n: Int!) { ${nestedAgreements(3, '$n')} }`, { n: 100 }));
  add('four levels of first: $n with n=10', gql(`query($n: Int) { ${nestedAgreements(4, '$n')} }`, { n: 10 }));
  add(
    'three levels, variable default 100, no variables sent',
    gql(`query($n: Int = 100) { ${nestedAgreements(3, '$n')} }`),
  );
  add(
    'three levels, variable default 100, empty variables',
    gql(`query($n: Int = 100) { ${nestedAgreements(3, '$n')} }`, {}),
  );
  add(
    'three levels, argument default (20), variable missing',
    gql(`query($n: Int) { ${nestedAgreements(3, '$n')} }`, {}),
  );
  add('three levels, argument default (20), no first at all', gql(`{ ${nestedAgreements(3, '')} }`));
  add('three levels, first: $n with n=null', gql(`query($n: Int) { ${nestedAgreements(3, '$n')} }`, { n: null }));
  add(
    'three levels with an analyst token, n=100',
    gql(`query($n: Int) { ${nestedAgreements(3, '$n')} }`, { n: 100 }, bearer(tokens.analyst)),
  );
  add(
    'three levels with a viewer token, defaults',
    gql(`{ ${nestedAgreements(3, '')} }`, undefined, bearer(tokens.viewer)),
  );
  add(
    'three levels in two fragments carrying $n',
    gql(
      `query($n: Int!) { agreements(first: $n) { ...Page } }
       fragment Page on AgreementConnection { nodes { parties { institution { ...Deeper } } } }
       fragment Deeper on Institution { agreements(first: $n) { nodes { parties { institution { agreements(first: $n) { nodes { id } } } } } } }`,
      { n: 100 },
    ),
  );
  add(
    'one fragment spread at two levels, sized by $n',
    gql(
      `query($n: Int) { institutions(first: $n) { nodes { ...Deals } } }
       fragment Deals on Institution { agreements(first: $n) { nodes { parties { institution { agreements(first: $n) { nodes { parties { institution { id } } } } } } } } }`,
      { n: 100 },
    ),
  );
  add(
    'inline fragments with @include($yes) around $n-sized lists',
    gql(
      `query($n: Int, $yes: Boolean!) { agreements(first: $n) { nodes { ... @include(if: $yes) { parties { institution { ... on Institution { ${nestedAgreements(2, '$n')} } } } } } } }`,
      { n: 100, yes: true },
    ),
  );
  add(
    'thirty aliases of a $n-sized list',
    gql(
      `query($n: Int) { ${Array.from({ length: 30 }, (_, i) => `a${i}: agreements(first: $n) { nodes { parties { institution { units { id } } } } }`).join(' ')} }`,
      { n: 100 },
    ),
  );
  // Lists without first: their @listSize, not 1, counts.
  add(
    'partners of partners of partners',
    gql(
      '{ institutions(first: 100) { nodes { partners { institution { partners { institution { partners { institution { id } } } } } } } } }',
    ),
  );
  add(
    'members of members of members',
    gql(
      '{ institutions(first: 100) { nodes { members { member { members { member { members { member { id } } } } } } } } }',
    ),
  );
  add(
    'signed agreements of every party',
    gql(
      '{ people(first: 100) { nodes { signedAgreements { parties { institution { partners { institution { units { id } } } } } } } } }',
    ),
  );
  add(
    'internship programmes of every unit',
    gql(
      '{ institutions(first: 100) { nodes { units { internshipPrograms { universities { units { thesisPrograms { id } } } } } } } }',
    ),
  );
  add(
    'event participants of participants',
    gql(
      '{ events(first: 100) { nodes { participants { events(first: 100) { nodes { participants { positions { id } } } } } } } }',
    ),
  );
  add(
    'partnership network nodes with their partners',
    gql('{ partnershipNetwork { nodes { partners { institution { partners { institution { id } } } } } } }'),
  );
  add(
    'unpaginated lists inside a fragment with a variable page',
    gql(
      `query($n: Int) { institutions(first: $n) { nodes { ...Around } } }
       fragment Around on Institution { partners { institution { members { member { partners { institution { id } } } } } } }`,
      { n: 100 },
    ),
  );
  return cases;
}
