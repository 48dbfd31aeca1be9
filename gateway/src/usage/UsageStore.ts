import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { createDataSource, openDatabase, type DatabaseConfig } from '@partnership-graph/shared';
import { bucketColumns, CreateUsage1767100000000 } from './CreateUsage1767100000000';
import type { UsageBatch, UsageRow } from './UsageAggregator';

/** The migrations of the gateway's usage store, in order (never synchronize). */
export const usageMigrations = [CreateUsage1767100000000];

/** Requests of one operation from one client that used one coordinate, within a window. */
export interface CoordinateUse {
  coordinate: string;
  operationHash: string;
  operationName: string;
  clientName: string;
  clientVersion: string;
  requests: number;
}

/** One operation's traffic within a window, all clients together. */
export interface OperationTraffic {
  operationHash: string;
  operationName: string;
  requests: number;
  errors: number;
  durationMsSum: number;
  durationMsMax: number;
  buckets: number[];
}

export interface ClientTraffic {
  operationHash: string;
  clientName: string;
  clientVersion: string;
  requests: number;
  errors: number;
}

/** Rows per INSERT: well under SQLite's and MySQL's limits on bound parameters. */
const CHUNK = 200;

const chunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

const placeholders = (columns: number, rows: number) =>
  Array.from({ length: rows }, () => `(${new Array(columns).fill('?').join(', ')})`).join(', ');

/**
 * Every SQL statement of the gateway's usage store. Flushes add to what is stored (a
 * minute flushed twice sums), on SQLite with `ON CONFLICT … DO UPDATE`, on MySQL and
 * MariaDB with `ON DUPLICATE KEY UPDATE`.
 */
export class UsageStore {
  private readonly mysql: boolean;

  constructor(readonly dataSource: DataSource) {
    this.mysql = dataSource.options.type !== 'better-sqlite3';
  }

  /**
   * Opens (creating it when missing) and migrates the store. On MySQL, gateways sharing one
   * database migrate it one at a time (a named lock on the server), so replicas starting
   * together never race to create the same table.
   */
  static async open(config: DatabaseConfig): Promise<UsageStore> {
    const migrate = () => openDatabase({ config, entities: [], migrations: usageMigrations });
    if (config.kind === 'sqlite') return new UsageStore(await migrate());
    const lock = await createConnection({ uri: config.url });
    try {
      await lock.query('SELECT GET_LOCK(?, 60)', [`partnership_usage_${config.database}`.slice(0, 64)]);
      return new UsageStore(await migrate());
    } finally {
      // Closing the connection releases the lock.
      await lock.end();
    }
  }

