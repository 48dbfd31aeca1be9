import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { readDatabaseConfig, repositoryRoot, type DatabaseConfig } from '../config';

export interface ServiceSpec {
  /** Package folder relative to the repository root, e.g. "subgraphs/institutions". */
  dir: string;
  name: string;
  env?: Record<string, string>;
  /** Run this instead of `tsx src/index.ts` (e.g. `node --max-old-space-size=… dist/index.js`), in the package folder. */
  command?: { file: string; args: string[] };
}

export interface RunningService {
  name: string;
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');

/** Signals a service's whole process group (tsx and the service it runs). */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/**
 * Starts a service as its own process, exactly as `pnpm start` does, on a free port
 * (the `<NAME>_PORT`/`GATEWAY_PORT` variable is 0), and resolves with the URL it logs.
 */
export function startService(spec: ServiceSpec, timeoutMs = 60_000): Promise<RunningService> {
  return new Promise((resolve, reject) => {
    const child = spawn(spec.command?.file ?? tsx, spec.command?.args ?? ['src/index.ts'], {
      cwd: path.join(repositoryRoot, spec.dir),
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: tsx runs the service in a child process, and a kill must reach both.
      detached: true,
    });
    let output = '';
    const timer = setTimeout(() => {
      signalGroup(child, 'SIGKILL');
      reject(new Error(`${spec.name} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    let ready = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Every request logs a line: once ready, the output is only kept.
      if (ready) return;
      // The address ends at a space or, in a JSON log line, at the message's closing quote.
      const match = /ready at (http:\/\/[^\s"]+)/.exec(output);
      if (match) {
        ready = true;
        clearTimeout(timer);
        resolve({
          name: spec.name,
          url: match[1],
          process: child,
          output: () => output,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              signalGroup(child, 'SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${spec.name} exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/** POSTs one GraphQL operation and returns the HTTP status, the response headers and the parsed body. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Headers;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON response (${response.status}): ${text.slice(0, 300)}`);
  }
  return { status: response.status, headers: response.headers, body };
}

export interface Stack {
  gatewayUrl: string;
  services: RunningService[];
  /** Subgraph name → URL, as the gateway was given them. */
  subgraphUrls: Record<string, string>;
  /** Subgraph name → the database it serves (for a test that looks at or changes stored rows). */
  databases: Record<string, DatabaseConfig>;
  /** The gateway's own database (its usage store): a throwaway one beside the subgraphs'. */
  gatewayDatabase: DatabaseConfig;
  /** Stops one service (as if it crashed, with `kill: true`). */
  stopService: (name: string, options?: { kill?: boolean }) => Promise<void>;
  /** Starts a stopped service again on the same port and database. */
  restartService: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

/** Every subgraph named in a supergraph's `join__Graph` enum. */
export function subgraphsOf(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]);
}

/**
 * Starts the given subgraphs (each on a fresh database of `database`'s kind) and the
 * gateway, all as real processes on free ports. `database` is "sqlite" or "mysql"
 * (which needs MYSQL_URL).
 */
export async function startStack(options: {
  subgraphs: string[];
  database: 'sqlite' | 'mysql';
  gatewayEnv?: Record<string, string>;
  /** How to run the gateway instead of `tsx src/index.ts` (see ServiceSpec.command). */
  gatewayCommand?: { file: string; args: string[] };
  subgraphEnv?: Record<string, string>;
  /**
   * Serve existing MySQL databases `<prefix><subgraph>` (e.g. a dataset written by
   * `pnpm generate --database-prefix bench_gen_`) instead of fresh seeded ones; they
   * are neither seeded nor dropped.
   */
  existingMysqlPrefix?: string;
}): Promise<Stack> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { dropMysqlDatabase } = await import('../database/openDatabase');
  const cleanups: Array<() => Promise<void>> = [];
  const env: Record<string, string> = { SEED_ON_START: '1', ...options.subgraphEnv };
  // The gateway's usage store is a throwaway too, never the developer's .data/gateway.sqlite.
  const gatewayDatabaseEnv: Record<string, string> = {};
  for (const name of options.subgraphs) env[`${name.toUpperCase()}_PORT`] = '0';
  if (options.existingMysqlPrefix) {
    const server = new URL(process.env.MYSQL_URL as string);
    server.pathname = '/';
    env.SEED_ON_START = '0';
    for (const name of options.subgraphs)
      env[`${name.toUpperCase()}_MYSQL_URL`] = `${server.toString()}${options.existingMysqlPrefix}${name}`;
  } else if (options.database === 'mysql') {
    const server = new URL(process.env.MYSQL_URL as string);
    server.pathname = '/';
    const suffix = `${process.pid}_${Date.now().toString(36)}`;
    for (const name of options.subgraphs) {
      const database = `test_stack_${name}_${suffix}`.slice(0, 64);
      env[`${name.toUpperCase()}_MYSQL_URL`] = `${server.toString()}${database}`;
      cleanups.push(() => dropMysqlDatabase(server.toString(), database));
    }
    const gatewayDatabase = `test_stack_gateway_${suffix}`.slice(0, 64);
    gatewayDatabaseEnv.GATEWAY_MYSQL_URL = `${server.toString()}${gatewayDatabase}`;
    cleanups.push(() => dropMysqlDatabase(server.toString(), gatewayDatabase));
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-stack-'));
    env.SQLITE_DIR = dir;
    env.MYSQL_URL = '';
    Object.assign(gatewayDatabaseEnv, { SQLITE_DIR: dir, MYSQL_URL: '', GATEWAY_MYSQL_URL: '' });
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  }
  const services: RunningService[] = [];
  const specs = new Map<string, ServiceSpec>();
  const subgraphUrls: Record<string, string> = {};
  try {
    // Owners first: agreements checks references against institutions, talent against both.
    const order = ['institutions', 'agreements'];
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    for (const name of [...options.subgraphs].sort((a, b) => rank(a) - rank(b))) {
      const spec = { dir: `subgraphs/${name}`, name, env: { ...env, ...urlsEnv(subgraphUrls) } };
      const service = await startService(spec);
      specs.set(name, spec);
      services.push(service);
      subgraphUrls[name] = service.url;
    }
    const gateway = await startService({
      dir: 'gateway',
      name: 'gateway',
      env: { ...gatewayDatabaseEnv, ...urlsEnv(subgraphUrls), GATEWAY_PORT: '0', ...options.gatewayEnv },
      command: options.gatewayCommand,
    });
    services.push(gateway);
    const byName = (name: string) => {
      const index = services.findIndex((s) => s.name === name);
      if (index < 0) throw new Error(`no service ${name}`);
      return index;
    };
    const databases = Object.fromEntries(
      options.subgraphs.map((name) => [name, readDatabaseConfig({ ...process.env, ...specs.get(name)?.env }, name)]),
    );
    return {
      gatewayUrl: gateway.url,
      services,
      subgraphUrls,
      databases,
      gatewayDatabase: readDatabaseConfig({ ...process.env, ...gatewayDatabaseEnv, ...options.gatewayEnv }, 'gateway'),
      stopService: async (name, stopOptions = {}) => {
        const service = services[byName(name)];
        if (stopOptions.kill) {
          const exited = new Promise((resolve) => service.process.once('exit', resolve));
          signalGroup(service.process, 'SIGKILL');
          await exited;
        } else {
          await service.stop();
        }
      },
      restartService: async (name) => {
        const index = byName(name);
        const spec = specs.get(name);
        if (!spec) throw new Error(`only subgraphs can be restarted, not ${name}`);
        const port = new URL(services[index].url).port;
        services[index] = await startService({ ...spec, env: { ...spec.env, [`${name.toUpperCase()}_PORT`]: port } });
      },
      stop: async () => {
        await Promise.all(services.map((s) => s.stop()));
        for (const cleanup of cleanups) await cleanup();
      },
    };
  } catch (error) {
    await Promise.all(services.map((s) => s.stop()));
    for (const cleanup of cleanups) await cleanup();
    throw error;
  }
}

/** Starts one more gateway over a stack's subgraphs, with settings of its own, on a free port (run as `command` when given). */
export function startGatewayOver(
  stack: Pick<Stack, 'subgraphUrls'>,
  env: Record<string, string>,
  name = 'gateway',
  command?: ServiceSpec['command'],
): Promise<RunningService> {
  return startService({
    dir: 'gateway',
    name,
    env: { ...urlsEnv(stack.subgraphUrls), GATEWAY_PORT: '0', ...env },
    command,
  });
}

function urlsEnv(urls: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
}
