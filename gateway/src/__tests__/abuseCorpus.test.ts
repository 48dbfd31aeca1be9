import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { mintToken, repositoryRoot, SUBGRAPH_SECRET_HEADER } from '@partnership-graph/shared';
import { startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';

/**
 * The OWASP GraphQL attack list as a corpus of requests against the gateway in
 * production mode. Every case must end with a clear refusal or a harmless answer:
 * no HTTP 5xx, nothing leaked (no stack, SQL, file path or internal detail), and no
 * write. The figures are printed.
 */
const secrets = {
  NODE_ENV: 'production',
  JWT_SECRET: 'corpus-test-jwt-secret-0123456789abcdef0123456789',
  SUBGRAPH_SECRET: 'corpus-test-subgraph-secret-0123456789abcdef012345',
};
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const apiSchema = buildSchema(fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8'));

interface Case {
  category: string;
  name: string;
  /** Sends the request; returns status and body text. */
  send: (stack: Stack) => Promise<{ status: number; text: string }>;
  /** What a correct refusal looks like (checked besides "no 5xx, no leak"). */
  expect?: (status: number, text: string) => boolean;
}

const leakPatterns = [
  /\n\s+at [\w.<>]+ \(/, // stack frames
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/,
  /sqlite|mysql|mariadb|\bER_[A-Z_]+|QueryFailedError|TypeORM/i,
  /\/work\/|node_modules|\.ts:\d+/,
  /ECONNREFUSED|127\.0\.0\.1:\d{4,5}/,
  /Did you mean/,
];

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, text: await response.text() };
}
const gql = (query: string, variables?: unknown, headers?: Record<string, string>) => (stack: Stack) =>
  post(stack.gatewayUrl, JSON.stringify({ query, variables }), headers);
const code = (expected: string) => (_status: number, text: string) => text.includes(`"code":"${expected}"`);

/** Every root query field with a String or ID argument, with a selection that type-checks. */
function stringArgumentTargets(): Array<{ field: string; arg: string; selection: string; list: boolean }> {
  const targets: Array<{ field: string; arg: string; selection: string; list: boolean }> = [];
  const query = apiSchema.getQueryType();
  for (const field of Object.values(query?.getFields() ?? {}) as Array<GraphQLField<unknown, unknown>>) {
    const type = getNamedType(field.type);
    const selection = isObjectType(type) ? ('id' in type.getFields() ? '{ id }' : '{ __typename }') : '';
    for (const arg of field.args) {
      const argType = getNamedType(arg.type).name;
      if (argType === 'String' || argType === 'ID') targets.push({ field: field.name, arg: arg.name, selection, list: false });
      const input = getNamedType(arg.type);
      if ('getFields' in input && !isObjectType(input)) {
        for (const inner of Object.values(input.getFields())) {
          const innerType = getNamedType(inner.type).name;
          if (innerType === 'String' || innerType === 'ID') {
            targets.push({ field: field.name, arg: `${arg.name}.${inner.name}`, selection, list: inner.type.toString().startsWith('[') });
          }
        }
      }
    }
  }
  return targets;
}

function buildCorpus(tokens: Record<string, string>, ids: { studentId: string }): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);

  // Batching: JSON arrays of operations.
  for (const size of [2, 10, 100, 1000]) {
    add({
      category: 'batching',
      name: `JSON batch of ${size}`,
      send: (s) => post(s.gatewayUrl, JSON.stringify(Array.from({ length: size }, () => ({ query: '{ __typename }' })))),
      expect: (status) => status === 400,
    });
  }
  // Alias floods.
  for (const n of [31, 50, 100, 500, 2000]) {
    add({
      category: 'alias flood',
      name: `${n} aliases`,
      send: gql(`{ ${Array.from({ length: n }, (_, i) => `a${i}: institutions { totalCount }`).join(' ')} }`),
      expect: (status, text) => text.includes('QUERY_TOO_COMPLEX') || text.includes('BAD_USER_INPUT') || status === 400,
    });
  }
  // Deep nesting.
  for (const depth of [13, 20, 50, 200]) {
    const open = Array.from({ length: depth }, () => 'parent {').join(' ');
    add({
      category: 'deep nesting',
      name: `depth ${depth}`,
      send: gql(`{ institution(id: "aztu") { ${open} id ${'}'.repeat(depth)} } }`),
      expect: (status, text) => text.includes('QUERY_TOO_COMPLEX') || status === 400,
    });
  }
  // Fragment cycles and fragment bombs.
  add({
    category: 'fragments',
    name: 'fragment cycle',
    send: gql('query { institution(id: "aztu") { ...A } } fragment A on Institution { parent { ...B } } fragment B on Institution { parent { ...A } }'),
    expect: (status) => status === 400,
  });
  add({
    category: 'fragments',
    name: 'self-referencing fragment',
    send: gql('query { institution(id: "aztu") { ...A } } fragment A on Institution { units { ...A } }'),
    expect: (status) => status === 400,
  });
  for (const width of [10, 20]) {
    const fragments = Array.from({ length: 8 }, (_, level) =>
      `fragment F${level} on Institution { ${Array.from({ length: width }, (_, i) => `x${i}: ${level === 7 ? 'id' : `units { ...F${level + 1} }`}`).join(' ')} }`,
    ).join(' ');
    add({
      category: 'fragments',
      name: `fragment bomb ${width}^8`,
      send: gql(`query { institution(id: "aztu") { ...F0 } } ${fragments}`),
      expect: (status, text) => text.includes('QUERY_TOO_COMPLEX') || status === 400,
    });
  }
  // Directive and token floods.
  add({
    category: 'directives',
    name: '500 @include directives',
    send: gql(`{ institutions ${Array.from({ length: 500 }, () => '@include(if: true)').join(' ')} { totalCount } }`),
    expect: (status, text) => text.includes('QUERY_TOO_COMPLEX') || status === 400,
  });
  add({
    category: 'tokens',
    name: '20,000 tokens',
    send: gql(`{ ${Array.from({ length: 5000 }, () => '__typename').join(' ')} }`),
    expect: (status, text) => text.includes('QUERY_TOO_COMPLEX') || status === 400,
  });
  // Introspection and suggestions in production.
  for (const query of [
    '{ __schema { types { name } } }',
    '{ __type(name: "Institution") { fields { name } } }',
    'query { a: __schema { queryType { name } } }',
  ]) {
    add({ category: 'introspection', name: query, send: gql(query), expect: (status) => status === 400 });
  }
  for (const query of ['{ institutionz { totalCount } }', '{ institutions { nodez { id } } }', '{ institution(idd: "aztu") { id } }']) {
    add({ category: 'suggestions', name: query, send: gql(query), expect: (status, text) => status === 400 && !/Did you mean/.test(text) });
  }
  // SQL and other metacharacters in every string argument of every root field.
  const payloads = ["' OR '1'='1", '"; DROP TABLE institutions; --', "aztu' --", '%', '_', '\\', '\u0000', '${7*7}', '<script>alert(1)</script>', 'ə'.repeat(300)];
  for (const target of stringArgumentTargets()) {
    for (const payload of payloads) {
      const [argName, inner] = target.arg.split('.');
      const value = inner ? `{ ${inner}: ${target.list ? '[$v]' : '$v'} }` : '$v';
      const varType = target.arg.endsWith('id') || target.arg.endsWith('Id') || /Ids$/.test(target.arg) ? 'ID!' : 'String!';
      add({
        category: 'injection',
        name: `${target.field}(${target.arg}) ← ${JSON.stringify(payload).slice(0, 30)}`,
        send: gql(`query($v: ${varType}) { ${target.field}(${argName}: ${value}) ${target.selection} }`, { v: payload }),
      });
    }
  }
  // Oversized bodies.
  for (const size of [1_100_000, 5_000_000]) {
    add({
      category: 'oversized body',
      name: `${size} bytes`,
      send: (s) => post(s.gatewayUrl, JSON.stringify({ query: `{ __typename } #${'x'.repeat(size)}` })),
      expect: (status) => status === 413,
    });
  }
  // CSRF: state-changing GETs and simple requests without a preflight header.
  add({
    category: 'csrf',
    name: 'GET mutation without the CSRF header',
    send: async (s) => {
      const url = `${s.gatewayUrl}?query=${encodeURIComponent('mutation { createEvent(input: { title: "x", kind: FORUM }) { id } }')}`;
      const response = await fetch(url);
      return { status: response.status, text: await response.text() };
    },
    expect: (status) => status === 400,
  });
  add({
    category: 'csrf',
    name: 'GET mutation with the preflight header',
    send: async (s) => {
      const url = `${s.gatewayUrl}?query=${encodeURIComponent('mutation { createEvent(input: { title: "x", kind: FORUM }) { id } }')}`;
      const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${tokens.editorAgreements}` } });
      return { status: response.status, text: await response.text() };
    },
    expect: (status) => status === 405 || status === 400,
  });
  add({
    category: 'csrf',
    name: 'form-encoded POST',
    send: async (s) => {
      const response = await fetch(s.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=%7B__typename%7D',
      });
      return { status: response.status, text: await response.text() };
    },
    expect: (status) => status === 400 || status === 415,
  });
  // Going around the gateway.
  for (const subgraph of ['institutions', 'agreements', 'talent']) {
    for (const [label, headers] of [
      ['no secret', {}],
      ['a wrong secret', { [SUBGRAPH_SECRET_HEADER]: 'guess' }],
      ['the development secret', { [SUBGRAPH_SECRET_HEADER]: 'local-development-only-subgraph-secret-not-for-production' }],
    ] as const) {
      for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Institution", id: "aztu" }]) { __typename } }']) {
        add({
          category: 'around the gateway',
          name: `${subgraph} with ${label}: ${query.slice(0, 20)}`,
          send: (s) => post(s.subgraphUrls[subgraph], JSON.stringify({ query }), headers),
          expect: (status) => status === 403,
        });
      }
    }
  }
  // Tokens: expired, forged, malformed, wrong algorithm.
  const tokenCases: Array<[string, string]> = [
    ['expired', tokens.expired],
    ['signed with another secret', tokens.forged],
    ['not a JWT', 'not-a-token'],
    ['alg none', `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["admin"],"exp":9999999999}').toString('base64url')}.`],
    ['tampered payload', tokens.editorAgreements.replace(/\.[^.]+\./, `.${Buffer.from('{"sub":"x","roles":["admin"],"exp":9999999999}').toString('base64url')}.`)],
  ];
  for (const [label, token] of tokenCases) {
    add({
      category: 'tokens',
      name: label,
      send: gql('{ institutions { totalCount } }', undefined, { authorization: `Bearer ${token}` }),
      expect: (status, text) => status === 401 && text.includes('UNAUTHENTICATED'),
    });
  }
  // Writes without the right to write.
  const writes = [
    'mutation { createAgreement(input: { title: "Injected", kind: MEMORANDUM_OF_UNDERSTANDING, parties: [{ institutionId: "aztu" }] }) { id } }',
    'mutation { createEvent(input: { title: "Injected", kind: FORUM }) { id } }',
    'mutation { createInternshipProgram(input: { title: "Injected", levels: [BACHELOR] }) { id } }',
    'mutation { transitionAgreement(id: "mou-bsu-bayraktar-2025", expectedVersion: 1, to: TERMINATED) { id } }',
  ];
  for (const [who, token] of [
    ['anonymous', null],
    ['viewer', tokens.viewer],
    ['analyst', tokens.analyst],
    ['a registrar', tokens.registrarBsu],
    ['the other subgraph\'s editor', tokens.editorInstitutions],
  ] as const) {
    for (const mutation of writes) {
      add({
        category: 'unauthorised writes',
        name: `${who}: ${mutation.slice(11, 45)}`,
        send: gql(mutation, undefined, token ? { authorization: `Bearer ${token}` } : {}),
        expect: (_status, text) => /"code":"(UNAUTHENTICATED|FORBIDDEN)"/.test(text),
      });
    }
  }
  // Someone else's students (IDOR).
  for (const [who, token] of [
    ['anonymous', null],
    ['another university\'s registrar', tokens.registrarBsu],
    ['an analyst', tokens.analyst],
    ['an editor', tokens.editorTalent],
  ] as const) {
    add({
      category: 'personal data',
      name: `${who} reads a student`,
      send: gql(`{ student(id: "${ids.studentId}") { id name email } }`, undefined, token ? { authorization: `Bearer ${token}` } : {}),
      expect: (_status, text) => !text.includes('Corpus Student') && !text.includes('corpus.student@'),
    });
  }
  return cases;
}

