import { Column, Entity, PrimaryColumn, type DataSource, type Logger, type QueryRunner } from 'typeorm';
import {
  cachedQuery,
  cachedRead,
  DEFAULT_READ_CACHE_MS,
  noteStatement,
  noteWrite,
  readCacheTtlMs,
  setReadCacheTtl,
  WriteWatchingLogger,
} from '../database/readCache';
import { runInRequestScope, runInWriteTransactionFrame } from '../database/requestScope';
import { logger as processLogger } from '../observability/logger';
import { writeTransaction } from '../database/writeTransaction';
import { testDatabases } from '../testing/testDatabases';
import { tableMigration } from './tableMigration';
import { throwawayDatabase } from './throwawayDatabase';

/**
 * The aggregate read cache: an answer is reused for the same key on the same data source
 * until the TTL passes or this process writes anything. The clock is held still with
 * jest.spyOn(Date, 'now'), so no assertion depends on how fast the machine is.
 */
const TTL = 5_000;
let now = 1_000_000;
let clock: jest.SpyInstance<number, []>;
beforeEach(() => {
  now = 1_000_000;
  clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
  setReadCacheTtl(TTL);
});
afterEach(() => {
  clock.mockRestore();
  setReadCacheTtl(readCacheTtlMs());
});

/** A data source of its own per test (entries are kept per data source), and a counting computation. */
function fixture() {
  const dataSource = {} as DataSource;
  let computed = 0;
  const compute = jest.fn(async () => ++computed);
  const read = (key = 'count') => cachedRead(dataSource, key, compute);
  return { dataSource, compute, read };
}

