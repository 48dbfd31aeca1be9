import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from '../config';

export interface ServiceSpec {
  /** Package folder relative to the repository root, e.g. "subgraphs/institutions". */
  dir: string;
  name: string;
  env?: Record<string, string>;
}

export interface RunningService {
  name: string;
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');

/**
 * Starts a service as its own process, exactly as `pnpm start` does, on a free port
 * (the `<NAME>_PORT`/`GATEWAY_PORT` variable is 0), and resolves with the URL it logs.
 */
export function startService(spec: ServiceSpec, timeoutMs = 60_000): Promise<RunningService> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['src/index.ts'], {
      cwd: path.join(repositoryRoot, spec.dir),
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${spec.name} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match) {
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
              child.kill('SIGTERM');
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

/** POSTs one GraphQL operation and returns the HTTP status and the parsed body. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
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
  return { status: response.status, body };
}
