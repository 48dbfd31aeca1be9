import { post, code, type Case } from './corpusKit';

/**
 * Document ids that try to run something no manifest registers, or to confuse the
 * lookup: unknown ids, ids of the wrong shape or type, an id beside a document, a
 * path for an id. The corpus's gateway runs with its default (manifests loaded, any
 * document allowed); `required` is in trustedDocuments.test.ts.
 */
const send = (body: unknown) => (stack: { gatewayUrl: string }) => post(stack.gatewayUrl, JSON.stringify(body));
const notInList = code('PERSISTED_QUERY_NOT_IN_LIST');

export function cases(): Case[] {
  const hex = '0'.repeat(64);
  return [
    { name: 'an unknown documentId', send: send({ documentId: `sha256:${hex}` }), expect: notInList },
    { name: 'a documentId that is a path', send: send({ documentId: '../../package.json' }), expect: notInList },
    { name: 'a documentId that is an object', send: send({ documentId: { $ne: null } }), expect: notInList },
    { name: 'a documentId that is a number', send: send({ documentId: 42 }), expect: notInList },
    { name: 'a documentId of 100,000 characters', send: send({ documentId: 'a'.repeat(100_000) }), expect: notInList },
    {
      name: 'a documentId beside a document',
      send: send({ documentId: `sha256:${hex}`, query: '{ __typename }' }),
      expect: code('BAD_REQUEST'),
    },
    { name: 'an upper-case id of another algorithm', send: send({ documentId: `MD5:${hex}` }), expect: notInList },
  ].map((c) => ({
    category: 'trusted documents',
    ...c,
    expect: (status: number, text: string) => status === 400 && c.expect(status, text),
  }));
}
