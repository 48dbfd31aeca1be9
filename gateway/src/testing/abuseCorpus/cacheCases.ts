import { createHash } from 'node:crypto';
import type { Stack } from '@partnership-graph/shared/testing';
import { bearer, code, gql, post, type Case, type CorpusContext } from './corpusKit';

/**
 * The response cache: automatic persisted queries that try to be answered with another
 * document's data, and refused mutations that try to empty the cache for everyone.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An automatic persisted query: with its text (registering it) or by hash alone; `hash` overrides the document's own. */
function apq(
  stack: Stack,
  document: string,
  variables: Record<string, unknown>,
  options: { hashOnly?: boolean; hash?: string; version?: number; operationName?: string } = {},
) {
  return post(
    stack.gatewayUrl,
    JSON.stringify({
      ...(options.hashOnly ? {} : { query: document }),
      operationName: options.operationName ?? 'InstitutionCard',
      variables,
      extensions: { persistedQuery: { version: options.version ?? 1, sha256Hash: options.hash ?? sha256(document) } },
    }),
  );
}

const institution = (text: string) =>
  (JSON.parse(text) as { data?: { institution?: Record<string, unknown> | null } }).data?.institution;

/** A public answer the cache keeps; asked before and after a refused mutation. */
const cachedQuery = '{ institution(id: "aztu") { name kind } }';

/**
 * Asks `cachedQuery` (kept in memory), sends `refusal`, then asks `cachedQuery` again:
 * the answer says whether the second was still served from memory (it has an `age`).
 */
function keepsCache(refusal: (stack: Stack) => Promise<{ status: number; text: string }>) {
  return async (stack: Stack) => {
    const ask = () =>
      fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: cachedQuery }),
      });
    await (await ask()).text();
    const refused = await refusal(stack);
    const after = await ask();
    await after.text();
    return {
      status: refused.status,
      text: JSON.stringify({
        refused: refused.text.slice(0, 500),
        servedFromMemory: after.headers.get('age') !== null,
      }),
    };
  };
}

const stillCached = (refusedWith: (status: number, text: string) => boolean) => (status: number, text: string) => {
  const { refused, servedFromMemory } = JSON.parse(text) as { refused: string; servedFromMemory: boolean };
  return servedFromMemory && refusedWith(status, refused);
};