describe('cachedRead', () => {
  it('defaults to a 5 s TTL when the configuration gives none', () => {
    expect(DEFAULT_READ_CACHE_MS).toBe(5000);
    expect(readCacheTtlMs()).toBe(DEFAULT_READ_CACHE_MS);
  });

  it('answers a repeat within the TTL from the cache, and computes again once the TTL has passed', async () => {
    const { read, compute } = fixture();
    expect(await read()).toBe(1);
    now += TTL - 1;
    expect(await read()).toBe(1);
    now += 1;
    expect(await read()).toBe(2);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('starts a fresh TTL from the recomputation', async () => {
    const { read } = fixture();
    await read();
    now += TTL;
    expect(await read()).toBe(2);
    now += TTL - 1;
    expect(await read()).toBe(2);
  });

  it('keeps answers apart by key and by data source', async () => {
    const first = fixture();
    expect(await first.read('a')).toBe(1);
    expect(await first.read('b')).toBe(2);
    expect(await first.read('a')).toBe(1);
    const other = fixture();
    expect(await cachedRead(other.dataSource, 'a', async () => 'other source')).toBe('other source');
  });

  it('caches nothing when the TTL is 0', async () => {
    setReadCacheTtl(0);
    const { read, compute } = fixture();
    await read();
    await read();
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('lets concurrent identical reads share one computation', async () => {
    const { dataSource } = fixture();
    let finish!: (n: number) => void;
    const compute = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    const reads = [cachedRead(dataSource, 'slow', compute), cachedRead(dataSource, 'slow', compute)];
    finish(42);
    expect(await Promise.all(reads)).toEqual([42, 42]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('does not remember a failed read', async () => {
    const { dataSource } = fixture();
    await expect(cachedRead(dataSource, 'flaky', () => Promise.reject(new Error('lost connection')))).rejects.toThrow(
      'lost connection',
    );
    expect(await cachedRead(dataSource, 'flaky', async () => 'recovered')).toBe('recovered');
  });

  it('reads through, caching nothing, inside a write transaction’s work (which sees its own uncommitted rows)', async () => {
    const { read, compute } = fixture();
    await runInWriteTransactionFrame(async () => {
      expect(await read()).toBe(1);
      expect(await read()).toBe(2);
    });
    expect(await read()).toBe(3);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps at most 1000 entries per data source, dropping the oldest first', async () => {
    const { dataSource } = fixture();
    const computeFor = (key: string) => jest.fn(async () => key);
    for (let i = 0; i < 1000; i++) await cachedRead(dataSource, `k${i}`, computeFor(`k${i}`));
    await cachedRead(dataSource, 'k1000', computeFor('k1000'));
    const oldest = computeFor('again');
    const second = computeFor('again');
    expect(await cachedRead(dataSource, 'k1', second)).toBe('k1');
    expect(await cachedRead(dataSource, 'k0', oldest)).toBe('again');
    expect(second).not.toHaveBeenCalled();
  });
});

describe('invalidation by writes', () => {
  it('drops every entry, of every data source, when this process writes', async () => {
    const a = fixture();
    const b = fixture();
    await a.read();
    await b.read();
    noteWrite();
    expect(await a.read()).toBe(2);
    expect(await b.read()).toBe(2);
  });

  it('counts INSERT, UPDATE, DELETE, REPLACE and DDL as writes, in any case and after leading space', async () => {
    const { read } = fixture();
    let expected = await read();
    for (const sql of [
      'INSERT INTO t VALUES (1)',
      '  update t SET a = 1',
      'DELETE FROM t',
      'REPLACE INTO t VALUES (1)',
      'CREATE TABLE u (a INT)',
      'alter table t add b int',
      'DROP TABLE u',
      'TRUNCATE t',
      '\nRENAME TABLE t TO v',
    ]) {
      noteStatement(sql);
      expect(await read()).toBe(++expected);
    }
  });

  it('keeps entries across reads and transaction statements that write nothing', async () => {
    const { read } = fixture();
    await read();
    const runner = {} as QueryRunner;
    for (const sql of [
      'SELECT COUNT(*) FROM t',
      'BEGIN TRANSACTION',
      'START TRANSACTION',
      'COMMIT',
      'ROLLBACK',
      'SELECT 1 AS updated_count',
    ])
      noteStatement(sql, runner);
    expect(await read()).toBe(1);
  });

  it('drops entries again when a transaction that wrote commits or rolls back, so a read cached meanwhile is not kept', async () => {
    const { read } = fixture();
    const runner = {} as QueryRunner;
    noteStatement('INSERT INTO t VALUES (1)', runner);
    // Another request reads while the transaction is open: the committed state, cached.
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    noteStatement('COMMIT', runner);
    expect(await read()).toBe(2);
    // The runner is clean again: its next commit of nothing keeps entries.
    noteStatement('COMMIT', runner);
    expect(await read()).toBe(2);
    noteStatement('UPDATE t SET a = 2', runner);
    expect(await read()).toBe(3);
    noteStatement('ROLLBACK', runner);
    expect(await read()).toBe(4);
  });
});

describe('WriteWatchingLogger', () => {
  const inner = (): jest.Mocked<Logger> => ({
    logQuery: jest.fn(),
    logQueryError: jest.fn(),
    logQuerySlow: jest.fn(),
    logSchemaBuild: jest.fn(),
    logMigration: jest.fn(),
    log: jest.fn(),
  });

  it('invalidates on a written statement, a failed write and a migration, and hands everything to the inner logger', async () => {
    const { read } = fixture();
    const wrapped = inner();
    const logger = new WriteWatchingLogger(wrapped);
    await read();
    logger.logQuery('SELECT 1', []);
    expect(await read()).toBe(1);
    logger.logQuery('INSERT INTO t VALUES (?)', [1]);
    expect(await read()).toBe(2);
    logger.logQueryError(new Error('duplicate'), 'INSERT INTO t VALUES (?)', [1]);
    expect(await read()).toBe(3);
    logger.logMigration('CreateThings1 has been executed');
    expect(await read()).toBe(4);
    logger.logQuerySlow(2000, 'SELECT 1');
    logger.logSchemaBuild('building');
    logger.log('info', 'hello');
    expect(await read()).toBe(4);
    expect(wrapped.logQuery).toHaveBeenCalledWith('INSERT INTO t VALUES (?)', [1], undefined);
    expect(wrapped.logQueryError).toHaveBeenCalledTimes(1);
    expect(wrapped.logQuerySlow).toHaveBeenCalledWith(2000, 'SELECT 1', undefined, undefined);
    expect(wrapped.logSchemaBuild).toHaveBeenCalledWith('building', undefined);
    expect(wrapped.logMigration).toHaveBeenCalledTimes(1);
    expect(wrapped.log).toHaveBeenCalledWith('info', 'hello', undefined);
  });

  it('without an inner logger, logs only TypeORM’s warnings, through the process logger', () => {
    const warn = jest.spyOn(processLogger(), 'warn').mockImplementation(() => undefined);
    const info = jest.spyOn(processLogger(), 'info').mockImplementation(() => undefined);
    try {
      const logger = new WriteWatchingLogger();
      logger.log('info', 'chatter');
      logger.log('log', 'chatter');
      logger.log('warn', 'deprecated option');
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith('[typeorm] deprecated option');
      expect(info).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      info.mockRestore();
    }
  });
});

@Entity('cached_things')
class CachedThing {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: string;
}

const CreateCachedThings1000000000002 = tableMigration(1000000000002, {
  name: 'cached_things',
  columns: [
    { name: 'id', type: 'varchar', length: '64', isPrimary: true },
    { name: 'kind', type: 'varchar', length: '20' },
  ],
});

describe.each(testDatabases())('cachedQuery on $label', (db) => {
  const dataSource = throwawayDatabase(db, 'readcache', [CachedThing], [CreateCachedThings1000000000002]);
  const things = () => dataSource().getRepository(CachedThing);
  const countOf = (kind: string) => {
    const query = things().createQueryBuilder('t').where('t.kind = :kind', { kind });
    const run = jest.fn((q: typeof query) => q.getCount());
    return { answer: () => cachedQuery('things.count', query, run), run };
  };

  it('keys an answer by the statement and its parameters', async () => {
    await things().insert([
      { id: 'a', kind: 'x' },
      { id: 'b', kind: 'y' },
    ]);
    const x = countOf('x');
    const y = countOf('y');
    expect(await x.answer()).toBe(1);
    expect(await y.answer()).toBe(1);
    expect(await countOf('x').answer()).toBe(1);
    expect(x.run).toHaveBeenCalledTimes(1);
    expect(y.run).toHaveBeenCalledTimes(1);
  });

  it('sees this process’s own write at once, without waiting for the TTL', async () => {
    const before = countOf('z');
    expect(await before.answer()).toBe(0);
    await things().insert({ id: 'c', kind: 'z' });
    expect(await countOf('z').answer()).toBe(1);
  });

  it('drops what another request cached while a write transaction was open, when it commits', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const insertSent = new Promise<void>((resolve) => (written = resolve));
    const writer = runInRequestScope({ deadline: null, wrote: false }, () =>
      writeTransaction(dataSource(), async (manager) => {
        await manager.getRepository(CachedThing).insert({ id: 'd', kind: 'w' });
        written();
        await held;
      }),
    );
    await insertSent;
    // Another request, while the transaction is open, reads (and caches) the committed state.
    expect(await runInRequestScope({ deadline: null, wrote: false }, () => countOf('w').answer())).toBe(0);
    release();
    await writer;
    expect(await countOf('w').answer()).toBe(1);
  });
});
