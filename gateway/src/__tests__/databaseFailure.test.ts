import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { mintToken, readAuthConfig, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';

/**
 * The database dies under write load and comes back: every write the API
 * acknowledged is still there, and the subgraph serves again by itself, without a
 * restart. Uses a throwaway MariaDB of its own (own data directory, own port) —
 * never the machine's shared server.
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

class ThrowawayMariaDb {
  private process: ChildProcess | null = null;
  constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<ThrowawayMariaDb> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-mariadb-'));
    const install = spawnSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${dir}/data`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        '--user=root',
      ],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
    return new ThrowawayMariaDb(dir, await freePort());
  }

  async start(): Promise<void> {
    this.process = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${this.dir}/data`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${this.dir}/mariadb.sock`,
        `--pid-file=${this.dir}/mariadb.pid`,
        '--user=root',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=32M',
        '--innodb-flush-log-at-trx-commit=1',
      ],
      { stdio: 'ignore' },
    );
    await waitForPort(this.port);
  }

  /** As if the machine lost power: no shutdown, no flush beyond what InnoDB promised. */
  async crash(): Promise<void> {
    const child = this.process;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  async destroy(): Promise<void> {
    await this.crash();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }
}

describe('the database stopped mid-write-load and restarted', () => {
  let db: ThrowawayMariaDb;
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    db = await ThrowawayMariaDb.create();
    await db.start();
    stack = await startStack({
      subgraphs: subgraphsOf(supergraph),
      database: 'sqlite',
      subgraphEnv: { AGREEMENTS_MYSQL_URL: `${db.url}/fault_agreements` },
    });
    token = await mintToken(readAuthConfig().jwtSecret as string, { sub: 'fault-test', roles: ['admin'] });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    await db?.destroy();
  });

  it('keeps every acknowledged write and serves again without a restart', async () => {
    const agreements = stack.services.find((s) => s.name === 'agreements');
    const pid = agreements?.process.pid;
    const acknowledged: string[] = [];
    let failed = 0;
    let serverErrors = 0;
    let n = 0;
    const write = async () => {
      n += 1;
      const { status, body } = await postGraphQL(
        stack.gatewayUrl,
        'mutation($t: String!) { createEvent(input: { title: $t, kind: WORKSHOP }) { id } }',
        { t: `Fault test workshop ${n}` },
        { authorization: `Bearer ${token}` },
      );
      if (status >= 500) serverErrors += 1;
      if (body.data?.createEvent?.id) acknowledged.push(body.data.createEvent.id);
      else failed += 1;
    };
    const loadUntil = async (done: () => boolean) => {
      while (!done()) await Promise.all([write(), write()]);
    };

    await loadUntil(() => acknowledged.length >= 20);
    const crashAt = acknowledged.length;
    const crash = db.crash();
    await Promise.all([crash, write(), write(), write()]);
    const duringOutage = acknowledged.length;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await db.start();
    const deadline = Date.now() + 60_000;
    await loadUntil(() => acknowledged.length >= duringOutage + 20 || Date.now() > deadline);

    const connection = await createConnection({ uri: `${db.url}/fault_agreements` });
    const [rows] = await connection.query('SELECT id FROM events WHERE id IN (?)', [acknowledged]);
    await connection.end();
    const stored = new Set((rows as Array<{ id: string }>).map((r) => r.id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    console.log(
      `database failure: ${acknowledged.length} writes acknowledged (${crashAt} before the crash), ${failed} refused while the database was down, ` +
        `${lost.length} lost, ${serverErrors} HTTP 5xx; the subgraph kept its process`,
    );
    expect(lost).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(duringOutage + 20);
    expect(serverErrors).toBe(0);
    expect(stack.services.find((s) => s.name === 'agreements')?.process.pid).toBe(pid);
  });
});