export function cases({ tokens }: CorpusContext): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);
  const byAcronym = 'query InstitutionCard($id: ID!) { institution(id: $id) { id name: acronym } }';
  const byName = 'query InstitutionCard($id: ID!) { institution(id: $id) { id name } }';
  /** Registers `byName` for aztu, then sends `document` as `apq` does. */
  const afterRegisteringByName =
    (document: string, variables: Record<string, unknown>, options: Parameters<typeof apq>[3]) => async (s: Stack) => {
      await apq(s, byName, { id: 'aztu' });
      return apq(s, document, variables, options);
    };

  add({
    category: 'persisted queries',
    name: 'hash-only query with a hash never registered',
    send: (s) =>
      apq(
        s,
        'query InstitutionCard($id: ID!) { institution(id: $id) { id website } }',
        { id: 'aztu' },
        { hashOnly: true },
      ),
    expect: code('PERSISTED_QUERY_NOT_FOUND'),
  });
  for (const hash of ['', 'not-a-hash', 'f'.repeat(64), '0'.repeat(10_000)]) {
    add({
      category: 'persisted queries',
      name: `hash-only query with hash "${hash.slice(0, 12)}…" (${hash.length} characters)`,
      send: (s) => apq(s, byName, { id: 'aztu' }, { hashOnly: true, hash }),
      expect: (status, text) => code('PERSISTED_QUERY_NOT_FOUND')(status, text) || status === 400,
    });
  }
  add({
    category: 'persisted queries',
    name: 'a text sent with the hash of another document',
    send: (s) => apq(s, byName, { id: 'aztu' }, { hash: sha256(byAcronym) }),
    expect: (status, text) => status === 400 && code('BAD_REQUEST')(status, text),
  });
  add({
    category: 'persisted queries',
    name: 'an unsupported persisted-query version',
    send: (s) => apq(s, byName, { id: 'aztu' }, { version: 2 }),
    expect: (status, text) => status === 400 && code('BAD_REQUEST')(status, text),
  });
  add({
    category: 'persisted queries',
    name: 'two documents with the same name and variables, each then sent by hash alone, get their own answers',
    send: async (s) => {
      await apq(s, byAcronym, { id: 'aztu' });
      await apq(s, byAcronym, { id: 'aztu' }, { hashOnly: true });
      await apq(s, byName, { id: 'aztu' });
      const second = await apq(s, byName, { id: 'aztu' }, { hashOnly: true });
      const first = await apq(s, byAcronym, { id: 'aztu' }, { hashOnly: true });
      return {
        status: second.status,
        text: JSON.stringify({ second: institution(second.text), first: institution(first.text) }),
      };
    },
    expect: (_status, text) => {
      const { first, second } = JSON.parse(text) as { first?: { name?: string }; second?: { name?: string } };
      return second?.name === 'Azerbaijan Technical University' && first?.name === 'AzTU';
    },
  });
  add({
    category: 'persisted queries',
    name: 'a registered document sent by hash alone with other variables answers for those variables',
    send: afterRegisteringByName(byName, { id: 'bsu' }, { hashOnly: true }),
    expect: (_status, text) => institution(text)?.id === 'bsu',
  });
  add({
    category: 'persisted queries',
    name: 'a registered document sent by hash alone under another operation name',
    send: afterRegisteringByName(byName, { id: 'aztu' }, { hashOnly: true, operationName: 'Other' }),
    expect: (status, text) => status === 400 && code('OPERATION_RESOLUTION_FAILURE')(status, text),
  });
  add({
    category: 'persisted queries',
    name: 'a plain query naming an operation its document does not hold',
    send: (s) =>
      post(s.gatewayUrl, JSON.stringify({ query: byName, operationName: 'Other', variables: { id: 'aztu' } })),
    expect: (status, text) => status === 400 && code('OPERATION_RESOLUTION_FAILURE')(status, text),
  });
  add({
    category: 'persisted queries',
    name: 'a variant of a registered document (other whitespace) sent by hash alone is unknown',
    send: afterRegisteringByName(`${byName} `, { id: 'aztu' }, { hashOnly: true }),
    expect: code('PERSISTED_QUERY_NOT_FOUND'),
  });
  add({
    category: 'persisted queries',
    name: 'a registered hash sent with a variant text',
    send: afterRegisteringByName(byAcronym, { id: 'aztu' }, { hash: sha256(byName) }),
    expect: (status) => status === 400,
  });

  // Refused mutations that would empty the response cache for everyone if any mutation did.
  const event = 'mutation { createEvent(input: { title: "Cold cache", kind: DEMO_DAY }) { id } }';
  const programme =
    'mutation { createInternshipProgram(input: { title: "Cold cache", levels: [BACHELOR], universityIds: ["aztu"], seats: 1, status: OPEN }) { id } }';
  const institutions =
    'mutation { importInstitutions(rows: [{ id: "cold-cache", name: "Cold cache", kind: UNIVERSITY, country: "AZ" }]) { written } }';
  const refusals: Array<
    [string, (stack: Stack) => Promise<{ status: number; text: string }>, (status: number, text: string) => boolean]
  > = [
    ['createEvent without a token', gql(event), code('UNAUTHENTICATED')],
    ['createInternshipProgram without a token', gql(programme), code('UNAUTHENTICATED')],
    [
      'importInstitutions without a token',
      gql(institutions),
      (status, text) => code('UNAUTHENTICATED')(status, text) || status === 400,
    ],
    ['createEvent by a viewer', gql(event, undefined, bearer(tokens.viewer)), code('FORBIDDEN')],
    ['createEvent by a talent editor', gql(event, undefined, bearer(tokens.editorTalent)), code('FORBIDDEN')],
    [
      'createInternshipProgram by an agreements editor',
      gql(programme, undefined, bearer(tokens.editorAgreements)),
      code('FORBIDDEN'),
    ],
    [
      'createEvent with an empty title by its editor',
      gql(
        'mutation { createEvent(input: { title: "", kind: DEMO_DAY }) { id } }',
        undefined,
        bearer(tokens.editorAgreements),
      ),
      code('BAD_USER_INPUT'),
    ],
    [
      'updateEvent of an unknown event by its editor',
      gql(
        'mutation { updateEvent(id: "no-such-event", expectedVersion: 1, input: { title: "Cold cache" }) { id } }',
        undefined,
        bearer(tokens.editorAgreements),
      ),
      (_status, text) => /"code":"(NOT_FOUND|BAD_USER_INPUT|CONFLICT)"/.test(text),
    ],
    [
      'a mutation that does not validate',
      gql('mutation { createEvent(input: { nope: 1 }) { id } }'),
      (status) => status === 400,
    ],
    ['a mutation with an expired token', gql(event, undefined, bearer(tokens.expired)), code('UNAUTHENTICATED')],
    ['a mutation with a forged token', gql(event, undefined, bearer(tokens.forged)), code('UNAUTHENTICATED')],
    [
      'a mutation sent as GET',
      (s) =>
        fetch(`${s.gatewayUrl}?query=${encodeURIComponent(event)}`).then(async (r) => ({
          status: r.status,
          text: await r.text(),
        })),
      (status) => status >= 400 && status < 500,
    ],
  ];
  for (const [name, refusal, refusedWith] of refusals) {
    add({
      category: 'cache emptying',
      name: `${name} leaves the response cache as it was`,
      send: keepsCache(refusal),
      expect: stillCached(refusedWith),
    });
  }
  return cases;
}
