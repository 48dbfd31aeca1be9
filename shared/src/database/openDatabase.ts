import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { DataSource, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { routeReadsToReplicas } from '../cluster/readRouting';
import type { DatabaseConfig } from '../config';
import { metrics } from '../observability/metrics';
import { guardStatements } from './guardStatements';
import { WriteWatchingLogger } from './readCache';
import { readFulltextSettings } from './textSearch';

export interface OpenDatabaseOptions {
  config: DatabaseConfig;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger?: Logger;
}

/**
 * Creates the MySQL database when it is missing, with a charset that keeps ə, ş, 兰,
 * and tells whether the server is MariaDB (whose catalogue TypeORM reads differently).
 */
export async function ensureMysqlDatabase(url: string, database: string): Promise<{ mariadb: boolean }> {
  const connection = await createConnection({ uri: url });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return { mariadb: /mariadb/i.test(String((rows as Array<{ version: string }>)[0]?.version)) };
  } finally {
    await connection.end();
  }
}

export async function dropMysqlDatabase(url: string, database: string): Promise<void> {
  const connection = await createConnection({ uri: url });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
}

/** A data source whose statements follow their request's deadline and isolation (see guardStatements). */
export function createDataSource(options: OpenDatabaseOptions & { mariadb?: boolean }): DataSource {
  const { config, entities, migrations, logger } = options;
  // Every statement passes the write watcher (see readCache), which hands it on to `logger`.
  const common = {
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logger: new WriteWatchingLogger(logger),
    logging: true,
  } as const;
  if (config.kind === 'mysql') {
    const replicas = config.replicaUrls ?? [];
    const dataSource = new DataSource({
      ...common,
      type: options.mariadb ? 'mariadb' : 'mysql',
      url: config.url,
      database: config.database,
      // With replicas, TypeORM keeps a pool per server (see readRouting for which one a read uses).
      // Nodes are never dropped from the cluster on errors: ReplicaMonitor decides what is in use.
      ...(replicas.length
        ? {
            replication: {
              master: { url: config.url, database: config.database },
              slaves: replicas.map((url) => ({ url, database: config.database })),
              removeNodeErrorCount: Number.MAX_SAFE_INTEGER,
              restoreNodeTimeout: 1_000,
            },
          }
        : {}),
      charset: 'utf8mb4_unicode_ci',
      // Dates are ISO strings; never let the driver convert them through a time zone.
      dateStrings: true,
      timezone: 'Z',
      poolSize: 10,
    });
    guardStatements(dataSource, { mariadb: options.mariadb });
    metrics.watchConnectionPool(dataSource);
    return dataSource;
  }
  const dataSource = new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: config.file,
    // WAL lets readers and the single writer work side by side.
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
    },
  });
  guardStatements(dataSource, { sqliteFile: config.file });
  return dataSource;
}

/** Opens a subgraph's database and brings its schema up to date with migrations (never synchronize). */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DataSource> {
  const { config } = options;
  let mariadb = false;
  if (config.kind === 'mysql') {
    ({ mariadb } = await ensureMysqlDatabase(config.url, config.database));
  } else if (config.file !== ':memory:') {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
  }
  const dataSource = createDataSource({ ...options, mariadb });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  if (config.kind === 'mysql') await readFulltextSettings(dataSource);
  if (config.kind === 'mysql' && config.replicaUrls?.length) await routeReadsToReplicas(dataSource, config.replicaUrls);
  return dataSource;
}
