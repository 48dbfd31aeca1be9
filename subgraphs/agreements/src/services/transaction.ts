import type { DataSource, EntityManager } from 'typeorm';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/** How often a transaction InnoDB chose as a deadlock victim is run again. */
export const DEADLOCK_ATTEMPTS = 3;

/** InnoDB rolled the whole transaction back to break a deadlock; running it again is safe. */
export function isDeadlock(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } } | null;
  return e?.code === 'ER_LOCK_DEADLOCK' || e?.errno === 1213 || e?.driverError?.code === 'ER_LOCK_DEADLOCK' || e?.driverError?.errno === 1213;
}

/**
 * Runs `work` in one transaction: it commits when `work` resolves and rolls back,
 * leaving nothing behind, when it throws. `work` reads what it needs inside the
 * transaction, so it can run again.
 *
 * SQLite (better-sqlite3) gives TypeORM one connection for everything, so two
 * transactions started at once would nest (the second becomes a savepoint of the
 * first, and a rollback of one undoes the other). Transactions on SQLite therefore
 * run one after the other. MySQL gives each its own pooled connection; a transaction
 * that InnoDB rolls back to break a deadlock is run again, up to DEADLOCK_ATTEMPTS times.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return withDeadlockRetry(() => dataSource.transaction(work));
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(() => dataSource.transaction(work));
  sqliteQueues.set(
    dataSource,
    run.catch(() => undefined),
  );
  return run;
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
