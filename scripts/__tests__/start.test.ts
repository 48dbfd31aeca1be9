import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { dropMysqlDatabase, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, signalGroup, testDatabases } from '@partnership-graph/shared/testing';

/**
 * `pnpm start` as a newcomer runs it: it names the database each subgraph really
 * uses (the one the subgraph then reports), and prints the gateway's address only
 * once the gateway is up — never when a service failed first.
 */
const subgraphs = ['agreements', 'institutions', 'talent'];
const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
  stop: () => Promise<void>;
}

function runStart(env: Record<string, string>): Started {
  const child = spawn(tsx, ['scripts/start.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, FORCE_COLOR: '0', WEB_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs = 180_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (!match) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(match);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        listeners.add(check);
        check();
        void exited.then(() =>
          setTimeout(() => {
            if (listeners.has(check)) {
              listeners.delete(check);
              clearTimeout(timer);
              reject(new Error(`pnpm start exited before ${pattern}:\n${output}`));
            }
          }, 50),
        );
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) signalGroup(child, 'SIGTERM');
      await exited;
    },
  };
}

async function portsEnv(): Promise<Record<string, string>> {
  const env: Record<string, string> = { GATEWAY_PORT: String(await freePort()) };
  for (const name of subgraphs) {
    const port = await freePort();
    env[`${name.toUpperCase()}_PORT`] = String(port);
    env[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/`;
  }
  return env;
}

describe.each(testDatabases().map((db) => db.label))('pnpm start on %s', (label) => {
  it('names the database each subgraph really uses, then the gateway address once the gateway and every subgraph are up', async () => {
    const suffix = `${process.pid}_${Date.now().toString(36)}`;
    const env: Record<string, string> = { ...(await portsEnv()), MYSQL_URL: '' };
    const expected: Record<string, string> = {};
    const cleanups: Array<() => Promise<void>> = [];
    if (label === 'sqlite') {
      // Relative: the repository's folder, not each subgraph's.
      const relative = path.join('.data', `test-start-${suffix}`);
      env.SQLITE_DIR = relative;
      cleanups.push(async () => fs.rmSync(path.join(repositoryRoot, relative), { recursive: true, force: true }));
      for (const name of subgraphs)
        expected[name] = `embedded SQLite ${path.join(repositoryRoot, relative, `${name}.sqlite`)}`;
    } else {
      // Only per-subgraph URLs, no MYSQL_URL: still MySQL, each its own database.
      const server = new URL(process.env.MYSQL_URL as string);
      server.pathname = '/';
      for (const name of subgraphs) {
        const database = `test_start_${name}_${suffix}`.slice(0, 64);
        env[`${name.toUpperCase()}_MYSQL_URL`] = `${server.toString()}${database}`;
        expected[name] = `MySQL database ${database} on ${server.host}`;
        cleanups.push(() => dropMysqlDatabase(server.toString(), database));
      }
    }
    const start = runStart(env);
    try {
      const [, address] = await start.waitFor(/the partnership graph is up: (http:\/\/\S+)/);
      const output = start.output();
      for (const name of subgraphs) {
        expect(output).toContain(`  ${name}: ${expected[name]}\n`);
        // The subgraph itself reports the same database.
        expect(output).toMatch(
          new RegExp(`${name} subgraph ready at \\S+ \\(${expected[name].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[;)]`),
        );
      }
      expect(address).toBe(`http://127.0.0.1:${env.GATEWAY_PORT}/`);
      expect(output.indexOf('gateway ready at')).toBeGreaterThanOrEqual(0);
      expect(output.indexOf('gateway ready at')).toBeLessThan(output.indexOf('the partnership graph is up'));
      // Not before every subgraph is ready too: one may still be migrating when the gateway is up.
      for (const name of subgraphs)
        expect(output.indexOf(`${name} subgraph ready at`)).toBeLessThan(output.indexOf('the partnership graph is up'));
      if (label === 'sqlite') {
        for (const name of subgraphs)
          expect(fs.existsSync(path.join(repositoryRoot, env.SQLITE_DIR, `${name}.sqlite`))).toBe(true);
      }
      const { body } = await postGraphQL(address, '{ institution(id: "aztu") { acronym agreements { totalCount } } }');
      expect(body.data.institution.acronym).toBe('AzTU');
      // The reference page, on its own origin, which the gateway lets call it.
      const [, page, gatewayParameter] = (await start.waitFor(
        /the reference page: (http:\/\/\S+\/)\?gateway=(\S+)/,
      )) as string[];
      expect(decodeURIComponent(gatewayParameter)).toBe(address);
      const html = await fetch(page);
      expect(html.status).toBe(200);
      expect(await html.text()).toContain('<div id="root"></div>');
      const preflight = await fetch(address, {
        method: 'OPTIONS',
        headers: {
          origin: new URL(page).origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(new URL(page).origin);
    } finally {
      await start.stop();
      for (const cleanup of cleanups) await cleanup();
    }
  }, 300_000);
});

describe('pnpm start when a service fails', () => {
  it('prints no gateway address, stops the others and exits 1, with the failing service’s one line', async () => {
    const start = runStart({
      ...(await portsEnv()),
      GATEWAY_PORT: 'four thousand',
      MYSQL_URL: '',
      SQLITE_DIR: path.join('.data', `test-start-failing-${process.pid}`),
      SEED_ON_START: '0',
    });
    try {
      expect(await start.exited).toBe(1);
      expect(start.output()).toContain(
        'gateway refused to start: GATEWAY_PORT must be an integer between 0 and 65535, got "four thousand"',
      );
      expect(start.output()).not.toMatch(/the partnership graph is up|http:\/\/127\.0\.0\.1:four/);
    } finally {
      await start.stop();
      fs.rmSync(path.join(repositoryRoot, '.data', `test-start-failing-${process.pid}`), {
        recursive: true,
        force: true,
      });
    }
  }, 180_000);

  it('refuses at once, naming the variable, when a database URL is bad', async () => {
    const start = runStart({ INSTITUTIONS_MYSQL_URL: 'postgres://127.0.0.1/institutions' });
    try {
      expect(await start.exited).toBe(1);
      expect(start.output().trim()).toBe(
        'pnpm start refused: INSTITUTIONS_MYSQL_URL must start with mysql://, got postgres:',
      );
    } finally {
      await start.stop();
    }
  }, 60_000);
});
