import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { signalGroup, type RunningService } from '@partnership-graph/shared/testing';

/** A contender as a started service is (its process, tsx, leads its own process group). */
export type BenchProcess = RunningService;

const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');

/**
 * Starts `tsx scripts/bench/contender.ts <kind>` in its own process group and resolves
 * with the URL it prints ("ready at …"). The group is killed if it does not get ready.
 */
export function spawnContender(kind: string, env: Record<string, string>, timeoutMs = 60_000): Promise<BenchProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(__dirname, 'contender.ts'), kind], {
      cwd: repositoryRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const timer = setTimeout(() => {
      signalGroup(child, 'SIGKILL');
      reject(new Error(`${kind} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = /ready at (http:\/\/[^\s"]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        // Keep draining, so a chatty contender never blocks on a full pipe.
        child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-100_000)));
        child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-100_000)));
        resolve({ name: kind, url: match[1], process: child, output: () => output, stop: () => stopProcess(child) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with ${code} before it was ready:\n${output}`));
    });
  });
}

/** SIGTERM to the whole group; SIGKILL after `graceMs` if it is still there. */
export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    signalGroup(child, 'SIGTERM');
  });
}

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** Processes whose parent is this process (the services and contenders it spawned). */
export function ownChildren(): number[] {
  try {
    return fs
      .readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((pid) => parentOf(pid) === process.pid);
  } catch {
    return [];
  }
}

/** Signals the process group each given child leads (services and contenders are spawned detached). */
export function signalGroups(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(-pid, signal);
    } catch {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
  }
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * The process that actually serves: the pnpm shim execs tsx, which runs the service
 * in a child node process and keeps an esbuild service process beside it. Of `pid` and
 * its descendants, the node process with the largest RSS (or `pid` without /proc).
 */
export function servingPid(pid: number): number {
  let all: number[];
  try {
    all = fs
      .readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return pid;
  }
  const children = new Map<number, number[]>();
  for (const p of all) {
    const parent = parentOf(p);
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  let best = { pid, rss: -1 };
  const walk = (p: number) => {
    const rss = rssBytes(p) ?? 0;
    if (/node/.test(commandOf(p)) && rss > best.rss) best = { pid: p, rss };
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return best.pid;
}

const clockTicksPerSecond = 100;

/** CPU time a process has used so far (user + system), in ms, or null when it cannot be read (no /proc). */
export function cpuMillis(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (USER_HZ, 100 on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return null;
  }
}

/** Resident set size of a process in bytes (VmRSS), or null when it cannot be read. */
export function rssBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `intervalMs` until stopped; returns the peak and mean in bytes. */
export function sampleRss(
  pid: number,
  intervalMs = 200,
): () => { peak: number | null; mean: number | null; samples: number } {
  const values: number[] = [];
  const take = () => {
    const value = rssBytes(pid);
    if (value !== null) values.push(value);
  };
  take();
  const timer = setInterval(take, intervalMs);
  return () => {
    clearInterval(timer);
    take();
    if (!values.length) return { peak: null, mean: null, samples: 0 };
    return {
      peak: Math.max(...values),
      mean: values.reduce((a, b) => a + b, 0) / values.length,
      samples: values.length,
    };
  };
}

/**
 * The pid of the database server on this machine (`mariadbd`, or `mysqld`), found by
 * name in /proc, or null when there is none or /proc cannot be read. Its CPU time is
 * shared by every database user, so the bench reads it only while it alone loads it.
 */
export function databaseServerPid(): number | null {
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const name = fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
        if (name === 'mariadbd' || name === 'mysqld') return Number(entry);
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return null;
}
