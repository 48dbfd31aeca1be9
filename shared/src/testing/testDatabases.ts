import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { DatabaseConfig } from '../config';
import { dropMysqlDatabase } from '../database/openDatabase';

export interface TestDatabase {
  /** "sqlite" or "mysql", for test titles. */
  label: 'sqlite' | 'mysql';
  /** A fresh, empty database of this kind for one service; `drop` removes it. */
  create: (service: string) => { config: DatabaseConfig; drop: () => Promise<void> };
}

let counter = 0;
function uniqueName(service: string): string {
  counter += 1;
  return `test_${service}_${process.pid}_${Date.now().toString(36)}_${counter}`.slice(0, 64);
}

const sqlite: TestDatabase = {
  label: 'sqlite',
  create: (service) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pg-${service}-`));
    return {
      config: { kind: 'sqlite', file: path.join(dir, `${service}.sqlite`) },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

function mysql(url: string): TestDatabase {
  const server = new URL(url);
  server.pathname = '/';
  return {
    label: 'mysql',
    create: (service) => {
      const database = uniqueName(service);
      return {
        config: { kind: 'mysql', url: server.toString(), database },
        drop: () => dropMysqlDatabase(server.toString(), database),
      };
    },
  };
}

/**
 * The databases integration tests run on: SQLite always, MySQL when MYSQL_URL is
 * set. With REQUIRE_MYSQL=1, a missing MYSQL_URL fails instead of skipping MySQL.
 */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabase[] {
  if (env.MYSQL_URL) return [sqlite, mysql(env.MYSQL_URL)];
  if (env.REQUIRE_MYSQL === '1') {
    throw new Error('REQUIRE_MYSQL=1 but MYSQL_URL is not set: the MySQL suites cannot run');
  }
  return [sqlite];
}
