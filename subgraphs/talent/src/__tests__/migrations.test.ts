import { AuditEntry, AuditRepository, jsonValue } from '@partnership-graph/shared';
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

  it('move the audit log to the shared table and keep every entry, with its id', async () => {
    const fixture = await openFixture(database, { seed: false });
    try {
      const { dataSource } = fixture;
      // Back to this subgraph's own audit_log (text before/after), holding two entries.
      await dataSource.undoLastMigration();
      const before = JSON.stringify({ id: 'internship-1', status: 'PLANNED', version: 1 });
      const after = JSON.stringify({ id: 'internship-1', status: 'ACTIVE', version: 2 });
      await dataSource.query(
        'INSERT INTO audit_log (id, entity_type, entity_id, action, actor, at, `before`, `after`) VALUES (?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          ...[7, 'Internship', 'internship-1', 'CREATE', 'editor-1', '2026-01-02T03:04:05.000Z', null, before],
          ...[9, 'Internship', 'internship-1', 'TRANSITION', 'editor-1', '2026-01-03T03:04:05.000Z', before, after],
        ],
      );
      await dataSource.runMigrations();
      const kept = await dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });
      expect(kept.map((e) => [e.id, e.action, jsonValue(e.before), jsonValue(e.after)])).toEqual([
        [7, 'CREATE', null, JSON.parse(before)],
        [9, 'TRANSITION', JSON.parse(before), JSON.parse(after)],
      ]);
      // The next entry continues after the kept ones.
      const audit = new AuditRepository(dataSource);
      await audit.insert(dataSource.manager, {
        entityType: 'Internship',
        entityId: 'internship-1',
        action: 'TRANSITION',
        actor: 'editor-1',
        at: new Date().toISOString(),
        before: JSON.parse(after),
        after: { id: 'internship-1', status: 'COMPLETED', version: 3 },
      });
      expect(
        (await audit.findPage({ entityId: 'internship-1' }, { limit: 10, size: 10, after: null })).map((e) => e.id),
      ).toEqual(['10', '9', '7']);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await fixture.close();
    }
  });
});
