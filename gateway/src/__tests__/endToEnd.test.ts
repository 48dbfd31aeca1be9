import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * The real thing: every subgraph of the committed supergraph and the gateway as
 * their own processes on free ports, queried over HTTP, on SQLite and on MySQL.
 */
const subgraphs = subgraphsOf(fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'));

describe.each(testDatabases())('the gateway over real subgraphs on $label', ({ label }) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs, database: label });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('answers the seeded institutions through the gateway', async () => {
    const { status, body } = await postGraphQL(
      stack.gatewayUrl,
      '{ institutions(first: 100) { totalCount nodes { name acronym kind country } } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.institutions.totalCount).toBeGreaterThanOrEqual(25);
    expect(body.data.institutions.nodes).toContainEqual({
      name: 'Azerbaijan Technical University',
      acronym: 'AzTU',
      kind: 'UNIVERSITY',
      country: 'AZ',
    });
  });

  it('serves names in the language of the Accept-Language header', async () => {
    const { body } = await postGraphQL(
      stack.gatewayUrl,
      '{ institution(id: "bsu") { name localizedName { language } } }',
      undefined,
      { 'accept-language': 'az-AZ, en;q=0.5' },
    );
    expect(body.data.institution).toEqual({ name: 'Bakı Dövlət Universiteti', localizedName: { language: 'az' } });
  });

  it('reports health and readiness on every service', async () => {
    for (const service of stack.services) {
      const live = await fetch(new URL('/health/live', service.url));
      const ready = await fetch(new URL('/health/ready', service.url));
      expect([service.name, live.status, ready.status]).toEqual([service.name, 200, 200]);
    }
  });

  it.each([
    ['an unknown enum value', '{ institutions(filter: { kinds: [PLANET] }) { totalCount } }', 'filter.kinds'],
    ['first above the maximum', '{ institutions(first: 1000) { totalCount } }', 'first'],
    ['a malformed cursor', '{ institutions(after: "%%%") { totalCount } }', 'after'],
    ['a day that is not a date', '{ institution(id: "aztu") { positions(at: "yesterday") { title } } }', 'at'],
    ['a malformed id', '{ institution(id: "Robert\'); DROP TABLE institutions;--") { id } }', 'id'],
  ])('answers %s with BAD_USER_INPUT naming the argument, never a 500', async (_case, query, argument) => {
    const { status, body } = await postGraphQL(stack.gatewayUrl, query);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|SELECT |sqlite|\bER_|\.ts:/i);
  });

  it('answers a Date variable that is not a date with BAD_USER_INPUT', async () => {
    const { status, body } = await postGraphQL(
      stack.gatewayUrl,
      'query($d: Date) { institution(id: "aztu") { positions(at: $d) { title } } }',
      {
        d: '2025-02-30',
      },
    );
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/2025-02-30/);
  });

  it('answers a body that is not JSON with a 400', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });
});
