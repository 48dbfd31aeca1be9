import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { openDatabase } from '../database/openDatabase';
import type { TestDatabase } from '../testing/testDatabases';

/**
 * Opens a fresh database of `db`'s kind before the suite's tests, brought up by `migrations`
 * (never synchronize), and closes and drops it after them. Returns the open data source's getter.
 */
export function throwawayDatabase(
  db: TestDatabase,
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | EntitySchema>,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>,
): () => DataSource {
  let dataSource: DataSource | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const created = db.create(name);
    drop = created.drop;
    dataSource = await openDatabase({ config: created.config, entities, migrations });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await drop?.();
  });
  return () => {
    if (!dataSource) throw new Error(`the ${name} test database is not open`);
    return dataSource;
  };
}
