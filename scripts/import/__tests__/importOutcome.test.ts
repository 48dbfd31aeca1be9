import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { parseImportArgs, UsageError } from '../args';

/**
 * What the import command says when a batch fails while writing. A stand-in gateway on
 * loopback checks every row (the dry run), answers the first batch that writes, and
 * fails the second the way the scenario says. Only a refusal proves that the batch wrote
 * nothing; after a timeout or a lost connection the outcome is unknown, and the command
 * must say so (and to run the import again, which is idempotent).
 */
const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repositoryRoot, 'scripts', 'import', 'index.ts');
const sample = path.join(repositoryRoot, 'docs', 'import', 'institutions.csv');

type Failure = 'hang' | 'drop' | 'SUBGRAPH_UNAVAILABLE' | 'CONFLICT';

/** A gateway that answers dry runs and the first write, then fails the next write as `failure` says. */
async function startGateway(failure: Failure) {
  let writes = 0;
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as {
        variables: { rows: Array<{ source: { row: number } }>; dryRun: boolean };
      };
      const answer = (payload: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      const rows = variables.rows.map((r) => ({
        row: r.source.row,
        id: `sample-${r.source.row}`,
        outcome: 'CREATED',
        matchedBy: null,
        problems: [],
      }));
      const result = {
        dryRun: variables.dryRun,
        written: !variables.dryRun,
        created: rows.length,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        rows,
      };
      if (variables.dryRun || ++writes === 1) return answer({ data: { result } });
      if (failure === 'hang') return void hanging.push(res);
      if (failure === 'drop') return void req.socket.destroy();
      const message =
        failure === 'CONFLICT'
          ? 'The institution "sample-x" was changed by someone else during the import'
          : 'Subgraph institutions is unavailable';
      answer({ data: null, errors: [{ message, extensions: { code: failure } }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs the command (asynchronously: the stand-in gateway answers from this process). */
function runImport(
  url: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-import-outcome-'));
  return new Promise((resolve) => {
    const child = spawn(tsx, [cli, sample, '--batch-size', '1', ...args], {
      cwd: repositoryRoot,
      env: { ...process.env, GATEWAY_URL: url, GATEWAY_TOKEN: '', INIT_CWD: dir, IMPORT_TIMEOUT_MS: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      fs.rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the import command when a batch fails while writing', () => {
  it.each([
    [
      'gives no answer within --timeout-ms',
      'hang' as const,
      ['--timeout-ms', '1500'],
      {},
      /gave no answer within 1500 ms/,
    ],
    [
      'gives no answer within IMPORT_TIMEOUT_MS',
      'hang' as const,
      [],
      { IMPORT_TIMEOUT_MS: '1200' },
      /gave no answer within 1200 ms/,
    ],
    ['drops the connection', 'drop' as const, [], {}, /the connection to the gateway at .* failed before it answered/],
    ['answers SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE' as const, [], {}, /SUBGRAPH_UNAVAILABLE/],
  ])(
    'says the outcome is unknown and to run the import again when the gateway %s',
    async (_case, failure, args, env, reason) => {
      const gateway = await startGateway(failure);
      try {
        const started = Date.now();
        const { code, stderr } = await runImport(gateway.url, args, env);
        expect(code).toBe(1);
        expect(stderr).toMatch(reason);
        expect(stderr).toMatch(/whether the batch in flight \(file row \d+\) was written is unknown/);
        expect(stderr).toMatch(/[1-9]\d* rows? of earlier batches are written/);
        expect(stderr).toMatch(/import is idempotent: run the same import again/);
        expect(stderr).not.toMatch(/wrote nothing/);
        if (failure === 'hang') expect(Date.now() - started).toBeLessThan(60_000);
      } finally {
        await gateway.close();
      }
    },
    90_000,
  );

  it('says the batch wrote nothing only when the write was refused (CONFLICT)', async () => {
    const gateway = await startGateway('CONFLICT');
    try {
      const { code, stderr } = await runImport(gateway.url, []);
      expect(code).toBe(1);
      expect(stderr).toMatch(/changed by someone else during the import \[CONFLICT\]/);
      expect(stderr).toMatch(/the batch that failed wrote nothing; [1-9]\d* rows? of earlier batches are written/);
      expect(stderr).not.toMatch(/unknown/);
    } finally {
      await gateway.close();
    }
  }, 90_000);
});

describe('--timeout-ms and IMPORT_TIMEOUT_MS', () => {
  const file = path.join(repositoryRoot, 'docs', 'import', 'institutions.csv');
  it('default to 120 s, take a whole number of milliseconds from 1 s to 1 h, and the option wins over the variable', () => {
    expect(parseImportArgs([file], {}).timeoutMs).toBe(120_000);
    expect(parseImportArgs([file], { IMPORT_TIMEOUT_MS: '300000' }).timeoutMs).toBe(300_000);
    expect(parseImportArgs([file, '--timeout-ms', '5000'], { IMPORT_TIMEOUT_MS: '300000' }).timeoutMs).toBe(5_000);
    for (const bad of ['0', '999', '1.5', 'soon', '3600001']) {
      expect(() => parseImportArgs([file, '--timeout-ms', bad], {})).toThrow(UsageError);
      expect(() => parseImportArgs([file], { IMPORT_TIMEOUT_MS: bad })).toThrow(
        /IMPORT_TIMEOUT_MS must be a whole number of milliseconds/,
      );
    }
  });
});
