import { testDatabases } from '@partnership-graph/shared/testing';
import { openFixture } from './fixture';

describe.each(testDatabases())('agreements migrations on $label', (database) => {
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

  it('can be reverted and applied again', async () => {
    const fixture = await openFixture(database, { seed: false });
    try {
      await fixture.dataSource.undoLastMigration();
      expect(await fixture.dataSource.showMigrations()).toBe(true);
      await fixture.dataSource.runMigrations();
      const pending = await fixture.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries).toEqual([]);
    } finally {
      await fixture.close();
    }
  });

  it('name the actions of earlier audit entries CREATE, UPDATE or TRANSITION', async () => {
    const fixture = await openFixture(database, { seed: false });
    try {
      const { dataSource } = fixture;
      await dataSource.undoLastMigration();
      const names = ['createAgreement', 'addAgreementParty', 'transitionAgreement', 'updateEvent', 'IMPORT_CREATE'];
      for (const action of names) {
        await dataSource.query(
          'INSERT INTO audit_log (entity_type, entity_id, action, actor, at) VALUES (?, ?, ?, ?, ?)',
          ['Agreement', `migrated-${action}`, action, 'editor-1', '2026-01-02T03:04:05.000Z'],
        );
      }
      await dataSource.runMigrations();
      const rows: Array<{ action: string }> = await dataSource.query(
        "SELECT action FROM audit_log WHERE entity_id LIKE 'migrated-%' ORDER BY id",
      );
      expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'TRANSITION', 'UPDATE', 'IMPORT_CREATE']);
    } finally {
      await fixture.close();
    }
  });
});
