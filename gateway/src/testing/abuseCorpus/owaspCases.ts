import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { repositoryRoot, SUBGRAPH_SECRET_HEADER, subgraphNames } from '@partnership-graph/shared';
import type { Stack } from '@partnership-graph/shared/testing';
import { gql, post, type Case, type CorpusContext } from './corpusKit';

/** The OWASP GraphQL attack list: batching, aliases, depth, fragments, introspection, injection, CSRF, tokens, unauthorised writes. */
const apiSchema = buildSchema(fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8'));

/** Every root query field with a String or ID argument, with a selection that type-checks. */
function stringArgumentTargets(): Array<{ field: string; arg: string; selection: string; list: boolean }> {
  const targets: Array<{ field: string; arg: string; selection: string; list: boolean }> = [];
  const query = apiSchema.getQueryType();
  for (const field of Object.values(query?.getFields() ?? {}) as Array<GraphQLField<unknown, unknown>>) {
    const type = getNamedType(field.type);
    const selection = isObjectType(type) ? ('id' in type.getFields() ? '{ id }' : '{ __typename }') : '';
    for (const arg of field.args) {
      const argType = getNamedType(arg.type).name;
      if (argType === 'String' || argType === 'ID')
        targets.push({ field: field.name, arg: arg.name, selection, list: false });
      const input = getNamedType(arg.type);
      if ('getFields' in input && !isObjectType(input)) {
        for (const inner of Object.values(input.getFields())) {
          const innerType = getNamedType(inner.type).name;
          if (innerType === 'String' || innerType === 'ID') {
            targets.push({
              field: field.name,
              arg: `${arg.name}.${inner.name}`,
              selection,
              list: inner.type.toString().startsWith('['),
            });
          }
        }
      }
    }
  }
  return targets;
}

/** A createEvent mutation sent as GET, with `headers`. */
const mutationByGet = (headers?: Record<string, string>) => async (s: Stack) => {
  const url = `${s.gatewayUrl}?query=${encodeURIComponent('mutation { createEvent(input: { title: "x", kind: FORUM }) { id } }')}`;
  const response = await fetch(url, { headers });
  return { status: response.status, text: await response.text() };
};

export function cases({ tokens, ids }: CorpusContext): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);

  // Batching: JSON arrays of operations.
  for (const size of [2, 10, 100, 1000]) {
    add({
      category: 'batching',
      name: `JSON batch of ${size}`,
      send: (s) =>
        post(s.gatewayUrl, JSON.stringify(Array.from({ length: size }, () => ({ query: '{ __typename }' })))),
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
    send: gql(
      'query { institution(id: "aztu") { ...A } } fragment A on Institution { parent { ...B } } fragment B on Institution { parent { ...A } }',
    ),
    expect: (status) => status === 400,
  });
  add({
    category: 'fragments',
    name: 'self-referencing fragment',
    send: gql('query { institution(id: "aztu") { ...A } } fragment A on Institution { units { ...A } }'),
    expect: (status) => status === 400,
  });
  for (const width of [10, 20]) {
    const fragments = Array.from(
      { length: 8 },
      (_, level) =>
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
  for (const query of [
    '{ institutionz { totalCount } }',
    '{ institutions { nodez { id } } }',
    '{ institution(idd: "aztu") { id } }',
  ]) {
    add({
      category: 'suggestions',
      name: query,
      send: gql(query),
      expect: (status, text) => status === 400 && !/Did you mean/.test(text),
    });
  }
  // SQL and other metacharacters in every string argument of every root field.
  const payloads = [
    "' OR '1'='1",
    '"; DROP TABLE institutions; --',
    "aztu' --",
    '%',
    '_',
    '\\',
    '\u0000',
    '${7*7}',
    '<script>alert(1)</script>',
    'ə'.repeat(300),
  ];
  for (const target of stringArgumentTargets()) {
    for (const payload of payloads) {
      const [argName, inner] = target.arg.split('.');
      const value = inner ? `{ ${inner}: ${target.list ? '[$v]' : '$v'} }` : '$v';
      const varType =
        target.arg.endsWith('id') || target.arg.endsWith('Id') || /Ids$/.test(target.arg) ? 'ID!' : 'String!';
      add({
        category: 'injection',
        name: `${target.field}(${target.arg}) ← ${JSON.stringify(payload).slice(0, 30)}`,
        send: gql(`query($v: ${varType}) { ${target.field}(${argName}: ${value}) ${target.selection} }`, {
          v: payload,
        }),
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
    send: mutationByGet(),
    expect: (status) => status === 400,
  });
  add({
    category: 'csrf',
    name: 'GET mutation with the preflight header',
    send: mutationByGet({ 'apollo-require-preflight': 'true', authorization: `Bearer ${tokens.editorAgreements}` }),
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
  for (const subgraph of subgraphNames) {
    for (const [label, headers] of [
      ['no secret', {}],
      ['a wrong secret', { [SUBGRAPH_SECRET_HEADER]: 'guess' }],
      [
        'the development secret',
        { [SUBGRAPH_SECRET_HEADER]: 'local-development-only-subgraph-secret-not-for-production' },
      ],
    ] as const) {
      for (const query of [
        '{ _service { sdl } }',
        '{ _entities(representations: [{ __typename: "Institution", id: "aztu" }]) { __typename } }',
      ]) {
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
    [
      'alg none',
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["admin"],"exp":9999999999}').toString('base64url')}.`,
    ],
    [
      'tampered payload',
      tokens.editorAgreements.replace(
        /\.[^.]+\./,
        `.${Buffer.from('{"sub":"x","roles":["admin"],"exp":9999999999}').toString('base64url')}.`,
      ),
    ],
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
    ["the other subgraph's editor", tokens.editorInstitutions],
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
    ["another university's registrar", tokens.registrarBsu],
    ['an analyst', tokens.analyst],
    ['an editor', tokens.editorTalent],
  ] as const) {
    add({
      category: 'personal data',
      name: `${who} reads a student`,
      send: gql(
        `{ student(id: "${ids.studentId}") { id name email } }`,
        undefined,
        token ? { authorization: `Bearer ${token}` } : {},
      ),
      expect: (_status, text) => !text.includes('Corpus Student') && !text.includes('corpus.student@'),
    });
  }
  return cases;
}
