import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { dropMysqlDatabase, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startService, testDatabases, type RunningService } from '@partnership-graph/shared/testing';

/**
 * The real thing: each subgraph and the gateway as their own processes on free
 * ports, queried over HTTP, on SQLite and on MySQL.
 */
const subgraphs = fs
  .readdirSync(path.join(repositoryRoot, 'subgraphs'))
  .filter((name) => fs.existsSync(path.join(repositoryRoot, 'subgraphs', name, 'schema.graphql')));

describe.each(testDatabases())('the gateway over real subgraphs on $label', ({ label }) => {
  const services: RunningService[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  let gatewayUrl: string;

  beforeAll(async () => {
    const env: Record<string, string> = { SEED_ON_START: '1' };
    for (const name of subgraphs) env[`${name.toUpperCase()}_PORT`] = '0';
    if (label === 'mysql') {
      const server = new URL(process.env.MYSQL_URL as string);
      server.pathname = '/';
      for (const name of subgraphs) {
        const database = `test_e2e_${name}_${process.pid}`;
        env[`${name.toUpperCase()}_MYSQL_URL`] = `${server.toString()}${database}`;
        cleanups.push(() => dropMysqlDatabase(server.toString(), database));
      }
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-e2e-'));
      env.SQLITE_DIR = dir;
      env.MYSQL_URL = '';
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    }
    const started = await Promise.all(subgraphs.map((name) => startService({ dir: `subgraphs/${name}`, name, env })));
    services.push(...started);
    const urls = Object.fromEntries(started.map((s) => [`${s.name.toUpperCase()}_URL`, s.url]));
    const gateway = await startService({ dir: 'gateway', name: 'gateway', env: { ...urls, GATEWAY_PORT: '0' } });
    services.push(gateway);
    gatewayUrl = gateway.url;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    for (const cleanup of cleanups) await cleanup();
  });

  it('answers the seeded institutions through the gateway', async () => {
    const { status, body } = await postGraphQL(gatewayUrl, '{ institutions(first: 100) { totalCount nodes { name acronym kind country } } }');
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

  it('reports health and readiness on every service', async () => {
    for (const service of services) {
      const live = await fetch(new URL('/health/live', service.url));
      const ready = await fetch(new URL('/health/ready', service.url));
      expect([service.name, live.status, ready.status]).toEqual([service.name, 200, 200]);
    }
  });

  it.each([
    ['an unknown enum value', '{ institutions(filter: { kinds: [PLANET] }) { totalCount } }', 'filter.kinds'],
    ['first above the maximum', '{ institutions(first: 1000) { totalCount } }', 'first'],
    ['a malformed cursor', '{ institutions(after: "%%%") { totalCount } }', 'after'],
    ['a malformed id', '{ institution(id: "Robert\'); DROP TABLE institutions;--") { id } }', 'id'],
  ])('answers %s with BAD_USER_INPUT naming the argument, never a 500', async (_case, query, argument) => {
    const { status, body } = await postGraphQL(gatewayUrl, query);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|SELECT |sqlite|\bER_|\.ts:/i);
  });

  it('answers a body that is not JSON with a 400', async () => {
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });
});
