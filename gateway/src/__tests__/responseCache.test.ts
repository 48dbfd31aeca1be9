import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import {
  DEV_JWT_SECRET,
  DEV_SUBGRAPH_SECRET,
  mintToken,
  readExampleOperations,
  repositoryRoot,
  SUBGRAPH_SECRET_HEADER,
} from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';
import { scenarios } from '@partnership-graph/shared/testing';

/**
 * The gateway's response cache on the real stack: an anonymous answer lives as long as
 * the subgraphs' @cacheControl hints allow (the shortest of every part, entity lookups
 * included), capped by RESPONSE_CACHE_MS; callers with a token never get one from
 * memory; a mutation through the gateway is seen by the very next read. Every answer
 * tells HTTP caches the same policy in its Cache-Control header.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const subgraphs = subgraphsOf(supergraph);
// Institution (institutions) 30 s, its agreements part (agreements) 10 s, AgreementConnection 5 s.
const query = '{ institution(id: "aztu") { name agreements { totalCount } } }';
const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

/** An entity type's own `@cacheControl(maxAge: N)` in a subgraph's schema.graphql, or null. */
function typeMaxAge(type: ObjectTypeDefinitionNode): number | null {
  const hint = type.directives?.find((d) => d.name.value === 'cacheControl');
  const maxAge = hint?.arguments?.find((a) => a.name.value === 'maxAge')?.value;
  return maxAge?.kind === Kind.INT ? Number(maxAge.value) : null;
}

