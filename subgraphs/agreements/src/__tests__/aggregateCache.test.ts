import { readCacheTtlMs, setReadCacheTtl, writeTransaction } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { AgreementRepository, type AgreementValues } from '../repositories/AgreementRepository';
import { openFixture, type AgreementsFixture } from './fixture';

/**
 * Aggregates (totalCount, agreementStats) are read through a short-lived cache: a
 * repeated one sends no statement, and any write of this process — committed or
 * rolled back — is seen by the next read. A writer outside the process is seen after
 * the TTL.
 */
const aggregates = `{
  agreements(first: 1) { totalCount }
  agreementStats(groupBy: KIND) { key count }
}`;

const values = (title: string): AgreementValues => ({
  title,
  titleIsDescriptive: true,
  kind: 'COOPERATION_AGREEMENT',
  status: 'SIGNED',
  description: null,
  signedOn: '2026-01',
  validFrom: null,
  validUntil: null,
  areas: [],
});

describe.each(testDatabases())('aggregate cache on $label', (database) => {
  let fx: AgreementsFixture;
  beforeAll(async () => {
    setReadCacheTtl(60_000);
    fx = await openFixture(database);
  });
  afterAll(async () => {
    setReadCacheTtl(readCacheTtlMs());
    await fx?.close();
  });

  async function read(): Promise<{ total: number; cooperation: number; statements: number }> {
    fx.sql.reset();
    const { data, errors } = await fx.query(aggregates);
    expect(errors).toBeUndefined();
    const statements = fx.sql.count;
    const stats = data!.agreementStats as Array<{ key: string; count: number }>;
    return {
      total: (data!.agreements as { totalCount: number }).totalCount,
      cooperation: stats.find((b) => b.key === 'COOPERATION_AGREEMENT')?.count ?? 0,
      statements,
    };
  }

  it('answers a repeated aggregate without a statement, and a write of this process at once', async () => {
    const first = await read();
    expect(first.total).toBeGreaterThan(0);
    // The page itself is one statement; the COUNT and the GROUP BY are cached.
    const again = await read();
    expect(again).toMatchObject({ total: first.total, cooperation: first.cooperation });
    expect(again.statements).toBe(first.statements - 2);

    await writeTransaction(fx.dataSource, (manager) =>
      new AgreementRepository(fx.dataSource).insert(manager, 'cache-test-1', values('cache test 1'), []),
    );
    const after = await read();
    expect(after).toMatchObject({
      total: first.total + 1,
      cooperation: first.cooperation + 1,
      statements: first.statements,
    });
  });

  it('does not keep what was read while a write was still uncommitted', async () => {
    const before = await read();
    let during: number | null = null;
    await writeTransaction(fx.dataSource, async (manager) => {
      await new AgreementRepository(fx.dataSource).insert(manager, 'cache-test-2', values('cache test 2'), []);
      // Read outside the transaction: on MySQL another connection sees the old count.
      if (database.label === 'mysql') during = (await read()).total;
    });
    if (database.label === 'mysql') expect(during).toBe(before.total);
    expect((await read()).total).toBe(before.total + 1);
  });

  it('forgets a rolled-back write too', async () => {
    const before = await read();
    await expect(
      writeTransaction(fx.dataSource, async (manager) => {
        await new AgreementRepository(fx.dataSource).insert(manager, 'cache-test-3', values('cache test 3'), []);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await read()).total).toBe(before.total);
  });

  it('sees a writer outside the process after the TTL', async () => {
    setReadCacheTtl(300);
    // The cache's clock stands still until the TTL is meant to run out, however slow the machine.
    let clock = Date.now();
    const now = jest.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      const before = await read();
      // Another process's write: TypeORM's logger (and so this process's cache) never sees it.
      const sql = "DELETE FROM agreements WHERE id = 'cache-test-1'";
      const driver = fx.dataSource.driver as unknown as {
        databaseConnection?: { prepare: (sql: string) => { run: () => unknown } };
        pool?: { query: (sql: string, callback: (error: unknown) => void) => void };
      };
      if (database.label === 'sqlite') driver.databaseConnection!.prepare(sql).run();
      else
        await new Promise<void>((resolve, reject) =>
          driver.pool!.query(sql, (error) => (error ? reject(error) : resolve())),
        );
      expect((await read()).total).toBe(before.total);
      clock += 400;
      expect((await read()).total).toBe(before.total - 1);
    } finally {
      now.mockRestore();
      setReadCacheTtl(60_000);
    }
  });
});
