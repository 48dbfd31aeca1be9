import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { freePort, portAnswers } from './freePort';
import { installedTool } from './installedTool';

const run = promisify(execFile);

const mariadbd = installedTool({
  defaultPath: '/usr/sbin/mariadbd',
  require: 'REQUIRE_MARIADB_PAIR',
  debianPackage: 'mariadb-server',
});

/** Debian's MariaDB server and its data-folder initialiser (MARIADBD_PATH, MARIADB_INSTALL_DB_PATH). */
export const mariadbdPath = mariadbd.path();
export const mariadbInstallDbPath = process.env.MARIADB_INSTALL_DB_PATH ?? '/usr/bin/mariadb-install-db';

/** Whether a test needing a MariaDB pair of its own can run (REQUIRE_MARIADB_PAIR=1 makes a missing server an error). */
export function mariadbPairAvailable(testName: string): boolean {
  return mariadbd.available(testName);
}

export interface MariadbServer {
  port: number;
  /** `mysql://root@127.0.0.1:<port>/` (no password: a throwaway on loopback). */
  url: string;
  dataDir: string;
  running: () => boolean;
  start: () => Promise<void>;
  /** SIGKILL, as a crash: what was committed stays in its data folder. */
  kill: () => Promise<void>;
  /** A clean shutdown (SIGTERM). */
  stop: () => Promise<void>;
  /** Its process id while it runs. */
  pid: () => number | null;
}

export interface MariadbPair {
  primary: MariadbServer;
  replica: MariadbServer;
  /** Stops both and, unless `keep`, removes their data folders. */
  stop: (options?: { keep?: boolean }) => Promise<void>;
}

/** SQL run as root on one server, over its socket (before root may log in over TCP). */
async function overSocket(dataDir: string, sql: string): Promise<void> {
  await run('mariadb', ['--no-defaults', `--socket=${path.join(dataDir, 'mysqld.sock')}`, '-uroot', '-e', sql]);
}

async function server(dataDir: string, port: number, serverId: number, replica: boolean): Promise<MariadbServer> {
  const fresh = !fs.existsSync(path.join(dataDir, 'mysql'));
  if (fresh) {
    fs.mkdirSync(dataDir, { recursive: true });
    await run(mariadbInstallDbPath, [
      '--no-defaults',
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...(process.getuid?.() === 0 ? ['--user=root'] : []),
    ]);
  }
  let child: ChildProcess | null = null;
  const args = [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${path.join(dataDir, 'mysqld.sock')}`,
    `--pid-file=${path.join(dataDir, 'mysqld.pid')}`,
    `--log-error=${path.join(dataDir, 'error.log')}`,
    `--server-id=${serverId}`,
    // GTID replication: every server writes a binary log, the replica too (so it could be promoted).
    `--log-bin=${path.join(dataDir, 'binlog')}`,
    '--binlog-format=ROW',
    '--log-slave-updates=1',
    '--gtid-strict-mode=1',
    '--skip-name-resolve',
    // Small: a throwaway for tests, beside other work on the machine.
    '--innodb-buffer-pool-size=32M',
    '--max-connections=200',
    '--character-set-server=utf8mb4',
    '--collation-server=utf8mb4_unicode_ci',
    ...(replica ? ['--read-only=1'] : []),
    ...(process.getuid?.() === 0 ? ['--user=root'] : []),
  ];
  const self: MariadbServer = {
    port,
    url: `mysql://root@127.0.0.1:${port}/`,
    dataDir,
    running: () => !!child && child.exitCode === null && child.signalCode === null,
    start: async () => {
      child = spawn(mariadbdPath, args, { stdio: 'ignore' });
      const deadline = Date.now() + 60_000;
      while (!(await portAnswers(port))) {
        if (child.exitCode !== null) {
          const log = fs.readFileSync(path.join(dataDir, 'error.log'), 'utf8').slice(-2000);
          throw new Error(`mariadbd on ${port} exited with ${child.exitCode}:\n${log}`);
        }
        if (Date.now() > deadline) throw new Error(`mariadbd did not answer on ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    pid: () => (child as ChildProcess | null)?.pid ?? null,
  };
  const signal = async (name: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(name);
    await exited;
  };
  await self.start();
  if (fresh) {
    // Local accounts, kept out of the binary log: the replica makes its own, and replays only data.
    await overSocket(
      dataDir,
      "SET sql_log_bin = 0; CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; " +
        "CREATE USER 'replicator'@'127.0.0.1' IDENTIFIED BY 'replicator'; GRANT REPLICATION SLAVE ON *.* TO 'replicator'@'127.0.0.1';",
    );
  }
  return self;
}

/**
 * A throwaway MariaDB primary and replica on loopback ports, each with a data folder of
 * its own under `dir`, the replica following the primary by GTID (`MASTER_USE_GTID =
 * slave_pos`). For tests and for trying replication out (`pnpm cluster:mariadb`).
 * Started again over existing folders, it keeps their data and replication.
 */
export async function startMariadbPair(options: {
  dir: string;
  primaryPort?: number;
  replicaPort?: number;
}): Promise<MariadbPair> {
  const primaryPort = options.primaryPort ?? (await freePort());
  const replicaPort = options.replicaPort ?? (await freePort());
  const replicaFresh = !fs.existsSync(path.join(options.dir, 'replica', 'mysql'));
  const primary = await server(path.join(options.dir, 'primary'), primaryPort, 1, false);
  let replica: MariadbServer;
  try {
    replica = await server(path.join(options.dir, 'replica'), replicaPort, 2, true);
  } catch (error) {
    await primary.kill();
    throw error;
  }
  const connection = await createConnection({ uri: replica.url });
  try {
    if (replicaFresh)
      await connection.query(
        `CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primaryPort}, MASTER_USER = 'replicator', ` +
          "MASTER_PASSWORD = 'replicator', MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1",
      );
    else await connection.query(`CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ${primaryPort}`);
    await connection.query('START SLAVE');
  } finally {
    await connection.end();
  }
  return {
    primary,
    replica,
    stop: async (stopOptions = {}) => {
      await replica.stop();
      await primary.stop();
      if (!stopOptions.keep) fs.rmSync(options.dir, { recursive: true, force: true });
    },
  };
}

/** The replica's replication state (SHOW SLAVE STATUS), as the services read it too. */
export async function replicaStatus(url: string): Promise<{ io: string; sql: string; lagSeconds: number | null }> {
  const connection = await createConnection({ uri: url });
  try {
    const [rows] = await connection.query('SHOW SLAVE STATUS');
    const row = (rows as Array<Record<string, unknown>>)[0];
    return {
      io: String(row?.Slave_IO_Running ?? 'No'),
      sql: String(row?.Slave_SQL_Running ?? 'No'),
      lagSeconds: row?.Seconds_Behind_Master == null ? null : Number(row.Seconds_Behind_Master),
    };
  } finally {
    await connection.end();
  }
}