  /**
   * Opens the store for reading only if the gateway has created it: a reader never creates
   * or migrates it (a gateway may be doing so at that moment). Null when nothing was ever
   * recorded there.
   */
  static async openExisting(config: DatabaseConfig): Promise<UsageStore | null> {
    let mariadb = false;
    if (config.kind === 'sqlite') {
      if (!fs.existsSync(config.file)) return null;
    } else {
      const connection = await createConnection({ uri: config.url });
      try {
        const [rows] = await connection.query(
          'SELECT COUNT(*) AS found, VERSION() AS version FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
          [config.database, 'usage_minute'],
        );
        const [row] = rows as Array<{ found: number; version: string }>;
        if (!Number(row.found)) return null;
        mariadb = /mariadb/i.test(row.version);
      } finally {
        await connection.end();
      }
    }
    const dataSource = createDataSource({ config, entities: [], migrations: usageMigrations, mariadb });
    await dataSource.initialize();
    if (config.kind === 'sqlite' && !(await dataSource.createQueryRunner().hasTable('usage_minute'))) {
      await dataSource.destroy();
      return null;
    }
    return new UsageStore(dataSource);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** `a = a + new.a` for each column, in the store's dialect. */
  private upsert(conflict: string[], add: string[], max: string[]): string {
    const incoming = (column: string) => (this.mysql ? `VALUES(${column})` : `excluded.${column}`);
    const sets = [
      ...add.map((c) => `${c} = ${c} + ${incoming(c)}`),
      ...max.map((c) => `${c} = ${this.mysql ? 'GREATEST' : 'MAX'}(${c}, ${incoming(c)})`),
    ].join(', ');
    return this.mysql
      ? ` ON DUPLICATE KEY UPDATE ${sets}`
      : ` ON CONFLICT (${conflict.join(', ')}) DO UPDATE SET ${sets}`;
  }

  /** Writes one drained batch in one transaction. */
  async write(batch: UsageBatch): Promise<void> {
    if (!batch.rows.length && !batch.operations.length) return;
    await this.dataSource.transaction(async (manager) => {
      for (const part of chunks(batch.operations)) {
        await manager.query(
          `INSERT INTO usage_operation (hash, name, signature, first_minute, last_minute) VALUES ${placeholders(5, part.length)}` +
            this.upsert(['hash'], [], ['last_minute']),
          part.flatMap((o) => [o.hash, o.name.slice(0, 200), o.signature, o.lastMinute, o.lastMinute]),
        );
      }
      const coordinates = batch.operations.flatMap((o) =>
        [...o.coordinates].map(([coordinate, minute]) => [o.hash, coordinate.slice(0, 300), minute] as const),
      );
      for (const part of chunks(coordinates)) {
        await manager.query(
          `INSERT INTO usage_coordinate (operation_hash, coordinate, last_minute) VALUES ${placeholders(3, part.length)}` +
            this.upsert(['operation_hash', 'coordinate'], [], ['last_minute']),
          part.flat(),
        );
      }
      const columns = [
        'minute',
        'operation_hash',
        'client_name',
        'client_version',
        'requests',
        'errors',
        'duration_ms_sum',
        'duration_ms_max',
        ...bucketColumns,
      ];
      for (const part of chunks(batch.rows)) {
        await manager.query(
          `INSERT INTO usage_minute (${columns.join(', ')}) VALUES ${placeholders(columns.length, part.length)}` +
            this.upsert(
              columns.slice(0, 4),
              ['requests', 'errors', 'duration_ms_sum', ...bucketColumns],
              ['duration_ms_max'],
            ),
          part.flatMap((row: UsageRow) => [
            row.minute,
            row.operationHash,
            row.clientName,
            row.clientVersion,
            row.requests,
            row.errors,
            row.durationMsSum,
            row.durationMsMax,
            ...row.buckets,
          ]),
        );
      }
    });
  }

  /** Deletes what is older than the retention window: minutes before `beforeMinute`, and operations and coordinates last used before it. */
  async prune(beforeMinute: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM usage_minute WHERE minute < ?', [beforeMinute]);
      await manager.query('DELETE FROM usage_coordinate WHERE last_minute < ?', [beforeMinute]);
      await manager.query('DELETE FROM usage_operation WHERE last_minute < ?', [beforeMinute]);
    });
  }

  /** Requests recorded from `sinceMinute` on, all operations and clients together. */
  async totalRequests(sinceMinute: number): Promise<number> {
    const [row] = await this.dataSource.query('SELECT SUM(requests) AS requests FROM usage_minute WHERE minute >= ?', [
      sinceMinute,
    ]);
    return Number(row?.requests ?? 0);
  }

  /**
   * For every coordinate used from `sinceMinute` on: the operations and clients that used it
   * and their requests. A coordinate that only a request's variables held counts the
   * operation's requests in the window once it was seen there.
   */
  async coordinateUses(sinceMinute: number): Promise<CoordinateUse[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT c.coordinate AS coordinate, o.hash AS operation_hash, o.name AS operation_name,
              m.client_name AS client_name, m.client_version AS client_version, SUM(m.requests) AS requests
         FROM usage_coordinate c
         JOIN usage_operation o ON o.hash = c.operation_hash
         JOIN usage_minute m ON m.operation_hash = c.operation_hash
        WHERE m.minute >= ? AND c.last_minute >= ?
        GROUP BY c.coordinate, o.hash, o.name, m.client_name, m.client_version`,
      [sinceMinute, sinceMinute],
    );
    return rows.map((row) => ({
      coordinate: String(row.coordinate),
      operationHash: String(row.operation_hash),
      operationName: String(row.operation_name),
      clientName: String(row.client_name),
      clientVersion: String(row.client_version),
      requests: Number(row.requests),
    }));
  }

  /** The operations with the most requests from `sinceMinute` on, with their errors and latencies. */
  async topOperations(sinceMinute: number, limit: number): Promise<OperationTraffic[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT m.operation_hash AS operation_hash, o.name AS operation_name, SUM(m.requests) AS requests,
              SUM(m.errors) AS errors, SUM(m.duration_ms_sum) AS duration_ms_sum, MAX(m.duration_ms_max) AS duration_ms_max,
              ${bucketColumns.map((c) => `SUM(m.${c}) AS ${c}`).join(', ')}
         FROM usage_minute m
         JOIN usage_operation o ON o.hash = m.operation_hash
        WHERE m.minute >= ?
        GROUP BY m.operation_hash, o.name
        ORDER BY requests DESC, operation_name
        LIMIT ?`,
      [sinceMinute, limit],
    );
    return rows.map((row) => ({
      operationHash: String(row.operation_hash),
      operationName: String(row.operation_name),
      requests: Number(row.requests),
      errors: Number(row.errors),
      durationMsSum: Number(row.duration_ms_sum),
      durationMsMax: Number(row.duration_ms_max),
      buckets: bucketColumns.map((c) => Number(row[c])),
    }));
  }

  /** Requests and errors per operation and client from `sinceMinute` on. */
  async clientTraffic(sinceMinute: number): Promise<ClientTraffic[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT operation_hash, client_name, client_version, SUM(requests) AS requests, SUM(errors) AS errors
         FROM usage_minute WHERE minute >= ?
        GROUP BY operation_hash, client_name, client_version
        ORDER BY requests DESC`,
      [sinceMinute],
    );
    return rows.map((row) => ({
      operationHash: String(row.operation_hash),
      clientName: String(row.client_name),
      clientVersion: String(row.client_version),
      requests: Number(row.requests),
      errors: Number(row.errors),
    }));
  }
}
