import { code, gql, type Case } from './corpusKit';

/**
 * Unbounded graph walks and statistics: the whole network, bounds past their maximum
 * (as literals and as variables), negative bounds, chains towards institutions with no
 * agreements, statistics with more buckets than allowed, aliases and nesting that
 * multiply them. Each must end with a bounded answer (within the documented maxima:
 * 500 nodes, 2,000 edges, 20 agreements per edge, chains of 6, 1,000 buckets) or a
 * refusal (QUERY_TOO_COMPLEX, LIMIT_REACHED, BAD_USER_INPUT).
 */
const MAX_INT = 2_147_483_647;

type Data = Record<string, unknown>;
type Network = { nodes: unknown[]; edges: Array<{ agreementIds?: unknown[]; agreements?: unknown[] }> };

function body(text: string): { data?: Data | null; errors?: Array<{ extensions?: { code?: string } }> } {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** An error-free answer whose data passes `check`. */
const answered = (check: (data: Data) => boolean) => (status: number, text: string) => {
  const parsed = body(text);
  return status === 200 && !parsed.errors && !!parsed.data && check(parsed.data);
};

/** A refusal by the cost limit or a walk's bound, or an answer within the bounds. */
const boundedOrRefused = (check: (data: Data) => boolean) => (status: number, text: string) =>
  code('QUERY_TOO_COMPLEX')(status, text) || code('LIMIT_REACHED')(status, text) || answered(check)(status, text);

const networkWithinBounds = (network: unknown) => {
  const n = network as Network;
  return (
    Array.isArray(n?.nodes) &&
    n.nodes.length <= 500 &&
    Array.isArray(n.edges) &&
    n.edges.length <= 2000 &&
    n.edges.every((e) => (e.agreementIds ?? []).length <= 20 && (e.agreements ?? []).length <= 20)
  );
};
const everyValue = (check: (value: unknown) => boolean) => (data: Data) => Object.values(data).every(check);
const pathWithinBounds = (path: unknown) =>
  path === null || ((path as { length: number }).length <= 6 && (path as { length: number }).length >= 0);
const bucketsWithinBounds = (buckets: unknown) => Array.isArray(buckets) && buckets.length <= 1000;

const fullNetwork = `nodes { id name country kind } edges { source { id name } target { id name } weight firstSignedOn lastSignedOn agreementIds agreements { id title parties { institution { id name } } } } totalNodes totalEdges truncated`;
const groupings = ['YEAR', 'KIND', 'STATUS', 'AREA', 'PARTY_ROLE', 'PARTY_COUNTRY', 'PARTY_KIND'];
const talentGroupings = ['PIPELINE', 'STATUS', 'LEVEL', 'YEAR', 'HOST'];
const institutions = [
  'aztu',
  'bsu',
  'asoiu',
  'azerishiq',
  'bayraktar-technology-azerbaijan',
  'innovation-center-sapssi',
  'khazar-university',
  'tubitak',
];

export function cases(): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);

  // The whole network, as in the issue: no filter, everything selected.
  add({
    category: 'unbounded walk',
    name: 'partnershipNetwork with no filter and every field',
    send: gql(`{ partnershipNetwork { ${fullNetwork} } }`),
    expect: boundedOrRefused((d) => networkWithinBounds(d.partnershipNetwork)),
  });
  add({
    category: 'unbounded walk',
    name: 'partnershipNetwork nodes and edges only',
    send: gql('{ partnershipNetwork { nodes { id } edges { source { id } target { id } } } }'),
    expect: boundedOrRefused((d) => networkWithinBounds(d.partnershipNetwork)),
  });
  // Bounds past their maximum, as literals and as variables.
  for (const n of [501, 100_000, MAX_INT]) {
    add({
      category: 'unbounded walk',
      name: `partnershipNetwork(maxNodes: ${n}, maxEdges: ${n}) literal`,
      send: gql(
        `{ partnershipNetwork(maxNodes: ${n}, maxEdges: ${n}) { nodes { id } edges { weight agreementIds } totalNodes truncated } }`,
      ),
      expect: boundedOrRefused((d) => networkWithinBounds(d.partnershipNetwork)),
    });
    add({
      category: 'unbounded walk',
      name: `partnershipNetwork(maxNodes: $n, maxEdges: $n) with n = ${n}`,
      send: gql(
        'query($n: Int) { partnershipNetwork(maxNodes: $n, maxEdges: $n) { nodes { id } edges { weight agreementIds } totalEdges truncated } }',
        { n },
      ),
      expect: boundedOrRefused((d) => networkWithinBounds(d.partnershipNetwork)),
    });
  }
  for (const argument of ['maxNodes', 'maxEdges']) {
    add({
      category: 'unbounded walk',
      name: `partnershipNetwork(${argument}: -1)`,
      send: gql(`query($n: Int) { partnershipNetwork(${argument}: $n) { totalNodes } }`, { n: -1 }),
      expect: code('BAD_USER_INPUT'),
    });
  }
  // Multiplied by aliases, and nested into unpaginated lists and variable-sized pages.
  for (const n of [5, 30]) {
    add({
      category: 'unbounded walk',
      name: `${n} aliased partnershipNetworks with every field`,
      send: gql(
        `{ ${Array.from({ length: n }, (_, i) => `n${i}: partnershipNetwork(filter: { signedTo: "${2000 + i}" }) { ${fullNetwork} }`).join(' ')} }`,
      ),
      expect: boundedOrRefused(everyValue(networkWithinBounds)),
    });
  }
  add({
    category: 'unbounded walk',
    name: 'partnershipNetwork nodes → partners → institution → agreements(first: $n) → parties',
    send: gql(
      'query($n: Int) { partnershipNetwork { nodes { partners { institution { agreements(first: $n) { nodes { parties { institution { partners { institution { id } } } } } } } } } } }',
      { n: 100 },
    ),
    expect: boundedOrRefused((d) => networkWithinBounds({ nodes: (d.partnershipNetwork as Network).nodes, edges: [] })),
  });

  // Chains: the longest allowed, past it, towards an institution with no agreements, many at once.
  for (const depth of [7, 1000, MAX_INT]) {
    add({
      category: 'unbounded walk',
      name: `partnershipPath(maxDepth: ${depth})`,
      send: gql(
        'query($d: Int) { partnershipPath(from: "aztu", to: "innovation-center-sapssi", maxDepth: $d) { length institutions { id } agreements { id } } }',
        { d: depth },
      ),
      expect: boundedOrRefused((d) => pathWithinBounds(d.partnershipPath)),
    });
  }
  add({
    category: 'unbounded walk',
    name: 'partnershipPath(maxDepth: -1)',
    send: gql('{ partnershipPath(from: "aztu", to: "bsu", maxDepth: -1) { length } }'),
    expect: code('BAD_USER_INPUT'),
  });
  add({
    category: 'unbounded walk',
    name: 'partnershipPath towards an institution that is a party to no agreement',
    send: gql('{ partnershipPath(from: "bsu", to: "khazar-university") { length institutions { id } } }'),
    expect: answered((d) => d.partnershipPath === null),
  });
  add({
    category: 'unbounded walk',
    name: 'partnershipPath from and to institutions that do not exist',
    send: gql('{ partnershipPath(from: "no-such-institution-1", to: "no-such-institution-2") { length } }'),
    expect: code('BAD_USER_INPUT'),
  });
  const pairs = institutions.flatMap((from) =>
    institutions.filter((to) => to !== from).map((to) => [from, to] as const),
  );
  add({
    category: 'unbounded walk',
    name: `${pairs.length} aliased partnershipPaths between every pair`,
    send: gql(
      `{ ${pairs.map(([from, to], i) => `p${i}: partnershipPath(from: "${from}", to: "${to}") { length institutions { id partners { institution { id } } } agreements { id } }`).join(' ')} }`,
    ),
    expect: boundedOrRefused(everyValue(pathWithinBounds)),
  });

  // Statistics: every grouping with a bound past the maximum, none left to spend, many at once.
  /** Each of `groupings` of the statistic `field`, asked for MAX_INT buckets through `$g` and `$m`. */
  const everyGroupingPastMaximum = (
    field: string,
    query: string,
    groupings: string[],
    name: (groupBy: string) => string,
  ) => {
    for (const groupBy of groupings)
      add({
        category: 'unbounded statistic',
        name: name(groupBy),
        send: gql(query, { g: groupBy, m: MAX_INT }),
        expect: boundedOrRefused((d) => bucketsWithinBounds(d[field])),
      });
  };
  everyGroupingPastMaximum(
    'agreementStats',
    'query($g: AgreementStatsGroupBy!, $m: Int) { agreementStats(groupBy: $g, maxBuckets: $m) { key label count } }',
    groupings,
    (groupBy) => `agreementStats(groupBy: ${groupBy}, maxBuckets: ${MAX_INT})`,
  );
  add({
    category: 'unbounded statistic',
    name: 'agreementStats(groupBy: KIND, maxBuckets: 0)',
    send: gql('{ agreementStats(groupBy: KIND, maxBuckets: 0) { key count } }'),
    expect: code('LIMIT_REACHED'),
  });
  everyGroupingPastMaximum(
    'talentStats',
    'query($g: TalentStatsGroupBy!, $m: Int) { talentStats(groupBy: $g, count: RECORDS, maxBuckets: $m) { key label count } }',
    talentGroupings,
    (groupBy) => `talentStats(groupBy: ${groupBy}, count: RECORDS, maxBuckets: $m) with m = ${MAX_INT}`,
  );
  add({
    category: 'unbounded statistic',
    name: 'talentStats(groupBy: HOST, maxBuckets: -5)',
    send: gql('{ talentStats(groupBy: HOST, maxBuckets: -5) { key } }'),
    expect: code('BAD_USER_INPUT'),
  });
  // A new filter per alias so that no cache answers: 30 party statistics, each asking the institutions subgraph.
  add({
    category: 'unbounded statistic',
    name: '30 aliased agreementStats by PARTY_KIND and PARTY_COUNTRY, each with its own filter',
    send: gql(
      `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: agreementStats(groupBy: ${i % 2 ? 'PARTY_KIND' : 'PARTY_COUNTRY'}, filter: { signedTo: "${1990 + i}" }) { key count }`).join(' ')} }`,
    ),
    expect: boundedOrRefused(everyValue(bucketsWithinBounds)),
  });
  add({
    category: 'unbounded statistic',
    name: 'agreementStats by AREA filtered on 51 areas',
    send: gql('query($a: [String!]) { agreementStats(groupBy: AREA, filter: { areas: $a }) { key count } }', {
      a: Array.from({ length: 51 }, (_, i) => `area ${i}`),
    }),
    expect: code('BAD_USER_INPUT'),
  });
  add({
    category: 'unbounded statistic',
    name: 'agreementStats and partnershipNetwork searching 10,000 characters',
    send: gql(
      'query($s: String) { agreementStats(groupBy: AREA, filter: { search: $s }) { key } partnershipNetwork(filter: { search: $s }) { totalNodes } }',
      { s: 'ə'.repeat(10_000) },
    ),
    expect: (status, text) => code('BAD_USER_INPUT')(status, text) || boundedOrRefused(() => true)(status, text),
  });
  return cases;
}
