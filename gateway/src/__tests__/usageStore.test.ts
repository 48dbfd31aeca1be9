import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { metrics } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { minuteOf, type UsageSample } from '../usage/UsageAggregator';
import { UsageRecorder } from '../usage/UsageRecorder';
import { UsageStore } from '../usage/UsageStore';

const now = Date.UTC(2026, 11, 7, 12, 0, 30);

function sample(overrides: Partial<UsageSample> = {}): UsageSample {
  return {
    at: now,
    operation: { hash: 'b'.repeat(64), name: 'Agreements', signature: 'query Agreements{agreements{id}}' },
    coordinates: ['Query.agreements', 'Agreement.id'],
    clientName: 'web',
    clientVersion: '3.1',
    durationMs: 12,
    failed: false,
    ...overrides,
  };
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(testDatabases())('the usage store on $label', (db) => {
  let created: ReturnType<typeof db.create>;
  let reader: UsageStore | null = null;
  beforeAll(() => {
    created = db.create('gateway_usage');
  });
  afterAll(async () => {
    await reader?.close();
    await created.drop();
  });

  it('does not exist for a reader before the gateway writes, and is created and migrated by the recorder', async () => {
    expect(await UsageStore.openExisting(created.config)).toBeNull();
    const recorder = new UsageRecorder(
      { database: created.config, retentionDays: 30, flushMs: 100, maxKeys: 100 },
      () => now,
    );
    recorder.start();
    try {
      recorder.record(sample());
      recorder.record(sample({ failed: true, durationMs: 900 }));
      // Usage older than the retention window is pruned right after the write that brought it.
      recorder.record(
        sample({ at: now - 40 * 86_400_000, operation: { hash: 'c'.repeat(64), name: 'Old', signature: '' } }),
      );
      reader = await (async () => {
        let store: UsageStore | null = null;
        await until(async () => (store = await UsageStore.openExisting(created.config)) !== null);
        return store as unknown as UsageStore;
      })();
      // Written by the timer, off any request's path.
      await until(async () => (await reader!.totalRequests(0)) === 2);
      // The same minute written again adds up; the max is the larger.
      recorder.record(sample({ durationMs: 3 }));
      recorder.record(sample({ clientName: 'ios', clientVersion: '' }));
    } finally {
      await recorder.close();
    }
    const [top] = await reader!.topOperations(0, 10);
    expect(top).toMatchObject({ operationName: 'Agreements', requests: 4, errors: 1, durationMsMax: 900 });
    expect(top.durationMsSum).toBeCloseTo(12 + 900 + 3 + 12);
    expect(top.buckets.reduce((a, b) => a + b, 0)).toBe(4);
    expect(await reader!.clientTraffic(0)).toEqual([
      { operationHash: 'b'.repeat(64), clientName: 'web', clientVersion: '3.1', requests: 3, errors: 1 },
      { operationHash: 'b'.repeat(64), clientName: 'ios', clientVersion: '', requests: 1, errors: 0 },
    ]);
    const uses = await reader!.coordinateUses(minuteOf(now) - 60);
    expect(uses.map((u) => [u.coordinate, u.clientName, u.requests]).sort()).toEqual([
      ['Agreement.id', 'ios', 1],
      ['Agreement.id', 'web', 3],
      ['Query.agreements', 'ios', 1],
      ['Query.agreements', 'web', 3],
    ]);
    expect((await reader!.topOperations(0, 10)).map((o) => o.operationName)).toEqual(['Agreements']);
    // A window that starts after the requests sees none.
    expect(await reader!.totalRequests(minuteOf(now) + 1)).toBe(0);
    expect(await reader!.coordinateUses(minuteOf(now) + 1)).toEqual([]);
  });
});

describe.each(testDatabases())('a new usage store on $label', (db) => {
  it('is created and migrated once when two gateways open it at the same moment', async () => {
    const created = db.create('gateway_usage_twice');
    try {
      const stores = await Promise.all([UsageStore.open(created.config), UsageStore.open(created.config)]);
      await stores[0].write({
        rows: [],
        operations: [{ hash: 'd'.repeat(64), name: 'D', signature: '', lastMinute: 1, coordinates: new Map() }],
        dropped: 0,
      });
      expect(await stores[1].dataSource.query('SELECT name FROM usage_operation')).toEqual([{ name: 'D' }]);
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await created.drop();
    }
  });
});

describe('a usage store that cannot be opened', () => {
  it('costs the counted requests (logged and counted as dropped), never a request or the shutdown', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-usage-broken-'));
    // A file where the database's folder should be.
    fs.writeFileSync(path.join(dir, 'not-a-folder'), '');
    const dropped = async () =>
      (await metrics.registry.getSingleMetric('usage_dropped_requests_total')?.get())?.values.find(
        (v) => v.labels.reason === 'store',
      )?.value ?? 0;
    const before = await dropped();
    const recorder = new UsageRecorder({
      database: { kind: 'sqlite', file: path.join(dir, 'not-a-folder', 'gateway.sqlite') },
      retentionDays: 30,
      flushMs: 3_600_000,
      maxKeys: 100,
    });
    recorder.start();
    recorder.record(sample());
    recorder.record(sample());
    await expect(recorder.close()).resolves.toBeUndefined();
    expect((await dropped()) - before).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
