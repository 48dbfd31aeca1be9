import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { insideWriteTransaction, runInWriteTransactionFrame } from './requestScope';

/** How often a transaction InnoDB chose as a deadlock victim is run again. */
export const DEADLOCK_ATTEMPTS = 3;

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

const openCounts = new WeakMap<DataSource, number>();

/** How many write transactions of this data source are running their work now. */
export function openWriteTransactions(dataSource: DataSource): number {
  return openCounts.get(dataSource) ?? 0;
}

/**
 * Refuses `what` (a call to another service) inside a write transaction: it would hold
 * the transaction, its locks and its pooled connection (on SQLite, the one writer) for as
 * long as the other service takes. Such checks belong before the transaction.
 */
export function assertOutsideWriteTransaction(what: string): void {
  if (insideWriteTransaction()) {
    throw new Error(`${what} must not run inside a write transaction: check references before writeTransaction`);
  }
}

/** A transaction's work, counted while it runs (openWriteTransactions). */
function tracked<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): (manager: EntityManager) => Promise<T> {
  return async (manager) => {
    openCounts.set(dataSource, openWriteTransactions(dataSource) + 1);
    try {
      return await work(manager);
    } finally {
      openCounts.set(dataSource, openWriteTransactions(dataSource) - 1);
    }
  };
}

export function supportsRowLocks(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb';
}

/** InnoDB rolled the whole transaction back to break a deadlock; running it again is safe. */
export function isDeadlock(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } } | null;
  return (
    e?.code === 'ER_LOCK_DEADLOCK' ||
    e?.errno === 1213 ||
    e?.driverError?.code === 'ER_LOCK_DEADLOCK' ||
    e?.driverError?.errno === 1213
  );
}

/** True for a duplicate primary or unique key, on MySQL and SQLite. */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string } | null;
  const code = e?.driverError?.code ?? e?.code;
  return (
    code === 'ER_DUP_ENTRY' ||
    /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(code ?? '') ||
    /UNIQUE constraint failed/.test(e?.message ?? '')
  );
}

/**
 * Runs one mutation's `work` in one transaction: it commits when `work` resolves and
 * rolls back, leaving nothing behind, when it throws. `work` reads what it needs
 * inside the transaction, so it can run again.
 *
 * - MySQL/MariaDB: each transaction has its own pooled connection; one that InnoDB
 *   rolls back to break a deadlock runs again (up to DEADLOCK_ATTEMPTS times).
 *   READ COMMITTED by default, so a statement after a row lock sees what the lock's
 *   previous holder committed (versions and seat counts are checked that way).
 * - SQLite: TypeORM's better-sqlite3 driver runs everything on one connection, so two
 *   overlapping transactions would nest as savepoints of each other (and a rollback of
 *   one would undo the other). Write transactions therefore run one at a time per data
 *   source, which also makes "count, then insert" atomic. Reads of other requests meanwhile
 *   see only what was committed (guardStatements).
 * - Either way `work` runs in a frame of its own (requestScope): its reads are not cached
 *   for others (readCache), and on SQLite it owns the connection until it ends.
 *
 * Nothing in `work` may call another service (assertOutsideWriteTransaction): reference
 * checks run before the transaction opens.
 */
export function writeTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: { isolation?: IsolationLevel } = {},
): Promise<T> {
  if (supportsRowLocks(dataSource)) {
    const run = () =>
      runInWriteTransactionFrame(() =>
        dataSource.transaction(options.isolation ?? 'READ COMMITTED', tracked(dataSource, work)),
      );
    return withDeadlockRetry(run);
  }
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const result = previous.then(() =>
    runInWriteTransactionFrame(() => dataSource.transaction(tracked(dataSource, work))),
  );
  sqliteQueues.set(
    dataSource,
    result.catch(() => undefined),
  );
  return result;
}

async function withDeadlockRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
    }
  }
}

/**
 * `SELECT … FOR UPDATE` where the database has row locks: concurrent writers of the
 * same row wait for each other until the first commits. (SQLite needs none: see above.)
 */
export function lockForUpdate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  manager: EntityManager,
): SelectQueryBuilder<T> {
  return supportsRowLocks(manager.connection) ? query.setLock('pessimistic_write') : query;
}
