import { testDatabases } from '@partnership-graph/shared/testing';
import { openDatabase } from '@partnership-graph/shared';
import { openInstitutionsDatabase } from '../database';
import { Position } from '../entities/Position';
import { migrations } from '../migrations';
import { AddPositionEvidence1766900000000 } from '../migrations/AddPositionEvidence1766900000000';
import { openFixture } from './fixture';

describe.each(testDatabases())('institutions migrations on $label', (database) => {
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

describe.each(testDatabases())('the position evidence and role migrations on $label', (database) => {
  it('fill the observation dates, the settled days and the roles of positions stored before them', async () => {
    const { config, drop } = database.create('institutions');
    const before = migrations.slice(0, migrations.indexOf(AddPositionEvidence1766900000000));
    const old = await openDatabase({ config, entities: [], migrations: before });
    try {
      const insert =
        'INSERT INTO positions (id, person_id, institution_id, title, since, ' +
        old.driver.escape('until') +
        ', observed_on) VALUES (?, ?, ?, ?, ?, ?, ?)';
      await old.query(insert, ['observed', 'p', 'i', 'Rector', null, null, '2025-05-15']);
      await old.query(insert, ['dated', 'p', 'i', 'Rektor', '2019', '2024-06', null]);
    } finally {
      await old.destroy();
    }
    const migrated = await openInstitutionsDatabase(config);
    try {
      const rows = await migrated.getRepository(Position).find({ order: { id: 'ASC' } });
      expect(rows.map((r) => [r.role, r.searchText])).toEqual([
        ['RECTOR', '|rektor|rector|'],
        ['RECTOR', '|rector|rektor|'],
      ]);
      expect(
        rows.map((r) => ({
          id: r.id,
          observedDates: r.observedDates,
          former: r.former,
          heldFrom: r.heldFrom,
          heldTo: r.heldTo,
          notBefore: r.notBefore,
          notAfter: r.notAfter,
        })),
      ).toEqual([
        {
          id: 'dated',
          observedDates: [],
          former: false,
          heldFrom: '2019-12-31',
          heldTo: '2024-06-01',
          notBefore: '2019-01-01',
          notAfter: '2024-06-30',
        },
        {
          id: 'observed',
          observedDates: ['2025-05-15'],
          former: false,
          heldFrom: '2025-05-15',
          heldTo: '2025-05-15',
          notBefore: null,
          notAfter: null,
        },
      ]);
    } finally {
      await migrated.destroy();
      await drop();
    }
  });
});
