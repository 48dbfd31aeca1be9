import { bearer, code, gql, type Case, type CorpusContext } from './corpusKit';

/**
 * Idempotency keys of create-style mutations: keys that are malformed, oversized or
 * full of SQL, sent without the role or in a dry run. Each is refused (or, in a dry
 * run, ignored) before anything is written.
 */
const CREATE_EVENT =
  'mutation($key: String) { createEvent(idempotencyKey: $key, input: { title: "Corpus key event", kind: WORKSHOP }) { id } }';
const CREATE_EVENT_ANY =
  'mutation($key: ID) { createEvent(idempotencyKey: $key, input: { title: "Corpus key event", kind: WORKSHOP }) { id } }';
const IMPORT_EVENTS_DRY = `mutation($key: String) {
  importEvents(dryRun: true, idempotencyKey: $key, rows: [{ title: "Corpus dry-run event", kind: WORKSHOP, source: { title: "Corpus", language: "en", file: "corpus.csv", row: 2 } }]) { dryRun written created }
}`;

const dryRunAnswered = (_status: number, text: string) =>
  /"importEvents":\{"dryRun":true,"written":false,"created":1\}/.test(text);

export function cases({ tokens }: CorpusContext): Case[] {
  const cases: Case[] = [];
  const add = (name: string, send: Case['send'], expect: Case['expect']) =>
    cases.push({ category: 'idempotency keys', name, send, expect });
  const editor = bearer(tokens.editorAgreements);

  add('a create with a key and no token', gql(CREATE_EVENT, { key: 'corpus-anonymous' }), code('UNAUTHENTICATED'));
  add(
    'a create with a key and a viewer token',
    gql(CREATE_EVENT, { key: 'corpus-viewer' }, bearer(tokens.viewer)),
    code('FORBIDDEN'),
  );
  add(
    "a create with a key and another subgraph's editor role",
    gql(CREATE_EVENT, { key: 'corpus-other-editor' }, bearer(tokens.editorTalent)),
    code('FORBIDDEN'),
  );
  for (const [name, key] of [
    ['an empty key', ''],
    ['a 10,000-character key', 'k'.repeat(10_000)],
    ['a 256-character key', 'k'.repeat(256)],
    ['a key with spaces and SQL', "x'; DROP TABLE idempotency_key; --"],
    ['a key with a NUL byte', 'key\u0000tail'],
    ['a key with a newline', 'key\nSet-Cookie: a=b'],
    ['a key in Cyrillic and emoji', 'ключ-🔑'],
  ] as const) {
    add(
      `a create with ${name}`,
      gql(CREATE_EVENT, { key }, editor),
      (status, text) => status < 500 && code('BAD_USER_INPUT')(status, text) && text.includes('idempotencyKey'),
    );
  }
  add('a key that is an object', gql(CREATE_EVENT, { key: { $ne: null } }, editor), code('BAD_USER_INPUT'));
  add('a key that is a list', gql(CREATE_EVENT, { key: ['a', 'b'] }, editor), code('BAD_USER_INPUT'));
  add(
    'a key declared as another type',
    gql(CREATE_EVENT_ANY, { key: 'corpus-id' }, editor),
    (status) => status === 400,
  );
  add(
    'a dry-run import with a key full of quotes (ignored: nothing written, nothing kept)',
    gql(IMPORT_EVENTS_DRY, { key: "'or'1'='1'--" }, editor),
    dryRunAnswered,
  );
  add(
    'a dry-run import with an oversized key',
    gql(IMPORT_EVENTS_DRY, { key: 'k'.repeat(5_000) }, editor),
    code('BAD_USER_INPUT'),
  );
  return cases;
}
