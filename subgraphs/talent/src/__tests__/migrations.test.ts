import { testDatabases } from '@partnership-graph/shared/testing';
import { openFixture } from './fixture';

describe.each(testDatabases())('talent migrations on $label', (database) => {
  it('create exactly the schema the entities describe (no pending difference)', async () => {
    const fixture = await openFixture(database, { seed: false });
    try {
      const pending = await fixture.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await fixture.close();
    }
  });

  it('run again without changing anything', async () => {
    const fixture = await openFixture(database, { seed: false });
    try {
      const applied = await fixture.dataSource.runMigrations();
      expect(applied).toEqual([]);
      expect(await fixture.dataSource.showMigrations()).toBe(false);
    } finally {
      await fixture.close();
    }
  });
});