describe('the response cache', () => {
  let stack: Stack;
  let viewer: string;
  let editor: string;
  let admin: string;
  beforeAll(async () => {
    // The cap is above every hint, so the hints decide (the cap itself: responseCacheBounds.test.ts).
    stack = await startStack({
      subgraphs,
      database: 'sqlite',
      gatewayEnv: { RESPONSE_CACHE_MS: '60000', SUBGRAPH_TIMEOUT_MS: '1000' },
    });
    viewer = await mintToken(DEV_JWT_SECRET, { sub: 'cache-test-viewer', roles: ['viewer'] });
    editor = await mintToken(DEV_JWT_SECRET, { sub: 'cache-test-editor', roles: ['editor:agreements'] });
    admin = await mintToken(DEV_JWT_SECRET, { sub: 'cache-test-admin', roles: ['admin'] });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('answers a repeated anonymous query from memory for its max-age, never a caller with a token, and asks again once it expires', async () => {
    const first = await postGraphQL(stack.gatewayUrl, query);
    const answeredAt = Date.now(); // the answer was kept just before it was sent
    expect(first.body.errors).toBeUndefined();
    expect(first.headers.get('cache-control')).toBe('max-age=5, public');
    expect(first.headers.get('age')).toBeNull();
    await stack.stopService('agreements', { kill: true });
    try {
      // The agreements subgraph is gone, yet the same anonymous query still gets the whole answer…
      const cached = await postGraphQL(stack.gatewayUrl, query);
      expect(cached.body).toEqual(first.body);
      expect(cached.headers.get('cache-control')).toBe('max-age=5, public');
      expect(Number(cached.headers.get('age'))).toBeLessThan(5);
      // …while the same query with a token, and another anonymous query, go to the subgraphs.
      const withToken = await postGraphQL(stack.gatewayUrl, query, undefined, { authorization: `Bearer ${viewer}` });
      expect(withToken.body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      expect(withToken.headers.get('cache-control')).toBe('no-store');
      const other = await postGraphQL(
        stack.gatewayUrl,
        '{ institution(id: "bsu") { name agreements { totalCount } } }',
      );
      expect(other.body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      // An answer with errors is not kept: asked again, it is asked of the subgraphs again.
      expect(
        (await postGraphQL(stack.gatewayUrl, '{ institution(id: "bsu") { name agreements { totalCount } } }')).body
          .errors?.[0]?.extensions?.code,
      ).toBe('SUBGRAPH_UNAVAILABLE');
      // Within its max-age (5 s) it is still served; after it, it is asked of the subgraphs again.
      await sleepUntil(answeredAt + 4_000);
      expect((await postGraphQL(stack.gatewayUrl, query)).body).toEqual(first.body);
      await sleepUntil(answeredAt + 5_100);
      const expired = await postGraphQL(stack.gatewayUrl, query);
      expect(expired.body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    } finally {
      await stack.restartService('agreements');
    }
  }, 60_000);

  it('shows a write made through the gateway to the very next anonymous read', async () => {
    const read = '{ agreement(id: "mou-bsu-bayraktar-2025") { title version } }';
    const before = (await postGraphQL(stack.gatewayUrl, read)).body.data.agreement;
    const again = await postGraphQL(stack.gatewayUrl, read);
    expect(again.body.data.agreement).toEqual(before);
    expect(again.headers.get('age')).not.toBeNull();
    const changed = await postGraphQL(
      stack.gatewayUrl,
      'mutation($id: ID!, $v: Int!, $title: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $title }) { version } }',
      { id: 'mou-bsu-bayraktar-2025', v: before.version, title: `${before.title} (changed)` },
      { authorization: `Bearer ${editor}` },
    );
    expect(changed.body.errors).toBeUndefined();
    expect(changed.headers.get('cache-control')).toBe('no-store');
    expect((await postGraphQL(stack.gatewayUrl, read)).body.data.agreement).toEqual({
      title: `${before.title} (changed)`,
      version: before.version + 1,
    });
  }, 60_000);

  it('gives an answer the shortest max-age of its parts, entity lookups in other subgraphs included', async () => {
    const maxAge = async (q: string) => {
      const { body, headers } = await postGraphQL(stack.gatewayUrl, q);
      expect(body.errors).toBeUndefined();
      return headers.get('cache-control');
    };
    expect(await maxAge('{ institution(id: "aztu") { name } }')).toBe('max-age=30, public');
    // Institution.partners comes from the agreements subgraph through _entities: Institution there is 10 s.
    expect(await maxAge('{ institution(id: "aztu") { name partners { agreementCount } } }')).toBe('max-age=10, public');
    expect(
      await maxAge('{ institution(id: "aztu") { name partners { agreementCount } agreements { totalCount } } }'),
    ).toBe('max-age=5, public');
    // Agreement.outcomes comes from the talent subgraph, and the parties' institutions from the institutions subgraph.
    expect(
      await maxAge(
        '{ agreement(id: "mou-bsu-bayraktar-2025") { title parties { institution { name } } outcomes { internshipProgramCount } } }',
      ),
    ).toBe('max-age=10, public');
  });

  it('keeps the canonical federated query (S2): every entity lookup it makes is annotated', async () => {
    const first = await postGraphQL(stack.gatewayUrl, scenarios.S2.query);
    expect(first.body.errors).toBeUndefined();
    expect(
      first.body.data.institutions.nodes.some(
        (node: { agreements: { nodes: unknown[] } }) => node.agreements.nodes.length > 0,
      ),
    ).toBe(true);
    expect(first.headers.get('cache-control')).toBe('max-age=5, public');
    expect(first.headers.get('vary')).toBe('accept-language');
    const second = await postGraphQL(stack.gatewayUrl, scenarios.S2.query);
    expect(second.headers.get('age')).not.toBeNull();
    expect(second.body).toEqual(first.body);
  });

  it('never shares an answer for a caller with a token, and never keeps an audit log', async () => {
    const withToken = await postGraphQL(stack.gatewayUrl, '{ institution(id: "aztu") { name } }', undefined, {
      authorization: `Bearer ${viewer}`,
    });
    expect(withToken.body.errors).toBeUndefined();
    expect(withToken.headers.get('cache-control')).toBe('max-age=30, private');
    const auditLog = '{ auditLog(entityId: "mou-bsu-bayraktar-2025") { totalCount nodes { action } } }';
    const log = await postGraphQL(stack.gatewayUrl, auditLog, undefined, { authorization: `Bearer ${admin}` });
    expect(log.body.errors).toBeUndefined();
    expect(log.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps every example operation asked anonymously: every type they touch carries a hint', async () => {
    for (const op of readExampleOperations()) {
      const first = await postGraphQL(stack.gatewayUrl, op.query);
      expect([op.name, first.body.errors]).toEqual([op.name, undefined]);
      expect([op.name, first.headers.get('cache-control')]).toEqual([
        op.name,
        expect.stringMatching(/^max-age=([1-9]\d*), public$/),
      ]);
      expect([op.name, (await postGraphQL(stack.gatewayUrl, op.query)).headers.get('age')]).toEqual([
        op.name,
        expect.any(String),
      ]);
    }
  });

  it.each(subgraphs)(
    '%s sends each entity type’s own max-age for its entity lookups (they default to 0)',
    async (name) => {
      const schema = parse(fs.readFileSync(path.join(repositoryRoot, 'subgraphs', name, 'schema.graphql'), 'utf8'));
      const entities = schema.definitions.filter(
        (d): d is ObjectTypeDefinitionNode =>
          d.kind === Kind.OBJECT_TYPE_DEFINITION && !!d.directives?.some((x) => x.name.value === 'key'),
      );
      expect(entities.length).toBeGreaterThan(0);
      for (const type of entities) {
        const maxAge = typeMaxAge(type);
        expect([type.name.value, maxAge]).toEqual([type.name.value, expect.any(Number)]);
        expect(maxAge).toBeGreaterThan(0);
        const { body, headers } = await postGraphQL(
          stack.subgraphUrls[name],
          'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
          { r: [{ __typename: type.name.value, id: 'no-such-id' }] },
          { [SUBGRAPH_SECRET_HEADER]: DEV_SUBGRAPH_SECRET },
        );
        expect(body.errors).toBeUndefined();
        expect([type.name.value, headers.get('cache-control')]).toEqual([type.name.value, `max-age=${maxAge}, public`]);
      }
    },
  );
});
