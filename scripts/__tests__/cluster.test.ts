import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_JWT_SECRET, mintToken, subgraphNames } from '@partnership-graph/shared';
import {
  mariadbPairAvailable,
  postGraphQL,
  redisAvailable,
  toolAvailable,
  waitUntil,
} from '@partnership-graph/shared/testing';
import { haproxyPath, startCluster, type Cluster } from '../cluster/cluster';

/**
 * The local cluster (pnpm start:cluster) under a bounded loopback load: callers each
 * write their own agreement and read it back, with their token, through HAProxy, while
 * one gateway, then one instance of every subgraph, then Redis are killed and started
 * again. Counted: every read that missed a write its caller had already had acknowledged
 * (must be 0), and every failed request, split into those in flight at a kill and the
 * others (must be 0).
 */
const read = 'query($id: ID!) { agreement(id: $id) { title version } }';
const update =
  'mutation($id: ID!, $v: Int!, $title: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $title }) { version } }';
const anonymousRead = '{ institutions(first: 5) { totalCount nodes { id name } } }';

interface Outcome {
  start: number;
  end: number;
  ok: boolean;
  missed: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ready =
  toolAvailable(
    'the cluster under load',
    {
      name: 'haproxy',
      executable: haproxyPath,
      require: 'REQUIRE_HAPROXY',
      install: 'apt-get install -y haproxy',
      pathVariable: 'HAPROXY_PATH',
    },
    process.env,
  ) &&
  redisAvailable('the cluster under load') &&
  mariadbPairAvailable('the cluster under load');

(ready ? describe : describe.skip)('the cluster under load', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cluster-'));
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({ dir });
  }, 240_000);
  afterAll(async () => {
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every caller reading its own writes, and fails only what is in flight when an instance or Redis dies', async () => {
    const url = cluster.gatewayUrl;
    const ids: string[] = (
      await postGraphQL(url, '{ agreements(first: 4) { nodes { id } } }')
    ).body.data.agreements.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const outcomes: Outcome[] = [];
    const timed = async (work: () => Promise<{ ok: boolean; missed?: boolean }>) => {
      const start = Date.now();
      let result: { ok: boolean; missed?: boolean };
      try {
        result = await work();
      } catch {
        result = { ok: false };
      }
      outcomes.push({ start, end: Date.now(), ok: result.ok, missed: result.missed ?? false });
      return result.ok;
    };
    let running = true;
    const caller = async (id: string, index: number) => {
      const auth = {
        authorization: `Bearer ${await mintToken(DEV_JWT_SECRET, { sub: `load-${index}`, roles: ['admin'] })}`,
      };
      let acked = 0;
      let version = 0;
      const readOwn = () =>
        timed(async () => {
          const { status, body } = await postGraphQL(url, read, { id }, auth);
          if (status !== 200 || body.errors || !body.data?.agreement) return { ok: false };
          version = body.data.agreement.version;
          return { ok: true, missed: version < acked };
        });
      await readOwn();
      for (let n = 0; running; n++) {
        await timed(async () => {
          const { status, body } = await postGraphQL(
            url,
            update,
            { id, v: version, title: `load ${index} ${n}` },
            auth,
          );
          if (status !== 200 || body.errors) return { ok: false };
          version = acked = body.data.updateAgreement.version;
          return { ok: true };
        });
        await readOwn();
        await readOwn();
        await timed(async () => {
          const { status, body } = await postGraphQL(url, anonymousRead);
          return { ok: status === 200 && !body.errors };
        });
      }
    };
    const load = Promise.all(ids.map((id, index) => caller(id, index)));

    const instance = (name: string) => {
      const found = cluster.instances.find((i) => i.name === name);
      if (!found) throw new Error(`no instance ${name}`);
      return found;
    };
    const gatewayHealth = async (name: string) =>
      ((await (await fetch(new URL('/health/ready', instance(name).url))).json()) as { responseCache?: string })
        .responseCache;
    const kills: Array<{ what: string; from: number; to: number }> = [];
    const phases: Array<{ what: string; kill: () => Promise<unknown>; restart: () => Promise<unknown> }> = [
      { what: 'gateway-1', kill: () => instance('gateway-1').kill(), restart: () => instance('gateway-1').start() },
      {
        what: 'one instance of each subgraph',
        kill: () => Promise.all(subgraphNames.map((name) => instance(`${name}-1`).kill())),
        restart: async () => {
          for (const name of subgraphNames) await instance(`${name}-1`).start();
        },
      },
      {
        what: 'Redis',
        kill: async () => {
          await cluster.redis.kill();
          await waitUntil(async () => (await gatewayHealth('gateway-2')) === 'local');
        },
        restart: async () => {
          await cluster.redis.start();
          await waitUntil(async () => (await gatewayHealth('gateway-2')) === 'shared');
          await waitUntil(async () => (await gatewayHealth('gateway-1')) === 'shared');
        },
      },
    ];
    try {
      await sleep(2_000);
      for (const phase of phases) {
        const from = Date.now();
        await phase.kill();
        kills.push({ what: phase.what, from, to: Date.now() });
        await sleep(2_000);
        await phase.restart();
        // HAProxy's next check (every 500 ms) brings a restarted instance back.
        await sleep(1_500);
      }
    } finally {
      running = false;
      await load;
    }

    const inFlightAtKill = (o: Outcome) => kills.some((k) => o.start <= k.to && o.end >= k.from);
    const failed = outcomes.filter((o) => !o.ok);
    const report = {
      requests: outcomes.length,
      succeeded: outcomes.length - failed.length,
      failedInFlightAtAKill: failed.filter(inFlightAtKill).length,
      failedOtherwise: failed.filter((o) => !inFlightAtKill(o)).length,
      readsMissingOwnAcknowledgedWrite: outcomes.filter((o) => o.missed).length,
      kills: kills.map((k) => `${k.what} (${k.to - k.from} ms)`),
    };
    console.log(`cluster under load: ${JSON.stringify(report, null, 2)}`);
    expect(report.readsMissingOwnAcknowledgedWrite).toBe(0);
    expect(report.failedOtherwise).toBe(0);
    expect(report.succeeded).toBeGreaterThan(100);
    // Everything is back: both gateways share Redis again, and every instance answers.
    for (const i of cluster.instances) expect((await fetch(new URL('/health/ready', i.url))).status).toBe(200);
  }, 240_000);
});
