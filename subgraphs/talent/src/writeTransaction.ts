import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * One transaction per mutation, safe under concurrency on both databases.
 *
 * - MySQL/MariaDB: READ COMMITTED, so that a statement run after taking a row lock
 *   (`lockForUpdate`) sees what the transaction that held the lock committed.
 * - SQLite: TypeORM's better-sqlite3 driver runs every query — and every transaction —
 *   on ONE shared connection, so two overlapping `dataSource.transaction()` calls would
 *   nest as savepoints of each other. Write transactions are therefore queued, one at a
 *   time per data source, which also makes "count the seats, then insert" atomic.
 *
 * (A candidate for the shared kit: every subgraph that writes on SQLite needs the queue.)
 */
const sqliteQueues = new WeakMap<DataSource, Promise<void>>();

export function supportsRowLocks(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb';
}

export function writeTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (supportsRowLocks(dataSource)) return dataSource.transaction('READ COMMITTED', work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const result = previous.then(() => dataSource.transaction(work));
  sqliteQueues.set(
    dataSource,
    result.then(
      () => undefined,
      () => undefined,
    ),
  );
  return result;
}

/**
 * `SELECT … FOR UPDATE` where the database has row locks: concurrent writers of the
 * same row wait for each other until the first commits. (SQLite needs none: see above.)
 */
export function lockForUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, manager: EntityManager): SelectQueryBuilder<T> {
  return supportsRowLocks(manager.connection) ? query.setLock('pessimistic_write') : query;
}

/** True for a duplicate primary or unique key, on MySQL and SQLite. */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string }; message?: string } | null;
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(code ?? '') || /UNIQUE constraint failed/.test(e?.message ?? '');
}
