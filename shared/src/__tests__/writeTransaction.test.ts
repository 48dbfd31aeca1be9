import { Column, Entity, PrimaryColumn, type DataSource } from 'typeorm';
import {
  assertOutsideWriteTransaction,
  DEADLOCK_ATTEMPTS,
  isDeadlock,
  isDuplicateKey,
  lockForUpdate,
  openWriteTransactions,
  supportsRowLocks,
  writeTransaction,
} from '../database/writeTransaction';
import { EntityReferenceChecker } from '../federation/EntityReferenceChecker';
import { testDatabases } from '../testing/testDatabases';
import { tableMigration } from './tableMigration';
import { throwawayDatabase } from './throwawayDatabase';

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
    await expect(references.assertExist([reference])).rejects.toMatchObject({
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
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

describe('recognising database errors', () => {
  it('tells an InnoDB deadlock by its code or number, on the error or on its driver error', () => {
    expect(isDeadlock({ code: 'ER_LOCK_DEADLOCK' })).toBe(true);
    expect(isDeadlock({ errno: 1213 })).toBe(true);
    expect(isDeadlock({ driverError: { code: 'ER_LOCK_DEADLOCK' } })).toBe(true);
    expect(isDeadlock({ driverError: { errno: 1213 } })).toBe(true);
    expect(isDeadlock({ code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 })).toBe(false);
    expect(isDeadlock(new Error('deadlock'))).toBe(false);
    expect(isDeadlock(null)).toBe(false);
  });
});

@Entity('ledger_rows')
class LedgerRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'integer' })
  amount: number;
}

const CreateLedgerRows1000000000006 = tableMigration(1000000000006, {
  name: 'ledger_rows',
  columns: [
    { name: 'id', type: 'varchar', length: '64', isPrimary: true },
    { name: 'amount', type: 'integer' },
  ],
});

describe.each(testDatabases())('writeTransaction on $label', (db) => {
  const dataSource = throwawayDatabase(db, 'writetx', [LedgerRow], [CreateLedgerRows1000000000006]);
  const ledger = () => dataSource().getRepository(LedgerRow);

  it('commits what the work wrote when it resolves, and answers its result', async () => {
    const result = await writeTransaction(dataSource(), async (manager) => {
      await manager.getRepository(LedgerRow).insert([
        { id: 'a', amount: 1 },
        { id: 'b', amount: 2 },
      ]);
      return 'booked';
    });
    expect(result).toBe('booked');
    expect(await ledger().count()).toBe(2);
  });

  it('rolls back everything the work wrote when it throws, and passes the error on', async () => {
    const failure = new Error('refused halfway');
    await expect(
      writeTransaction(dataSource(), async (manager) => {
        await manager.getRepository(LedgerRow).insert({ id: 'c', amount: 3 });
        await manager.getRepository(LedgerRow).update({ id: 'a' }, { amount: 100 });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await ledger().findOneBy({ id: 'c' })).toBeNull();
    expect((await ledger().findOneByOrFail({ id: 'a' })).amount).toBe(1);
  });

  it('recognises a duplicate primary key from this database', async () => {
    const error = await writeTransaction(dataSource(), (manager) =>
      manager.getRepository(LedgerRow).insert({ id: 'a', amount: 9 }),
    ).catch((e: unknown) => e);
    expect(isDuplicateKey(error)).toBe(true);
    expect(isDuplicateKey(new Error('no such table: ledger'))).toBe(false);
  });

  it(
    db.label === 'mysql'
      ? 'locks the rows it reads for update'
      : 'needs no row locks (write transactions run one at a time)',
    async () => {
      expect(supportsRowLocks(dataSource())).toBe(db.label === 'mysql');
      await writeTransaction(dataSource(), async (manager) => {
        const query = lockForUpdate(
          manager.getRepository(LedgerRow).createQueryBuilder('l').where('l.id = :id', { id: 'a' }),
          manager,
        );
        expect(/FOR UPDATE/i.test(query.getQuery())).toBe(db.label === 'mysql');
        expect((await query.getOneOrFail()).amount).toBe(1);
      });
    },
  );

  if (db.label === 'mysql') {
    it('runs a transaction InnoDB chose as a deadlock victim again, so both writers succeed', async () => {
      await ledger().save([
        { id: 'x', amount: 0 },
        { id: 'y', amount: 0 },
      ]);
      const signal = () => {
        let done!: () => void;
        const promise = new Promise<void>((resolve) => (done = resolve));
        return { promise, done };
      };
      const firstHolds = signal();
      const secondHolds = signal();
      let attempts = 0;
      /** Locks `own`, waits until the other writer holds its row, then takes the other's row too: a lock cycle. */
      const writer = (own: string, other: string, mine: ReturnType<typeof signal>, theirs: ReturnType<typeof signal>) =>
        writeTransaction(dataSource(), async (manager) => {
          attempts += 1;
          await manager.query('SELECT id FROM ledger_rows WHERE id = ? FOR UPDATE', [own]);
          mine.done();
          await theirs.promise;
          await manager.query('UPDATE ledger_rows SET amount = amount + 1 WHERE id IN (?, ?)', [own, other]);
          return own;
        });
      await expect(
        Promise.all([writer('x', 'y', firstHolds, secondHolds), writer('y', 'x', secondHolds, firstHolds)]),
      ).resolves.toEqual(['x', 'y']);
      expect(attempts).toBe(3);
      expect((await ledger().findBy({ id: 'x' }))[0].amount).toBe(2);
      expect((await ledger().findBy({ id: 'y' }))[0].amount).toBe(2);
    });
  }
});
