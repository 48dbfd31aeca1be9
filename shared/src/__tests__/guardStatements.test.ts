import type { DataSource } from 'typeorm';
import { createDataSource, ensureMysqlDatabase } from '../database/openDatabase';
import { cachedRead, setReadCacheTtl } from '../database/readCache';
import { runInRequestScope, type RequestScope } from '../database/requestScope';
import { writeTransaction } from '../database/writeTransaction';
import { testDatabases } from '../testing/testDatabases';

/**
 * Every statement a subgraph sends for a request follows that request: it does not start
 * after the request's deadline, a long SELECT is stopped by the server at the deadline,
 * a write marks the request as having written, and on SQLite (one connection for
 * everything) a read never sees — or caches — another request's transaction that rolls back.
 */
const scope = (deadline: number | null = null): RequestScope => ({ deadline, wrote: false });
const inScope = <T>(s: RequestScope, work: () => Promise<T>) => runInRequestScope(s, work);

describe.each(testDatabases().map((db) => [db.label, db] as const))(
  'statements follow their request (%s)',
  (_label, db) => {
    let dataSource: DataSource;
    let drop: () => Promise<void>;
    const count = async (where = '') =>
      Number(
        ((await dataSource.query(`SELECT COUNT(*) AS n FROM probes${where}`)) as Array<{ n: number | string }>)[0].n,
      );

    beforeAll(async () => {
      const created = db.create('guard');
      drop = created.drop;
      let mariadb = false;
      if (created.config.kind === 'mysql')
        ({ mariadb } = await ensureMysqlDatabase(created.config.url, created.config.database));
      dataSource = createDataSource({ config: created.config, entities: [], migrations: [], mariadb });
      await dataSource.initialize();
      await dataSource.query('CREATE TABLE probes (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL)');
      setReadCacheTtl(60_000);
    });
    afterAll(async () => {
      setReadCacheTtl(5_000);
      await dataSource?.destroy();
      await drop?.();
    });

    it('shows a read sent while another request’s write transaction is open only what was committed, and caches nothing it will roll back', async () => {
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      let insertedAndCounted!: () => void;
      const inserted = new Promise<void>((resolve) => (insertedAndCounted = resolve));
      const counted = () => cachedRead(dataSource, 'probes.count', () => count());
      const writer = inScope(scope(), () =>
        writeTransaction(dataSource, async (manager) => {
          await manager.query("INSERT INTO probes (id, label) VALUES (1, 'uncommitted')");
          // Inside the transaction its own row is seen — and that count is kept for nobody.
          expect(
            await cachedRead(dataSource, 'probes.count', () =>
              manager
                .query('SELECT COUNT(*) AS n FROM probes')
                .then((r: Array<{ n: number | string }>) => Number(r[0].n)),
            ),
          ).toBe(1);
          insertedAndCounted();
          await held;
          throw new Error('rolled back on purpose');
        }),
      );
      await inserted;
      // Another request, while the transaction is open: nothing uncommitted, neither read nor cached.
      await inScope(scope(), async () => {
        expect(await count()).toBe(0);
        expect(await counted()).toBe(0);
        expect(await dataSource.query("SELECT label FROM probes WHERE label = 'uncommitted'")).toEqual([]);
      });
      holding();
      await expect(writer).rejects.toThrow('rolled back on purpose');
      await inScope(scope(), async () => {
        expect(await count()).toBe(0);
        expect(await counted()).toBe(0);
      });
    });

    it('lets a write from another request wait for the open transaction instead of joining it', async () => {
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      let begun!: () => void;
      const started = new Promise<void>((resolve) => (begun = resolve));
      const writer = inScope(scope(), () =>
        writeTransaction(dataSource, async (manager) => {
          await manager.query("INSERT INTO probes (id, label) VALUES (2, 'rolled back')");
          begun();
          await held;
          throw new Error('rolled back on purpose');
        }),
      );
      await started;
      const other = inScope(scope(), () => dataSource.query("INSERT INTO probes (id, label) VALUES (3, 'kept')"));
      holding();
      await expect(writer).rejects.toThrow('rolled back on purpose');
      await other;
      expect(await count(" WHERE label = 'kept'")).toBe(1);
      expect(await count(" WHERE label = 'rolled back'")).toBe(0);
    });

    it('marks a request that sent a write, and only that one', async () => {
      const reader = scope();
      const writer = scope();
      await inScope(reader, () => count());
      await inScope(writer, () => dataSource.query("UPDATE probes SET label = 'kept' WHERE id = 3"));
      expect([reader.wrote, writer.wrote]).toEqual([false, true]);
    });

    it('refuses a statement that would start after its request’s deadline (a rollback still runs)', async () => {
      const late = scope(Date.now() - 1);
      await expect(inScope(late, () => count())).rejects.toMatchObject({
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT' },
      });
      // A transaction whose time runs out midway rolls back: its first row is not kept.
      const running = scope(Date.now() + 60_000);
      await expect(
        inScope(running, () =>
          writeTransaction(dataSource, async (manager) => {
            await manager.query("INSERT INTO probes (id, label) VALUES (4, 'too late')");
            running.deadline = Date.now() - 1;
            await manager.query("INSERT INTO probes (id, label) VALUES (5, 'too late')");
          }),
        ),
      ).rejects.toMatchObject({ extensions: { reason: 'TIMEOUT' } });
      expect(await count(" WHERE label = 'too late'")).toBe(0);
      // Outside any request (migrations, seeding) nothing is limited.
      expect(await count()).toBeGreaterThan(0);
    });

    if (db.label === 'mysql') {
      it('has the server stop a SELECT that is still running at the deadline', async () => {
        // A SELECT of some seconds (3,000 × 3,000 rows compared), given 300 ms.
        await dataSource.query('CREATE TABLE numbers (n INTEGER PRIMARY KEY)');
        for (let from = 1; from <= 3000; from += 1000) {
          await dataSource.query(
            `INSERT INTO numbers (n) VALUES ${Array.from({ length: 1000 }, (_, i) => `(${from + i})`).join(', ')}`,
          );
        }
        const slow = 'SELECT COUNT(*) AS n FROM numbers a, numbers b WHERE MOD(a.n * b.n, 7) = 3';
        const startedAt = Date.now();
        await expect(inScope(scope(Date.now() + 300), () => dataSource.query(slow))).rejects.toMatchObject({
          extensions: { reason: 'TIMEOUT' },
        });
        console.log(`a SELECT given 300 ms was stopped after ${Date.now() - startedAt} ms`);
      });
    }
  },
);
