import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, portAnswers } from './freePort';
import { installedTool } from './installedTool';

const redisServer = installedTool({
  defaultPath: '/usr/bin/redis-server',
  require: 'REQUIRE_REDIS',
});

/** Where redis-server is (REDIS_SERVER_PATH, else Debian's). */
export const redisServerPath = redisServer.path();

/** Whether a test needing its own redis-server can run (REQUIRE_REDIS=1 makes a missing one an error). */
export function redisAvailable(testName: string): boolean {
  return redisServer.available(testName);
}

export interface ThrowawayRedis {
  port: number;
  url: string;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill: () => Promise<void>;
  /** Starts it again on the same port, empty. */
  start: () => Promise<void>;
  /** Its process id while it runs. */
  pid: () => number | null;
}

/**
 * A redis-server of a test's own on a free loopback port, with nothing saved to disk:
 * a test may kill and restart it without touching the Redis other work shares.
 */
export async function startThrowawayRedis(port?: number): Promise<ThrowawayRedis> {
  const chosen = port ?? (await freePort());
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      redisServerPath,
      ['--bind', '127.0.0.1', '--port', String(chosen), '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 10_000;
    while (!(await portAnswers(chosen))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${chosen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    kill,
    start,
    pid: () => (child as ChildProcess | null)?.pid ?? null,
  };
}
