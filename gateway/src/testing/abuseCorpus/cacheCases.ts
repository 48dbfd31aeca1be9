import { createHash } from 'node:crypto';
import type { Stack } from '@partnership-graph/shared/testing';
import { code, post, type Case, type CorpusContext } from './corpusKit';

/**
 * The response cache: automatic persisted queries that try to be answered with another
 * document's data, and refused mutations that try to empty the cache for everyone.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An automatic persisted query: with its text (registering it) or by hash alone; `hash` overrides the document's own. */
function apq(stack: Stack, document: string, variables: Record<string, unknown>, options: { hashOnly?: boolean; hash?: string; version?: number; operationName?: string } = {}) {
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

const institution = (text: string) => (JSON.parse(text) as { data?: { institution?: Record<string, unknown> | null } }).data?.institution;

export function cases(_context: CorpusContext): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);
  const byAcronym = 'query InstitutionCard($id: ID!) { institution(id: $id) { id name: acronym } }';
  const byName = 'query InstitutionCard($id: ID!) { institution(id: $id) { id name } }';

  add({
    category: 'persisted queries',
    name: 'hash-only query with a hash never registered',
    send: (s) => apq(s, 'query InstitutionCard($id: ID!) { institution(id: $id) { id website } }', { id: 'aztu' }, { hashOnly: true }),
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
      return { status: second.status, text: JSON.stringify({ second: institution(second.text), first: institution(first.text) }) };
    },
    expect: (_status, text) => {
      const { first, second } = JSON.parse(text) as { first?: { name?: string }; second?: { name?: string } };
      return second?.name === 'Azerbaijan Technical University' && first?.name === 'AzTU';
    },
  });
  add({
    category: 'persisted queries',
    name: 'a registered document sent by hash alone with other variables answers for those variables',
    send: async (s) => {
      await apq(s, byName, { id: 'aztu' });
      return apq(s, byName, { id: 'bsu' }, { hashOnly: true });
    },
    expect: (_status, text) => institution(text)?.id === 'bsu',
  });
  add({
    category: 'persisted queries',
    name: 'a registered document sent by hash alone under another operation name',
    send: async (s) => {
      await apq(s, byName, { id: 'aztu' });
      return apq(s, byName, { id: 'aztu' }, { hashOnly: true, operationName: 'Other' });
    },
    expect: (status, text) => status === 400 && code('OPERATION_RESOLUTION_FAILURE')(status, text),
  });
  add({
    category: 'persisted queries',
    name: 'a plain query naming an operation its document does not hold',
    send: (s) => post(s.gatewayUrl, JSON.stringify({ query: byName, operationName: 'Other', variables: { id: 'aztu' } })),
    expect: (status, text) => status === 400 && code('OPERATION_RESOLUTION_FAILURE')(status, text),
  });
  add({
    category: 'persisted queries',
    name: 'a variant of a registered document (other whitespace) sent by hash alone is unknown',
    send: async (s) => {
      await apq(s, byName, { id: 'aztu' });
      return apq(s, `${byName} `, { id: 'aztu' }, { hashOnly: true });
    },
    expect: code('PERSISTED_QUERY_NOT_FOUND'),
  });
  add({
    category: 'persisted queries',
    name: 'a registered hash sent with a variant text',
    send: async (s) => {
      await apq(s, byName, { id: 'aztu' });
      return apq(s, byAcronym, { id: 'aztu' }, { hash: sha256(byName) });
    },
    expect: (status) => status === 400,
  });
  return cases;
}
