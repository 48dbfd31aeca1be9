/**
 * `pnpm bench:cluster [--seconds 8] [--readers 4]`: starts the local cluster
 * (startCluster), runs a bounded mixed load through HAProxy — each seeded agreement has
 * a caller that writes it and reads it back with its token, and `readers` anonymous
 * callers run the canonical federated query (scenario S2) — and reads the CPU time
 * (user + system, /proc) of every process before and after. Prints CPU ms per request
 * for each kind of service (after an unmeasured warm-up) and the instances a given rate needs (docs/deployment.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEV_JWT_SECRET, mintToken } from '@partnership-graph/shared';
import { postGraphQL, scenarios } from '@partnership-graph/shared/testing';
import { cpuMillis, servingPid } from '../bench/processes';
import { startCluster } from './cluster';

const read = 'query($id: ID!) { agreement(id: $id) { title version } }';
const update =
  'mutation($id: ID!, $v: Int!, $title: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $title }) { version } }';

/** What one core can give an instance before queues grow: plan for 60 % busy. */
const TARGET_UTILISATION = 0.6;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '8' }, readers: { type: 'string', default: '4' } },
  });
  const seconds = Math.min(60, Number(values.seconds));
  const readers = Math.min(32, Number(values.readers));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cluster-bench-'));
  const cluster = await startCluster({ dir });
  try {
    const url = cluster.gatewayUrl;
    const ids: string[] = (
      await postGraphQL(url, '{ agreements(first: 4) { nodes { id } } }')
    ).body.data.agreements.nodes.map((n: { id: string }) => n.id);
    // Every process of the topology, by kind.
    const groups = new Map<string, number[]>();
    const add = (kind: string, pid: number | null) => {
      if (pid !== null) groups.set(kind, [...(groups.get(kind) ?? []), pid]);
    };
    for (const instance of cluster.instances) add(instance.service, servingPid(instance.pid() ?? -1));
    add('haproxy', cluster.haproxyPid);
    add('redis', cluster.redis.pid());
    add('mariadb primary', cluster.mariadb.primary.pid());
    add('mariadb replica', cluster.mariadb.replica.pid());
    const cpu = () =>
      new Map([...groups].map(([kind, pids]) => [kind, pids.reduce((t, p) => t + (cpuMillis(p) ?? 0), 0)]));

    let counts = { writes: 0, ownReads: 0, anonymous: 0, errors: 0 };
    let until = 0;
    const count = (ok: boolean, kind: 'writes' | 'ownReads' | 'anonymous') => (ok ? counts[kind]++ : counts.errors++);
    const writer = async (id: string, index: number) => {
      const auth = {
        authorization: `Bearer ${await mintToken(DEV_JWT_SECRET, { sub: `bench-${index}`, roles: ['admin'] })}`,
      };
      let version = (await postGraphQL(url, read, { id }, auth)).body.data.agreement.version as number;
      for (let n = 0; Date.now() < until; n++) {
        const written = await postGraphQL(url, update, { id, v: version, title: `bench ${index} ${n}` }, auth);
        count(!written.body.errors, 'writes');
        const again = await postGraphQL(url, read, { id }, auth);
        count(!again.body.errors, 'ownReads');
        version = again.body.data?.agreement?.version ?? version;
      }
    };
    const reader = async () => {
      while (Date.now() < until) count(!(await postGraphQL(url, scenarios.S2.query)).body.errors, 'anonymous');
    };
    const load = (ms: number) => {
      until = Date.now() + ms;
      return Promise.all([...ids.map((id, i) => writer(id, i)), ...Array.from({ length: readers }, reader)]);
    };
    // Not measured: the first requests compile code and fill pools.
    await load(Math.min(5_000, seconds * 500));
    counts = { writes: 0, ownReads: 0, anonymous: 0, errors: 0 };
    const before = cpu();
    const startedAt = Date.now();
    await load(seconds * 1000);
    const elapsed = (Date.now() - startedAt) / 1000;
    const after = cpu();
    const requests = counts.writes + counts.ownReads + counts.anonymous;
    console.log(
      `\n${requests} requests in ${elapsed.toFixed(1)} s (${(requests / elapsed).toFixed(0)}/s): ` +
        `${counts.writes} writes, ${counts.ownReads} reads by their writers, ${counts.anonymous} anonymous S2 reads; ${counts.errors} errors`,
    );
    console.log(
      '\n| service | instances | CPU ms per request (all its instances) | cores for 100 req/s | instances for 100 / 500 / 1000 req/s |',
    );
    console.log('| --- | --- | --- | --- | --- |');
    for (const [kind, pids] of groups) {
      const ms = ((after.get(kind) ?? 0) - (before.get(kind) ?? 0)) / requests;
      const need = (rate: number) => Math.max(1, Math.ceil((rate * ms) / 1000 / TARGET_UTILISATION));
      console.log(
        `| ${kind} | ${pids.length} | ${ms.toFixed(2)} | ${((100 * ms) / 1000).toFixed(2)} | ${need(100)} / ${need(500)} / ${need(1000)} |`,
      );
    }
    console.log(
      `\ninstances = ceil(rate × CPU ms per request / 1000 / ${TARGET_UTILISATION}) (one Node process uses one core)`,
    );
  } finally {
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
