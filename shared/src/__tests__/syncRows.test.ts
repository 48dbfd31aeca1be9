import { Column, Entity, PrimaryColumn } from 'typeorm';
import { syncRows } from '../database/syncRows';
import { testDatabases } from '../testing/testDatabases';
import { tableMigration } from './tableMigration';
import { throwawayDatabase } from './throwawayDatabase';

@Entity('synced_places')
class SyncedPlace {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer', nullable: true })
  founded: number | null;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'simple-json', nullable: true })
  aliases: string[] | null;
}

const CreateSyncedPlaces1000000000004 = tableMigration(1000000000004, {
  name: 'synced_places',
  columns: [
    { name: 'id', type: 'varchar', length: '64', isPrimary: true },
    { name: 'name', type: 'varchar', length: '100' },
    { name: 'founded', type: 'integer', isNullable: true },
    { name: 'active', type: 'boolean' },
    { name: 'aliases', type: 'text', isNullable: true },
  ],
});

const place = (id: string, overrides: Partial<SyncedPlace> = {}): SyncedPlace => ({
  id,
  name: `Place ${id}`,
  founded: 1919,
  active: true,
  aliases: ['Bakı', 'Baku'],
  ...overrides,
});

/** Seeding's primitive: make these rows hold exactly these values, and say what changed. */
describe.each(testDatabases())('syncRows on $label', (db) => {
  const dataSource = throwawayDatabase(db, 'syncrows', [SyncedPlace], [CreateSyncedPlaces1000000000004]);
  const sync = (rows: SyncedPlace[]) => dataSource().transaction((manager) => syncRows(manager, SyncedPlace, rows));
  const stored = (id: string) => dataSource().getRepository(SyncedPlace).findOneByOrFail({ id });

  it('inserts missing rows, then on a second run with the same values changes nothing and says so', async () => {
    const rows = [place('a'), place('b', { founded: null, aliases: null, active: false }), place('c')];
    expect(await sync(rows)).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await sync(rows)).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await stored('b')).toEqual(place('b', { founded: null, aliases: null, active: false }));
  });

  it('updates only the rows whose values differ, in any column', async () => {
    const result = await sync([
      place('a', { name: 'Renamed' }),
      place('b', { founded: null, aliases: null, active: true }),
      place('c', { aliases: ['Baku', 'Bakı'] }),
    ]);
    expect(result).toEqual({ created: 0, updated: 3, unchanged: 0 });
    expect((await stored('a')).name).toBe('Renamed');
    expect((await stored('b')).active).toBe(true);
    expect((await stored('c')).aliases).toEqual(['Baku', 'Bakı']);
  });

  it('treats a missing value and a stored NULL as the same', async () => {
    const { founded: _founded, ...withoutFounded } = place('d', { founded: null });
    expect(await sync([place('d', { founded: null })])).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await sync([{ ...withoutFounded, founded: undefined as unknown as null }])).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('leaves rows it was not given alone', async () => {
    await sync([place('e')]);
    expect(await stored('a')).toMatchObject({ name: 'Renamed' });
    expect(await dataSource().getRepository(SyncedPlace).count()).toBe(5);
  });

  it('handles more rows than one statement takes (chunks of 500), counting each once', async () => {
    const many = Array.from({ length: 1203 }, (_, i) => place(`bulk-${i}`, { founded: i }));
    expect(await sync(many)).toEqual({ created: 1203, updated: 0, unchanged: 0 });
    many[700] = { ...many[700], name: 'changed' };
    expect(await sync([...many, place('f')])).toEqual({ created: 1, updated: 1, unchanged: 1202 });
    expect((await stored('bulk-700')).name).toBe('changed');
  });

  it('does nothing for no rows', async () => {
    expect(await sync([])).toEqual({ created: 0, updated: 0, unchanged: 0 });
  });
});
