import path from 'node:path';
import { ConfigError, describeDatabase, readDatabaseConfig, readSubgraphConfig, repositoryRoot } from '../config';
import type { DataSource } from 'typeorm';
import { cachedRead, configureReadCache, readCacheTtlMs, setReadCacheTtl } from '../database/readCache';

/** A subgraph's configuration, read once at boot: every variable validated, a bad one named. */
describe('reading a subgraph configuration', () => {
  it('reads the aggregate cache TTL with the rest, and refuses a bad value naming READ_CACHE_MS', () => {
    expect(readSubgraphConfig({}, 'institutions', 4001).readCacheMs).toBe(5000);
    expect(readSubgraphConfig({ READ_CACHE_MS: '0' }, 'institutions', 4001).readCacheMs).toBe(0);
    for (const bad of ['soon', '-1', '2.5', '99999999']) {
      expect(() => readSubgraphConfig({ READ_CACHE_MS: bad }, 'institutions', 4001)).toThrow(
        new ConfigError(`READ_CACHE_MS must be an integer between 0 and 3600000, got "${bad}"`),
      );
    }
  });

  it('resolves a relative SQLITE_DIR against the repository root, wherever the service runs from', () => {
    const cwd = process.cwd();
    try {
      process.chdir(path.join(repositoryRoot, 'subgraphs', 'talent'));
      expect(readDatabaseConfig({ SQLITE_DIR: 'tmp/databases' }, 'talent')).toEqual({
        kind: 'sqlite',
        file: path.join(repositoryRoot, 'tmp', 'databases', 'talent.sqlite'),
      });
      expect(readDatabaseConfig({}, 'talent')).toEqual({
        kind: 'sqlite',
        file: path.join(repositoryRoot, '.data', 'talent.sqlite'),
      });
      expect(readDatabaseConfig({ SQLITE_DIR: '/var/lib/graph' }, 'talent')).toEqual({
        kind: 'sqlite',
        file: '/var/lib/graph/talent.sqlite',
      });
    } finally {
      process.chdir(cwd);
    }
  });

  it('names the variable that holds a bad MySQL URL', () => {
    expect(() => readDatabaseConfig({ TALENT_MYSQL_URL: 'postgres://db/talent' }, 'talent')).toThrow(
      /^TALENT_MYSQL_URL must start with mysql:\/\//,
    );
    expect(() => readDatabaseConfig({ MYSQL_URL: 'postgres://db/' }, 'talent')).toThrow(
      /^MYSQL_URL must start with mysql:\/\//,
    );
    expect(() => readDatabaseConfig({ INSTITUTIONS_MYSQL_URL: 'mysql://db/bad-name' }, 'institutions')).toThrow(
      /^INSTITUTIONS_MYSQL_URL names an invalid MySQL database "bad-name"/,
    );
  });

  it('reads replicas of the same database, Redis and the replica settings, refusing a pin shorter than the lag it must cover', () => {
    const config = readDatabaseConfig(
      {
        AGREEMENTS_MYSQL_URL: 'mysql://app:pw@primary:3306/partners',
        AGREEMENTS_MYSQL_REPLICA_URLS: 'mysql://app:pw@replica1:3306/ignored, mysql://app:pw@replica2:3306',
      },
      'agreements',
    );
    expect(config).toEqual({
      kind: 'mysql',
      url: 'mysql://app:pw@primary:3306/',
      database: 'partners',
      replicaUrls: ['mysql://app:pw@replica1:3306/', 'mysql://app:pw@replica2:3306/'],
    });
    expect(describeDatabase(config)).toBe(
      'MySQL database partners on primary:3306 (replicas on replica1:3306, replica2:3306)',
    );
    expect(() =>
      readDatabaseConfig({ MYSQL_URL: 'mysql://db/', TALENT_MYSQL_REPLICA_URLS: 'http://replica/' }, 'talent'),
    ).toThrow(new ConfigError('TALENT_MYSQL_REPLICA_URLS must start with mysql://, got http:'));
    const subgraph = readSubgraphConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }, 'talent', 4003);
    expect(subgraph.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(subgraph.replicas).toEqual({ maxLagMs: 2000, pinMs: 5000, checkMs: 1000 });
    expect(() => readSubgraphConfig({ REDIS_URL: 'localhost:6379' }, 'talent', 4003)).toThrow(
      /REDIS_URL must be a redis:/,
    );
    expect(() => readSubgraphConfig({ REPLICA_MAX_LAG_MS: '5000', REPLICA_PIN_MS: '5500' }, 'talent', 4003)).toThrow(
      /REPLICA_PIN_MS must be at least REPLICA_MAX_LAG_MS \+ 1000 \(6000\)/,
    );
  });

  it('describes where the data lives without credentials', () => {
    expect(
      describeDatabase(
        readDatabaseConfig(
          {
            INSTITUTIONS_MYSQL_URL: 'mysql://app:s3cret@db.internal:3307/graph_inst',
            MYSQL_URL: 'mysql://root@127.0.0.1:3306',
          },
          'institutions',
        ),
      ),
    ).toBe('MySQL database graph_inst on db.internal:3307');
    expect(describeDatabase(readDatabaseConfig({ MYSQL_URL: 'mysql://root@127.0.0.1:3306' }, 'agreements'))).toBe(
      'MySQL database partnership_agreements on 127.0.0.1:3306',
    );
    expect(describeDatabase(readDatabaseConfig({ SQLITE_DIR: '.data' }, 'talent'))).toBe(
      `embedded SQLite ${path.join(repositoryRoot, '.data', 'talent.sqlite')}`,
    );
  });
});

describe('the aggregate cache TTL', () => {
  it('comes from the configuration, not from the environment at import time', () => {
    const previous = process.env.READ_CACHE_MS;
    process.env.READ_CACHE_MS = 'not a number';
    try {
      jest.isolateModules(() => {
        // Importing the module reads nothing: the configured default stands until a service configures it.
        const isolated = jest.requireActual<typeof import('../database/readCache')>('../database/readCache');
        expect(isolated.readCacheTtlMs()).toBe(isolated.DEFAULT_READ_CACHE_MS);
        isolated.configureReadCache(1234);
        expect(isolated.readCacheTtlMs()).toBe(1234);
      });
    } finally {
      if (previous === undefined) delete process.env.READ_CACHE_MS;
      else process.env.READ_CACHE_MS = previous;
    }
  });

  it('keeps a test override over the configured value', async () => {
    const before = readCacheTtlMs();
    const dataSource = {} as DataSource;
    let computed = 0;
    const read = () => cachedRead(dataSource, 'count', async () => ++computed);
    try {
      setReadCacheTtl(0);
      configureReadCache(60_000);
      await read();
      await read();
      expect(computed).toBe(2);
      expect(readCacheTtlMs()).toBe(60_000);
    } finally {
      configureReadCache(before);
      setReadCacheTtl(before);
    }
  });
});
