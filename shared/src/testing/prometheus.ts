import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './freePort';
import { installedTool } from './installedTool';

/** Debian's Prometheus server (`PROMETHEUS_PATH` overrides). */
const prometheus = installedTool({ defaultPath: '/usr/bin/prometheus', require: 'REQUIRE_PROMETHEUS' });

/** Whether the Prometheus tests can run (see toolAvailable; REQUIRE_PROMETHEUS=1 makes a missing server a failure). */
export const prometheusAvailable = prometheus.available;

export interface ScrapeTarget {
  job: string;
  /** The target's `/metrics` URL. */
  metricsUrl: string;
  /** Sent as `Authorization: Bearer <token>` (METRICS_TOKEN). */
  token?: string;
}

export interface RunningPrometheus {
  url: string;
  /** An instant PromQL query through the HTTP API: its result vector. */
  query: (promql: string) => Promise<Array<{ metric: Record<string, string>; value: [number, string] }>>;
  stop: () => Promise<void>;
}

/**
 * Runs a real Prometheus server on a free loopback port, with a throwaway
 * configuration scraping `targets` every second and a throwaway data folder.
 */
export async function startPrometheus(targets: ScrapeTarget[]): Promise<RunningPrometheus> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-prometheus-'));
  const config = {
    global: { scrape_interval: '1s', scrape_timeout: '1s' },
    scrape_configs: targets.map((target) => {
      const url = new URL(target.metricsUrl);
      return {
        job_name: target.job,
        metrics_path: url.pathname,
        static_configs: [{ targets: [url.host] }],
        ...(target.token ? { authorization: { type: 'Bearer', credentials: target.token } } : {}),
      };
    }),
  };
  // JSON is YAML: Prometheus reads it as it is.
  fs.writeFileSync(path.join(dir, 'prometheus.yml'), JSON.stringify(config, null, 2));
  const port = await freePort();
  const child = spawn(
    prometheus.path(),
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus was not ready within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    query: async (promql) => {
      const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
      const body = (await response.json()) as {
        status: string;
        error?: string;
        data?: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
      };
      if (body.status !== 'success' || !body.data)
        throw new Error(`query ${promql} failed: ${body.error ?? response.status}`);
      return body.data.result;
    },
    stop,
  };
}
