import type { DataSource } from 'typeorm';
import { assertOutsideWriteTransaction, DEADLOCK_ATTEMPTS, openWriteTransactions, writeTransaction } from '../database/writeTransaction';
import { EntityReferenceChecker } from '../federation/EntityReferenceChecker';

/** A data source double whose transactions fail as scripted. */
function fakeDataSource(type: string, failures: unknown[]) {
  const calls: number[] = [];
  const dataSource = {
    options: { type },
    // Called as transaction(work) or transaction(isolationLevel, work), as TypeORM allows.
    transaction: async (...args: unknown[]) => {
      const work = args[args.length - 1] as (manager: unknown) => Promise<unknown>;
      calls.push(calls.length + 1);
      const failure = failures.shift();
      if (failure) throw failure;
      return work({});
    },
  } as unknown as DataSource;
  return { dataSource, calls };
}

const deadlock = Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
  driverError: { code: 'ER_LOCK_DEADLOCK', errno: 1213 },
});

describe('writeTransaction', () => {
  it('runs a MySQL transaction again when InnoDB chose it as a deadlock victim', async () => {
    const { dataSource, calls } = fakeDataSource('mysql', [deadlock]);
    await expect(writeTransaction(dataSource, async () => 'done')).resolves.toBe('done');
    expect(calls).toHaveLength(2);
  });

  it(`gives up after ${DEADLOCK_ATTEMPTS} deadlocks, and never retries other errors`, async () => {
    const stuck = fakeDataSource('mariadb', [deadlock, deadlock, deadlock, deadlock]);
    await expect(writeTransaction(stuck.dataSource, async () => 'done')).rejects.toBe(deadlock);
    expect(stuck.calls).toHaveLength(DEADLOCK_ATTEMPTS);
    const conflict = new Error('version conflict');
    const other = fakeDataSource('mysql', [conflict]);
    await expect(writeTransaction(other.dataSource, async () => 'done')).rejects.toBe(conflict);
    expect(other.calls).toHaveLength(1);
  });

  it('runs SQLite transactions one after the other, even when one fails', async () => {
    const { dataSource } = fakeDataSource('better-sqlite3', []);
    const log: string[] = [];
    const slow = (name: string, ms: number, fail = false) =>
      writeTransaction(dataSource, async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([slow('a', 30, true), slow('b', 1), slow('c', 10)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('counts the transactions at work and refuses a call to another subgraph inside one, but not outside', async () => {
    const { dataSource } = fakeDataSource('mysql', []);
    // Port 9 answers nothing: outside a transaction the checker tries, and says the owner is unavailable.
    const references = new EntityReferenceChecker({ Institution: 'http://127.0.0.1:9/' }, () => ({}), 500);
    const reference = { typename: 'Institution', id: 'aztu', field: 'input.institutionId' };
    await expect(references.assertExist([reference])).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    expect(() => assertOutsideWriteTransaction('a call')).not.toThrow();

    const seen: number[] = [];
    const inside = writeTransaction(dataSource, async () => {
      seen.push(openWriteTransactions(dataSource));
      await new Promise((resolve) => setTimeout(resolve, 10));
      await references.assertExist([reference]);
    });
    await expect(inside).rejects.toThrow(/must not run inside a write transaction/);
    expect(seen).toEqual([1]);
    expect(openWriteTransactions(dataSource)).toBe(0);
  });
});
