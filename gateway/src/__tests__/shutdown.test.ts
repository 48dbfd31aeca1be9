import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { signalGroup, startService } from '@partnership-graph/shared/testing';
import { SUBGRAPH_SECRET_HEADER, dropMysqlDatabase, readAuthConfig, repositoryRoot } from '@partnership-graph/shared';

/** SIGTERM: stop accepting, finish what is in flight, close the pools, exit 0. */
function exitCode(child: import('node:child_process').ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('shutting down on SIGTERM', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-shutdown-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const databases: Array<[string, Record<string, string>]> = [['sqlite', { SQLITE_DIR: dir, MYSQL_URL: '' }]];
  if (process.env.MYSQL_URL) {
    const server = new URL(process.env.MYSQL_URL);
    server.pathname = `/test_shutdown_${process.pid}`;
    databases.push(['mysql', { INSTITUTIONS_MYSQL_URL: server.toString() }]);
  }
  afterAll(async () => {
    if (process.env.MYSQL_URL) {
      const server = new URL(process.env.MYSQL_URL);
      server.pathname = '/';
      await dropMysqlDatabase(server.toString(), `test_shutdown_${process.pid}`);
    }
  });

  it.each(databases)('finishes a request in flight, then exits 0 promptly (%s)', async (_label, databaseEnv) => {
    const service = await startService({
      dir: 'subgraphs/institutions',
      name: 'institutions',
      env: { INSTITUTIONS_PORT: '0', ...databaseEnv },
    });
    // A request whose body is still arriving when SIGTERM lands is in flight: it must be answered.
    const body = JSON.stringify({ query: '{ institutions(first: 100) { totalCount nodes { id units { id } } } }' });
    const url = new URL(service.url);
    let request!: http.ClientRequest;
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: '/',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            [SUBGRAPH_SECRET_HEADER]: readAuthConfig().subgraphSecret,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));
    signalGroup(service.process, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    request.end(body.slice(10));
    const signalled = Date.now();
    const [answer, code] = await Promise.all([answered, exitCode(service.process)]);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.institutions.totalCount).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(service.output()).toMatch(/SIGTERM received/);
  });

  it('exits 0 while it is still waiting for its database', async () => {
    const child = spawn(path.join(repositoryRoot, 'node_modules', '.bin', 'tsx'), ['src/index.ts'], {
      cwd: path.join(repositoryRoot, 'subgraphs', 'institutions'),
      env: {
        ...process.env,
        INSTITUTIONS_PORT: '0',
        INSTITUTIONS_MYSQL_URL: 'mysql://root@127.0.0.1:9/nothing_listens_here',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 30_000;
    while (!/connecting to the database failed/.test(output) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toMatch(/retrying in \d+ ms/);
    // Alive, but not ready: load balancers keep traffic away until the database is there.
    const url = /listening at (http:\/\/\S+),/.exec(output)?.[1] as string;
    expect((await fetch(new URL('/health/live', url))).status).toBe(200);
    expect((await fetch(new URL('/health/ready', url))).status).toBe(503);
    signalGroup(child, 'SIGTERM');
    expect(await exitCode(child)).toBe(0);
  });
});
