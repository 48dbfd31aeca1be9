import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { subgraphEnvPrefix, subgraphNames } from '@partnership-graph/shared';
import {
  freePort,
  signalGroup,
  startMariadbPair,
  startService,
  startThrowawayRedis,
  waitUntil,
  type MariadbPair,
  type MariadbServer,
  type RunningService,
  type ThrowawayRedis,
} from '@partnership-graph/shared/testing';

/** Debian's HAProxy (HAPROXY_PATH). */
export const haproxyPath = process.env.HAPROXY_PATH ?? '/usr/sbin/haproxy';

/**
 * One instance of a service behind HAProxy, on a port of its own that a restart keeps;
 * crashed (`kill`: SIGKILL), started again (`start`, waiting until it says it is ready) and
 * watched (`pid`: the leader of its process group) as a server of the MariaDB pair is.
 */
export interface Instance extends Pick<MariadbServer, 'port' | 'url' | 'running' | 'kill' | 'start' | 'pid'> {
  /** e.g. `gateway-1`, `agreements-2`. */
  name: string;
  service: string;
  output: () => string;
}

export interface Cluster {
  /** What callers use: HAProxy's gateway frontend. */
  gatewayUrl: string;
  /** HAProxy's frontend per subgraph (what the gateways and the subgraphs' reference checks call). */
  subgraphUrls: Record<string, string>;
  statsUrl: string;
  haproxyPid: number | null;
  instances: Instance[];
  redis: ThrowawayRedis;
  mariadb: MariadbPair;
  /** Every address, one per line, for people. */
  describe: () => string;
  stop: () => Promise<void>;
}

export interface ClusterOptions {
  /** Data folders (the MariaDB pair) and the generated HAProxy config. */
  dir: string;
  gateways?: number;
  /** Instances of each subgraph. */
  replicas?: number;
  /** The gateway's public port (0: a free one). */
  gatewayPort?: number;
  /** More variables for every gateway and subgraph. */
  env?: Record<string, string>;
  /** Log lines of every service to this process's output, prefixed by instance (pnpm start:cluster). */
  echo?: boolean;
}

interface Frontend {
  name: string;
  port: number;
  servers: Array<{ name: string; port: number }>;
}

/**
 * HAProxy in front of every service: one frontend per service, round robin over its
 * instances, each checked on `/health/ready` every 500 ms (two failures take it out, one
 * success brings it back). A request whose connection to an instance is refused (it died
 * since the last check) is sent to another (`retries`, `option redispatch`): only requests
 * already in flight at an instance's death fail.
 */
export function haproxyConfig(frontends: Frontend[], statsPort: number): string {
  const lines = [
    'global',
    '  maxconn 2000',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-keep-alive 10s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout',
    '  option httpchk GET /health/ready',
    '  http-check expect status 200',
    '  default-server inter 500ms fall 2 rise 1',
    '',
    'frontend stats',
    `  bind 127.0.0.1:${statsPort}`,
    '  stats enable',
    '  stats uri /',
    '',
  ];
  for (const frontend of frontends) {
    lines.push(
      `frontend ${frontend.name}`,
      `  bind 127.0.0.1:${frontend.port}`,
      `  default_backend ${frontend.name}_instances`,
      '',
      `backend ${frontend.name}_instances`,
      '  balance roundrobin',
      ...frontend.servers.map((server) => `  server ${server.name} 127.0.0.1:${server.port} check`),
      '',
    );
  }
  return lines.join('\n');
}

