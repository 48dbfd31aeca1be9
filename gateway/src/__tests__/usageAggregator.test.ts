import { LATENCY_BUCKETS_MS, UsageAggregator, type UsageSample } from '../usage/UsageAggregator';

const minute = 60_000;
const t0 = 29_000_000 * minute;

function sample(overrides: Partial<UsageSample> = {}): UsageSample {
  return {
    at: t0 + 1_000,
    operation: { hash: 'a'.repeat(64), name: 'A', signature: 'query A{a}' },
    coordinates: ['Query.a'],
    clientName: 'web',
    clientVersion: '1',
    durationMs: 7,
    failed: false,
    ...overrides,
  };
}

describe('usage aggregation in memory', () => {
  it("keeps each coordinate's last minute when one document's coordinate set comes again and again", () => {
    const usage = new UsageAggregator(100);
    const documentSet = new Set(['Query.a', 'A.b']);
    usage.record(sample({ coordinates: documentSet }));
    usage.record(sample({ coordinates: documentSet }));
    usage.record(sample({ coordinates: documentSet, at: t0 + minute }));
    // The same document with a variable that names an enum value: a set of its own.
    usage.record(sample({ coordinates: new Set([...documentSet, 'Kind.MEMORANDUM']), at: t0 + minute }));
    usage.record(sample({ coordinates: documentSet, at: t0 + minute }));
    const { rows, operations } = usage.drain();
    expect(rows.reduce((sum, row) => sum + row.requests, 0)).toBe(5);
    expect(Object.fromEntries(operations[0].coordinates)).toEqual({
      'Query.a': t0 / minute + 1,
      'A.b': t0 / minute + 1,
      'Kind.MEMORANDUM': t0 / minute + 1,
    });
    expect(operations[0]).not.toHaveProperty('merged');
  });

  it('counts requests per minute, operation and client, with errors, latency sum, max and buckets', () => {
    const usage = new UsageAggregator(100);
    usage.record(sample());
    usage.record(sample({ durationMs: 300, failed: true }));
    usage.record(sample({ durationMs: 60_000 }));
    usage.record(sample({ clientName: 'ios' }));
    usage.record(sample({ at: t0 + minute }));
    const { rows, operations, dropped } = usage.drain();
    expect(dropped).toBe(0);
    expect(rows).toHaveLength(3);
    const web = rows.find((r) => r.clientName === 'web' && r.minute === t0 / minute);
    expect(web).toMatchObject({ requests: 3, errors: 1, durationMsSum: 60_307, durationMsMax: 60_000 });
    expect(web?.buckets).toHaveLength(LATENCY_BUCKETS_MS.length + 1);
    expect(web?.buckets[LATENCY_BUCKETS_MS.indexOf(10)]).toBe(1);
    expect(web?.buckets[LATENCY_BUCKETS_MS.indexOf(500)]).toBe(1);
    expect(web?.buckets[LATENCY_BUCKETS_MS.length]).toBe(1);
    expect(operations).toHaveLength(1);
    expect(operations[0]).toMatchObject({ name: 'A', lastMinute: t0 / minute + 1 });
    expect([...operations[0].coordinates]).toEqual([['Query.a', t0 / minute + 1]]);
  });

  it('keeps each coordinate an operation used, from its document or its variables', () => {
    const usage = new UsageAggregator(100);
    usage.record(sample({ coordinates: ['Query.a', 'Kind.X'] }));
    usage.record(sample({ coordinates: ['Query.a', 'Kind.Y'], at: t0 + 2 * minute }));
    const [operation] = usage.drain().operations;
    expect(Object.fromEntries(operation.coordinates)).toEqual({
      'Query.a': t0 / minute + 2,
      'Kind.X': t0 / minute,
      'Kind.Y': t0 / minute + 2,
    });
  });

  it('is bounded: past maxKeys rows or operations a request is dropped and counted, and a drain starts afresh', () => {
    const usage = new UsageAggregator(2);
    expect(usage.record(sample({ clientName: 'a' }))).toBe(true);
    expect(usage.record(sample({ clientName: 'b' }))).toBe(true);
    // A third client would be a third row.
    expect(usage.record(sample({ clientName: 'c' }))).toBe(false);
    // Known rows still count.
    expect(usage.record(sample({ clientName: 'a' }))).toBe(true);
    expect(usage.size).toBe(2);
    const first = usage.drain();
    expect(first.dropped).toBe(1);
    expect(first.rows.map((r) => [r.clientName, r.requests])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(usage.size).toBe(0);
    const second = new UsageAggregator(2);
    second.record(sample({ operation: { hash: '1', name: 'one', signature: '' } }));
    second.record(sample({ operation: { hash: '2', name: 'two', signature: '' } }));
    expect(second.record(sample({ operation: { hash: '3', name: 'three', signature: '' }, clientName: 'a' }))).toBe(
      false,
    );
    expect(second.drain()).toMatchObject({ dropped: 1, operations: [{ name: 'one' }, { name: 'two' }] });
    expect(usage.drain()).toEqual({ rows: [], operations: [], dropped: 0 });
  });

  it('bounds the coordinates held too (100 per allowed key)', () => {
    const usage = new UsageAggregator(1);
    const many = Array.from({ length: 101 }, (_, i) => `Query.f${i}`);
    expect(usage.record(sample({ coordinates: many }))).toBe(false);
    expect(usage.record(sample({ coordinates: many.slice(0, 100) }))).toBe(true);
    expect(usage.drain().dropped).toBe(1);
  });
});
