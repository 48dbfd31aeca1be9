import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkLoopback, runBench, BenchRefused, type BenchResult } from '../bench/harness';
import { parseBenchArgs } from '../bench/index';
import { rssGrowthAfterWarmup } from '../bench/report';

/**
 * Smoke test of `pnpm bench`: the whole harness (stack, a traced copy of this gateway,
 * Hive Gateway and stock Apollo Gateway in their own processes, the direct subgraph)
 * with a tiny load, S1 and S2.
 */
describe('pnpm bench', () => {
  it('measures every contender × scenario with requests and no errors', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
    const lines: string[] = [];
    let bench: BenchResult;
    try {
      bench = await runBench({
        duration: 1,
        connections: 4,
        rounds: 1,
        warmup: 0,
        scenarios: ['S1', 'S2', 'V2', 'V4'],
        contenders: ['gateway', 'traced', 'bare', 'hive', 'apollo', 'direct'],
        sql: true,
        outDir,
        log: (line) => lines.push(line),
      });
      const written = JSON.parse(
        fs.readFileSync(path.join(outDir, path.basename(bench.files.json)), 'utf8'),
      ) as BenchResult;
      const cells = written.results.map((r) => `${r.contender}/${r.scenario}`).sort();
      expect(cells).toEqual([
        'apollo/S1',
        'apollo/S2',
        'apollo/V2',
        'apollo/V4',
        'bare/S1',
        'bare/S2',
        'bare/V2',
        'bare/V4',
        'direct/S1',
        'direct/V4',
        'gateway/S1',
        'gateway/S2',
        'gateway/V2',
        'gateway/V4',
        'hive/S1',
        'hive/S2',
        'hive/V2',
        'hive/V4',
        'traced/S1',
        'traced/S2',
        'traced/V2',
        'traced/V4',
      ]);
      // Varied requests: answers compared between contenders request by request, none wrong (checked above per cell).
      expect(written.varied).toMatchObject({ ids: 'uniform', poolSize: 5_000 });
      expect(written.varied!.answersCompared).toBeGreaterThan(0);
      expect(written.varied!.searchWords.length).toBeGreaterThan(0);
      for (const cell of written.results) {
        expect({
          cell: `${cell.contender}/${cell.scenario}`,
          requests: cell.requests > 0,
          errors: cell.errors,
        }).toEqual({
          cell: `${cell.contender}/${cell.scenario}`,
          requests: true,
          errors: { total: 0, socket: 0, timeouts: 0, non2xx: 0, wrongBody: 0, referenceProblem: null },
        });
        expect(cell.latencyMs.p50).toBeGreaterThan(0);
        expect(cell.rss.peakBytes).toBeGreaterThan(0);
      }
      // Every process's RSS after the round: each gateway contender's and each subgraph's.
      expect(written.rssTimeline).toHaveLength(1);
      const rss = written.rssTimeline[0].rssMb;
      for (const name of ['this gateway', 'Hive Gateway', 'institutions', 'agreements', 'talent'])
        expect({ name, mb: (rss[name] ?? 0) > 0 }).toEqual({ name, mb: true });
      expect(written.environment.cpus).toBeGreaterThan(0);
      expect(written.sqlPerRequest?.find((s) => s.scenario === 'S1' && s.path === 'gateway')?.total).toBeGreaterThan(0);
      const markdown = fs.readFileSync(path.join(outDir, 'latest.md'), 'utf8');
      expect(markdown).toContain('S2 this gateway / Hive Gateway');
      expect(markdown).toContain('S1 this gateway / institutions subgraph direct');
      expect(markdown).toContain('V2 this gateway / stock Apollo Gateway');
      expect(markdown).toContain('V2 this gateway CPU ms per request, every process of its path');
      // What metrics, usage recording and tracing at 1% cost together, against the same gateway with all three off.
      expect(markdown).toMatch(
        /\| S1\+S2\+V2\+V4 this gateway with metrics, usage and traces at 1% \/ with all three off \| \d\.\d{3}× /,
      );
      expect(written.targets.find((t) => t.target.includes('traces at 1%'))?.holds).not.toBeNull();
      // By default this gateway runs compiled, as in production, with a capped heap.
      expect(written.options).toMatchObject({ gatewayRuntime: 'node', gatewayHeapMb: 192 });
      expect(markdown).toContain(
        'compiled (`node gateway/dist/index.js`) with `--max-old-space-size=192 --max-semi-space-size=16`',
      );
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${lines.join('\n')}`);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('refuses a non-loopback host or database unless --allow-remote', () => {
    expect(() => checkLoopback({ allowRemote: false, database: 'sqlite' }, { HOST: '0.0.0.0' })).toThrow(BenchRefused);
    expect(() =>
      checkLoopback({ allowRemote: false, database: 'mysql' }, { MYSQL_URL: 'mysql://root@db.example.com:3306' }),
    ).toThrow(/not this machine/);
    expect(() =>
      checkLoopback({ allowRemote: true, database: 'mysql' }, { MYSQL_URL: 'mysql://root@db.example.com:3306' }),
    ).not.toThrow();
    expect(() =>
      checkLoopback({ allowRemote: false, database: 'mysql' }, { MYSQL_URL: 'mysql://root@127.0.0.1:3306' }),
    ).not.toThrow();
  });

  it('soaks this gateway alone under the varied scenarios for about the minutes asked, in rounds of 30 s', () => {
    expect(parseBenchArgs(['--soak', '30'])).toEqual({
      sql: false,
      scenarios: ['V1', 'V2', 'V3', 'V4'],
      contenders: ['gateway'],
      duration: 30,
      rounds: 15,
    });
    expect(parseBenchArgs(['--soak=1', '--duration', '5', '--scenarios', 'V2'])).toMatchObject({
      scenarios: ['V2'],
      duration: 5,
      rounds: 12,
    });
  });

  it('calls memory flat when no process grew more than 10% after the second round', () => {
    const sample = (round: number, gateway: number, talent: number) => ({
      round,
      atSeconds: round * 120,
      rssMb: { 'this gateway': gateway, talent },
    });
    expect(rssGrowthAfterWarmup([sample(1, 150, 90), sample(2, 180, 100)])).toEqual([]);
    const growth = rssGrowthAfterWarmup([sample(1, 150, 90), sample(2, 180, 100), sample(3, 185, 130)]);
    expect(growth.map((g) => [g.name, g.fromMb, g.toMb, Math.round(g.growth * 100)])).toEqual([
      ['this gateway', 180, 185, 3],
      ['talent', 100, 130, 30],
    ]);
  });

  it('parses its arguments and refuses unknown ones', () => {
    expect(
      parseBenchArgs([
        '--duration',
        '8',
        '--connections=20',
        '--scenarios',
        's1,S2',
        '--contenders',
        'gateway,hive',
        '--rounds',
        '2',
      ]),
    ).toEqual({
      duration: 8,
      connections: 20,
      scenarios: ['S1', 'S2'],
      contenders: ['gateway', 'hive'],
      rounds: 2,
    });
    expect(
      parseBenchArgs(['--gateway-runtime', 'tsx', '--gateway-heap', '0', '--scale-datasets', 'bsmall_,blarge_']),
    ).toEqual({
      gatewayRuntime: 'tsx',
      gatewayHeapMb: 0,
      scaleDatasets: ['bsmall_', 'blarge_'],
      database: 'mysql',
    });
    expect(parseBenchArgs(['--ids', 'zipf', '--scenarios', 'v1,v3'])).toEqual({ ids: 'zipf', scenarios: ['V1', 'V3'] });
    expect(() => parseBenchArgs(['--ids', 'pareto'])).toThrow(/--ids takes uniform or zipf/);
    expect(() => parseBenchArgs(['--scale-datasets', 'bsmall_'])).toThrow(/two or more/);
    expect(() => parseBenchArgs(['--gateway-runtime', 'bun'])).toThrow(/node or tsx/);
    expect(() => parseBenchArgs(['--scenarios', 'S9'])).toThrow(/unknown: S9/);
    expect(() => parseBenchArgs(['--bogus'])).toThrow(/unknown argument/);
  });
});
