import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot, subgraphNames } from '@partnership-graph/shared';
import { startStack } from '@partnership-graph/shared/testing';

/**
 * `pnpm import:bench [--rows 100000] [--batch-size 500]` measures `pnpm load` end to
 * end on MySQL: it starts the subgraphs and the gateway on fresh databases, writes a
 * synthetic institutions CSV (ids `syn-import-…`, its source titled as synthetic — never
 * mixed with real data), imports it through the gateway, imports it again (nothing may
 * change), and prints rows per second for both runs against the target of 100,000 rows
 * in five minutes. Needs MYSQL_URL on a loopback server.
 */
const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repositoryRoot, 'scripts', 'import', 'index.ts');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

function importOnce(file: string, gatewayUrl: string, batchSize: number): Promise<{ seconds: number; output: string }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [cli, file, '--batch-size', String(batchSize)], {
      env: { ...process.env, GATEWAY_URL: gatewayUrl, GATEWAY_TOKEN: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolve({ seconds, output });
      else reject(new Error(`pnpm load exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
}

async function main(): Promise<void> {
  const rows = option('--rows', 100_000);
  const batchSize = option('--batch-size', 500);
  if (!process.env.MYSQL_URL)
    throw new Error('set MYSQL_URL (e.g. mysql://root@127.0.0.1:3306): the target is measured on MySQL');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-import-bench-'));
  const file = path.join(dir, 'institutions-synthetic.csv');
  const kinds = ['UNIVERSITY', 'COMPANY', 'RESEARCH_INSTITUTE', 'LABORATORY', 'GOVERNMENT_AGENCY'];
  const lines = ['id,name,kind,country,city,foundedOn,aliases,source.title,source.language,source.url'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `syn-import-${i},Synthetic Institution ${i},${kinds[i % kinds.length]},${i % 2 ? 'AZ' : 'DE'},City ${i % 97},${1900 + (i % 120)},SI-${i},` +
        `Synthetic import benchmark data (not real),en,https://example.org/synthetic/${Math.floor(i / 1000)}`,
    );
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const stack = await startStack({ subgraphs: [...subgraphNames], database: 'mysql' });
  try {
    const first = await importOnce(file, stack.gatewayUrl, batchSize);
    const second = await importOnce(file, stack.gatewayUrl, batchSize);
    const report = (label: string, run: { seconds: number; output: string }) =>
      `${label}: ${rows} rows in ${run.seconds.toFixed(1)} s = ${Math.round(rows / run.seconds)} rows/s — ${run.output.trim().split('\n').at(-1)}`;
    console.log(report('first import ', first));
    console.log(report('second import', second));
    const budget = (rows / 100_000) * 300;
    console.log(
      `target: 100,000 rows in 300 s (here ${rows} rows in ${budget.toFixed(0)} s): first import took ${(first.seconds / budget).toFixed(2)}× the budget`,
    );
  } finally {
    await stack.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`import:bench: ${(error as Error).message}`);
  process.exit(1);
});
