import { buildSchema, findBreakingChanges } from 'graphql';
import { changedCoordinates, reaches } from '../../gateway/src/usage/changedCoordinates';
import { loadGatewayConfig } from '../../gateway/src/config';
import { LATENCY_BUCKETS_MS } from '../../gateway/src/usage/UsageAggregator';
import { readUsageCheckOptions } from '../schemaCheck';
import { latencyPercentile, readUsageArgs, unusedFields } from '../usage';

const before = buildSchema(`
  interface Node { id: ID! name: String }
  enum Kind { A B }
  input Filter { kind: Kind }
  type Thing implements Node { id: ID! name: String size(unit: String): Int kind: Kind }
  type Other { id: ID! }
  union Any = Thing | Other
  type Query { things(filter: Filter, first: Int): [Thing!]! any: [Any!]! node: Node }
`);
const after = buildSchema(`
  interface Node { id: ID! name: String }
  enum Kind { A }
  input Filter { kind: Kind required: Int! }
  type Thing implements Node { id: ID! name: Int size: Int }
  union Any = Thing
  type Query { things(filter: Filter, first: String, last: Int!): [Thing!]! any: [Any!]! node: Node }
`);

describe('the coordinates a breaking change reaches', () => {
  const reached = Object.fromEntries(
    findBreakingChanges(before, after).map((change) => [change.description, changedCoordinates(change)]),
  );

  it('maps each kind of breaking change to the recorded coordinates it breaks', () => {
    expect(reached).toEqual({
      'Other was removed.': { exact: [], prefixes: ['Other.'] },
      'B was removed from enum type Kind.': { exact: ['Kind.B'], prefixes: [] },
      'A required field required on input type Filter was added.': { exact: [], prefixes: ['Filter.'] },
      'Other was removed from union type Any.': { exact: [], prefixes: ['Other.'] },
      'Thing.name changed type from String to Int.': { exact: ['Thing.name'], prefixes: [] },
      'Thing.size arg unit was removed.': { exact: ['Thing.size(unit:)'], prefixes: [] },
      'Thing.kind was removed.': { exact: ['Thing.kind'], prefixes: [] },
      'Query.things arg first has changed type from Int to String.': { exact: ['Query.things(first:)'], prefixes: [] },
      'A required arg last on Query.things was added.': { exact: ['Query.things'], prefixes: [] },
    });
  });

  it('matches whole types by their name and a dot, not by a longer name that starts alike', () => {
    const removed = { exact: [], prefixes: ['Kind.'] };
    expect(reaches(removed, 'Kind.A')).toBe(true);
    expect(reaches(removed, 'KindFilter.kinds')).toBe(false);
  });

  it('leaves a change usage cannot judge to schema/accepted-changes', () => {
    expect(changedCoordinates({ type: 'DIRECTIVE_REMOVED', description: 'cost was removed.' })).toBeNull();
    expect(
      changedCoordinates({
        type: 'IMPLEMENTED_INTERFACE_REMOVED',
        description: 'Thing no longer implements interface Node.',
      }),
    ).toBeNull();
  });
});

describe('the options of schema:check and pnpm usage', () => {
  it('reads the window and thresholds from flags first, then USAGE_CHECK_* variables, then defaults', () => {
    expect(readUsageCheckOptions([], {})).toEqual({ enabled: true, windowDays: 7, minRequests: 1, minPercent: 0 });
    expect(
      readUsageCheckOptions(['--window-days', '30', '--min-percent', '5'], {
        USAGE_CHECK_WINDOW_DAYS: '2',
        USAGE_CHECK_MIN_REQUESTS: '10',
      }),
    ).toEqual({ enabled: true, windowDays: 30, minRequests: 10, minPercent: 5 });
    expect(readUsageCheckOptions(['--no-usage'], {}).enabled).toBe(false);
    expect(readUsageCheckOptions([], { USAGE_CHECK: '0' }).enabled).toBe(false);
    expect(() => readUsageCheckOptions(['--window-days', '0'], {})).toThrow(/--window-days must be an integer/);
    expect(() => readUsageCheckOptions([], { USAGE_CHECK_MIN_PERCENT: '101' })).toThrow(/USAGE_CHECK_MIN_PERCENT/);
    expect(() => readUsageCheckOptions(['--since', '3'], {})).toThrow(/unknown argument "--since"/);
    expect(readUsageArgs(['--days', '3', '--json'])).toEqual({ days: 3, limit: 20, json: true });
    expect(() => readUsageArgs(['--limit', 'many'])).toThrow(/--limit must be an integer/);
  });

  it('validates the gateway’s USAGE_* variables at boot', () => {
    const usage = loadGatewayConfig({ SQLITE_DIR: '/tmp/pg-usage-config', MYSQL_URL: '' }).usage;
    expect(usage).toEqual({
      enabled: true,
      database: { kind: 'sqlite', file: '/tmp/pg-usage-config/gateway.sqlite' },
      retentionDays: 30,
      flushMs: 15_000,
      maxKeys: 10_000,
    });
    expect(loadGatewayConfig({ GATEWAY_MYSQL_URL: 'mysql://root@127.0.0.1:3306/usage_db' }).usage.database).toEqual({
      kind: 'mysql',
      url: 'mysql://root@127.0.0.1:3306/',
      database: 'usage_db',
    });
    expect(loadGatewayConfig({ USAGE_RECORDING: '0' }).usage.enabled).toBe(false);
    expect(() => loadGatewayConfig({ USAGE_RECORDING: 'yes' })).toThrow(/USAGE_RECORDING must be 0 or 1/);
    expect(() => loadGatewayConfig({ USAGE_RETENTION_DAYS: '0' })).toThrow(/USAGE_RETENTION_DAYS/);
    expect(() => loadGatewayConfig({ USAGE_MAX_KEYS: '1' })).toThrow(/USAGE_MAX_KEYS/);
    expect(() => loadGatewayConfig({ USAGE_FLUSH_MS: 'soon' })).toThrow(/USAGE_FLUSH_MS/);
  });
});

describe('pnpm usage arithmetic', () => {
  it('reads percentiles off the latency buckets as the bound of the bucket that holds them', () => {
    const buckets = new Array(LATENCY_BUCKETS_MS.length + 1).fill(0);
    buckets[LATENCY_BUCKETS_MS.indexOf(10)] = 90;
    buckets[LATENCY_BUCKETS_MS.indexOf(1000)] = 9;
    buckets[LATENCY_BUCKETS_MS.length] = 1;
    expect(latencyPercentile(buckets, 0.5)).toBe(10);
    expect(latencyPercentile(buckets, 0.95)).toBe(1000);
    expect(latencyPercentile(buckets, 1)).toBeNull();
    expect(latencyPercentile(new Array(buckets.length).fill(0), 0.5)).toBeNull();
  });

  it('counts a field used through an interface or an implementation as used', () => {
    const unused = unusedFields(before, new Set(['Node.name', 'Thing.id', 'Query.things']));
    const names = unused.map((f) => f.coordinate);
    expect(names).not.toContain('Thing.name');
    expect(names).not.toContain('Node.id');
    expect(names).toEqual(expect.arrayContaining(['Thing.size', 'Thing.kind', 'Other.id', 'Query.any', 'Query.node']));
    expect(names).not.toContain('Query.things');
  });
});
