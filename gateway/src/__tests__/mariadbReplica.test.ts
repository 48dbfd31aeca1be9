import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DEV_JWT_SECRET, mintToken } from '@partnership-graph/shared';
import {
  mariadbPairAvailable,
  postGraphQL,
  startGatewayOver,
  startMariadbPair,
  startService,
  type MariadbPair,
  waitUntil,
  type RunningService,
} from '@partnership-graph/shared/testing';

/**
 * The agreements subgraph on a MariaDB primary and a GTID replica (a throwaway pair of
 * its own): anonymous reads go to the replica, writes to the primary, and the writer
 * reads its write at once. When the replica stops, its reads move to the primary and
 * nothing fails or is lost; restarted, it catches up and is used again.
 */
const read = '{ agreement(id: "mou-bsu-bayraktar-2025") { title version } }';
const update =
  'mutation($id: ID!, $v: Int!, $title: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $title }) { version } }';
const database = 'replica_test_agreements';

interface ReplicaState {
  inUse: boolean;
  reads: number;
  lagSeconds: number | null;
  reason: string | null;
}

const describeWithPair = mariadbPairAvailable('reads on a MariaDB replica') ? describe : describe.skip;

describeWithPair('a subgraph on a MariaDB primary and replica', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-replica-'));
  let pair: MariadbPair;
  const services: RunningService[] = [];
  let agreements: RunningService;
  let gateway: RunningService;
  let editor: string;

  const replica = async (): Promise<ReplicaState> => {
    const health = (await (await fetch(new URL('/health/ready', agreements.url))).json()) as {
      replicas: ReplicaState[];
    };
    return health.replicas[0];
  };

  beforeAll(async () => {
    pair = await startMariadbPair({ dir: path.join(dir, 'mariadb') });
    const institutions = await startService({
      dir: 'subgraphs/institutions',
      name: 'institutions',
      env: { INSTITUTIONS_PORT: '0', MYSQL_URL: '', SQLITE_DIR: dir, SEED_ON_START: '1' },
    });
    services.push(institutions);
    agreements = await startService({
      dir: 'subgraphs/agreements',
      name: 'agreements',
      env: {
        AGREEMENTS_PORT: '0',
        MYSQL_URL: '',
        SQLITE_DIR: dir,
        AGREEMENTS_MYSQL_URL: `${pair.primary.url}${database}`,
        AGREEMENTS_MYSQL_REPLICA_URLS: pair.replica.url,
        INSTITUTIONS_URL: institutions.url,
        SEED_ON_START: '1',
        REPLICA_CHECK_MS: '200',
      },
    });
    services.push(agreements);
    gateway = await startGatewayOver(
      { subgraphUrls: { institutions: institutions.url, agreements: agreements.url } },
      { RESPONSE_CACHE_MS: '0', ENTITY_CACHE_MS: '0' },
    );
    services.push(gateway);
    editor = await mintToken(DEV_JWT_SECRET, { sub: 'replica-test-editor', roles: ['editor:agreements'] });
  }, 180_000);
  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await pair?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function retitle(suffix: string) {
    const auth = { authorization: `Bearer ${editor}` };
    const before = (await postGraphQL(gateway.url, read, undefined, auth)).body.data.agreement;
    const title = `${before.title.replace(/ \(.*\)$/, '')} (${suffix})`;
    const changed = await postGraphQL(
      gateway.url,
      update,
      { id: 'mou-bsu-bayraktar-2025', v: before.version, title },
      auth,
    );
    expect(changed.body.errors).toBeUndefined();
    // The writer's very next read, with the same token, sees the write.
    expect((await postGraphQL(gateway.url, read, undefined, auth)).body.data.agreement).toEqual({
      title,
      version: before.version + 1,
    });
    return { title, version: before.version + 1 };
  }

  async function onReplica(sql: string): Promise<void> {
    const connection = await createConnection({ uri: pair.replica.url, multipleStatements: true });
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  }

  async function titleOnReplica(): Promise<string> {
    const connection = await createConnection({ uri: `${pair.replica.url}${database}` });
    try {
      const [rows] = await connection.query('SELECT title FROM agreements WHERE id = ?', ['mou-bsu-bayraktar-2025']);
      return (rows as Array<{ title: string }>)[0].title;
    } finally {
      await connection.end();
    }
  }

  it('reads from the replica, writes to the primary, and shows the writer its write at once', async () => {
    await waitUntil(async () => (await replica()).inUse);
    const before = (await replica()).reads;
    const anonymous = await postGraphQL(gateway.url, read);
    expect(anonymous.body.errors).toBeUndefined();
    expect((await replica()).reads).toBeGreaterThan(before);
    const written = await retitle('first');
    await waitUntil(async () => (await titleOnReplica()) === written.title, 10_000);

    // A replica 1 s behind (MASTER_DELAY) is still in use: anonymous reads see the old
    // title for that second, while the writer, pinned to the primary, sees its write.
    await onReplica('STOP SLAVE; CHANGE MASTER TO MASTER_DELAY = 1; START SLAVE');
    try {
      await waitUntil(async () => (await replica()).inUse);
      const delayed = await retitle('delayed');
      expect((await postGraphQL(gateway.url, read)).body.data.agreement).toEqual(written);
      await waitUntil(async () => (await titleOnReplica()) === delayed.title, 10_000);
    } finally {
      await onReplica('STOP SLAVE; CHANGE MASTER TO MASTER_DELAY = 0; START SLAVE');
      await waitUntil(async () => (await replica()).inUse);
    }
  }, 60_000);

  it('moves reads to the primary while the replica is stopped, loses nothing, and catches up when it is back', async () => {
    await pair.replica.kill();
    await waitUntil(async () => /unreachable/.test((await replica()).reason ?? ''));
    expect((await replica()).inUse).toBe(false);
    expect(agreements.output()).toMatch(/out of use/);
    const readsWhileDown = (await replica()).reads;
    const written: Array<{ title: string; version: number }> = [];
    for (const suffix of ['while down 1', 'while down 2']) {
      written.push(await retitle(suffix));
      const anonymous = await postGraphQL(gateway.url, read);
      expect(anonymous.body.errors).toBeUndefined();
      expect(anonymous.body.data.agreement).toEqual(written.at(-1));
    }
    expect((await replica()).reads).toBe(readsWhileDown);

    await pair.replica.start();
    await waitUntil(async () => (await replica()).inUse);
    expect(await titleOnReplica()).toBe(written.at(-1)?.title);
    const anonymous = await postGraphQL(gateway.url, read);
    expect(anonymous.body.data.agreement).toEqual(written.at(-1));
    expect((await replica()).reads).toBeGreaterThan(readsWhileDown);
  }, 90_000);
});