describe('abuse corpus against the gateway in production mode', () => {
  let stack: Stack;
  let tokens: Record<string, string>;
  let studentId: string;

  async function counts(): Promise<string> {
    const { text } = await gql('{ agreements { totalCount } events { totalCount } internshipPrograms { totalCount } }', undefined, {
      authorization: `Bearer ${tokens.admin}`,
    })(stack);
    return text;
  }

  beforeAll(async () => {
    stack = await startStack({ subgraphs: subgraphsOf(supergraph), database: 'sqlite', gatewayEnv: secrets, subgraphEnv: secrets });
    const mint = (roles: string[], institutionId?: string, exp: string | number = '1h') =>
      mintToken(secrets.JWT_SECRET, { sub: `corpus-${roles.join('-') || 'none'}`, roles: roles as never, institutionId }, exp);
    tokens = {
      admin: await mint(['admin']),
      viewer: await mint(['viewer']),
      analyst: await mint(['analyst']),
      editorAgreements: await mint(['editor:agreements']),
      editorInstitutions: await mint(['editor:institutions']),
      editorTalent: await mint(['editor:talent']),
      registrarBsu: await mint(['registrar'], 'bsu'),
      registrarAztu: await mint(['registrar'], 'aztu'),
      expired: await mint(['admin'], undefined, Math.floor(Date.now() / 1000) - 60),
      forged: await mintToken('another-secret-that-is-long-enough-to-sign-0123456789', { sub: 'x', roles: ['admin'] }),
    };
    // An AzTU student, enrolled by an admin, whose personal data the corpus tries to read.
    const admin = { authorization: `Bearer ${tokens.admin}` };
    const program = await gql(
      'mutation { createInternshipProgram(input: { title: "Corpus programme", levels: [BACHELOR], universityIds: ["aztu"], seats: 5, status: OPEN }) { id } }',
      undefined,
      admin,
    )(stack);
    const programId = JSON.parse(program.text).data.createInternshipProgram.id;
    const enrolled = await gql(
      `mutation { enrollInInternshipProgram(input: { programId: "${programId}", level: BACHELOR, student: { name: "Corpus Student", email: "corpus.student@example.org", universityId: "aztu" } }) { student { id } } }`,
      undefined,
      admin,
    )(stack);
    studentId = JSON.parse(enrolled.text).data.enrollInInternshipProgram.student.id;
  }, 180_000);
  afterAll(() => stack?.stop());

  it('refuses every abusive request cleanly: no 5xx, no leak, no write', async () => {
    const before = await counts();
    const corpus = buildCorpus(tokens, { studentId });
    const failures: string[] = [];
    const tally = { cases: corpus.length, serverErrors: 0, leaks: 0, unexpected: 0 };
    const byCategory = new Map<string, number>();
    for (const c of corpus) {
      byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
      const { status, text } = await c.send(stack);
      if (status >= 500) {
        tally.serverErrors += 1;
        failures.push(`${c.category} / ${c.name}: HTTP ${status} ${text.slice(0, 200)}`);
      }
      const leak = leakPatterns.find((p) => p.test(text));
      if (leak) {
        tally.leaks += 1;
        failures.push(`${c.category} / ${c.name}: leaks ${leak} in ${text.slice(0, 300)}`);
      }
      if (c.expect && !c.expect(status, text)) {
        tally.unexpected += 1;
        failures.push(`${c.category} / ${c.name}: unexpected answer HTTP ${status} ${text.slice(0, 300)}`);
      }
    }
    const after = await counts();
    const writes = before === after ? 0 : 1;
    console.log(
      `abuse corpus: ${tally.cases} requests (${[...byCategory].map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
        `${tally.serverErrors} HTTP 5xx, ${tally.leaks} leaks, ${writes} writes, ${tally.unexpected} unexpected answers`,
    );
    expect(tally.cases).toBeGreaterThanOrEqual(200);
    expect(failures).toEqual([]);
    expect(after).toBe(before);
  });

  it('still shows the student to the registrar of their own university and to an admin', async () => {
    for (const token of [tokens.registrarAztu, tokens.admin]) {
      const { text } = await gql(`{ student(id: "${studentId}") { name } }`, undefined, { authorization: `Bearer ${token}` })(stack);
      expect(JSON.parse(text).data.student.name).toBe('Corpus Student');
    }
  });
});