/**
 * The local topology of docs/deployment.md: Redis, a MariaDB primary and replica, `replicas`
 * instances of every subgraph (all on the pair, their reads on the replica), `gateways`
 * gateways sharing Redis, and HAProxy in front of each service. Everything on loopback.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const gateways = options.gateways ?? 2;
  const replicas = options.replicas ?? 2;
  fs.mkdirSync(options.dir, { recursive: true });
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const redis = await startThrowawayRedis();
    stops.push(() => redis.kill());
    const mariadb = await startMariadbPair({ dir: path.join(options.dir, 'mariadb') });
    stops.push(() => mariadb.stop({ keep: true }));

    // Every port first: HAProxy's config names them, and an instance restarts on its own.
    const frontends: Frontend[] = [];
    for (const service of [...subgraphNames, 'gateway']) {
      const count = service === 'gateway' ? gateways : replicas;
      const servers = [];
      for (let i = 1; i <= count; i++) servers.push({ name: `${service}-${i}`, port: await freePort() });
      const port = service === 'gateway' && options.gatewayPort ? options.gatewayPort : await freePort();
      frontends.push({ name: service, port, servers });
    }
    const statsPort = await freePort();
    const configFile = path.join(options.dir, 'haproxy.cfg');
    fs.writeFileSync(configFile, haproxyConfig(frontends, statsPort));
    const haproxy = spawnHaproxy(configFile);
    stops.push(haproxy.stop);

    const frontendUrl = (name: string) => `http://127.0.0.1:${frontends.find((f) => f.name === name)?.port}/`;
    const subgraphUrls = Object.fromEntries(subgraphNames.map((name) => [name, frontendUrl(name)]));
    const common: Record<string, string> = {
      REDIS_URL: redis.url,
      MYSQL_URL: '',
      // Every subgraph reaches the others (reference checks) and the gateway reaches them through HAProxy.
      ...Object.fromEntries(subgraphNames.map((name) => [`${subgraphEnvPrefix(name)}_URL`, subgraphUrls[name]])),
      ...options.env,
    };
    for (const name of subgraphNames) {
      common[`${subgraphEnvPrefix(name)}_MYSQL_URL`] = `${mariadb.primary.url}cluster_${name}`;
      common[`${subgraphEnvPrefix(name)}_MYSQL_REPLICA_URLS`] = mariadb.replica.url;
    }
    const instances: Instance[] = [];
    // Subgraphs in the registry's order (owners before those that check references to
    // them), and the first instance of each before the others: it migrates and seeds.
    for (const frontend of frontends) {
      for (const server of frontend.servers) {
        const gateway = frontend.name === 'gateway';
        const instance = instanceOf(
          server.name,
          frontend.name,
          server.port,
          {
            ...common,
            [gateway ? 'GATEWAY_PORT' : `${subgraphEnvPrefix(frontend.name)}_PORT`]: String(server.port),
          },
          options.echo ?? false,
        );
        await instance.start();
        instances.push(instance);
        stops.push(instance.kill);
      }
    }
    const gatewayUrl = frontendUrl('gateway');
    // Ready once HAProxy's checks see every instance.
    await waitUntil(async () => (await fetch(new URL('/health/ready', gatewayUrl)).catch(() => null))?.ok === true);
    const statsUrl = `http://127.0.0.1:${statsPort}/`;
    return {
      gatewayUrl,
      subgraphUrls,
      statsUrl,
      haproxyPid: haproxy.child.pid ?? null,
      instances,
      redis,
      mariadb,
      describe: () =>
        [
          `gateway (HAProxy)      ${gatewayUrl}`,
          ...subgraphNames.map((name) => `${`${name} (HAProxy)`.padEnd(23)}${subgraphUrls[name]}`),
          `HAProxy stats          ${statsUrl}`,
          ...instances.map((i) => `${i.name.padEnd(23)}${i.url}`),
          `Redis                  ${redis.url}`,
          `MariaDB primary        ${mariadb.primary.url}`,
          `MariaDB replica        ${mariadb.replica.url}`,
          `HAProxy config         ${configFile}`,
        ].join('\n'),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function spawnHaproxy(configFile: string): { child: ChildProcess; stop: () => Promise<void> } {
  // -db: in the foreground, so it ends with this process's signal.
  const child = spawn(haproxyPath, ['-db', '-f', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  child.once('exit', (code) => {
    if (code && code !== 0 && code !== 143) console.error(`haproxy exited with ${code}:\n${errors}`);
  });
  return {
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function instanceOf(name: string, service: string, port: number, env: Record<string, string>, echo: boolean): Instance {
  let current: RunningService | null = null;
  let history = '';
  const dir = service === 'gateway' ? 'gateway' : `subgraphs/${service}`;
  const self: Instance = {
    name,
    service,
    port,
    url: `http://127.0.0.1:${port}/`,
    running: () => !!current && current.process.exitCode === null && current.process.signalCode === null,
    output: () => history + (current?.output() ?? ''),
    pid: () => (current as RunningService | null)?.process.pid ?? null,
    start: async () => {
      current = await startService({ dir, name, env: { ...env, SEED_ON_START: '1' } });
      if (echo) {
        const prefix = `[${name}] `;
        const print = (chunk: Buffer) =>
          process.stdout.write(
            chunk
              .toString()
              .split('\n')
              .filter(Boolean)
              .map((line) => prefix + line + '\n')
              .join(''),
          );
        current.process.stdout?.on('data', print);
        current.process.stderr?.on('data', print);
      }
    },
    kill: async () => {
      const running = current;
      if (!running) return;
      history += running.output();
      current = null;
      if (running.process.exitCode !== null || running.process.signalCode !== null) return;
      const exited = new Promise((resolve) => running.process.once('exit', resolve));
      signalGroup(running.process, 'SIGKILL');
      await exited;
    },
  };
  return self;
}
