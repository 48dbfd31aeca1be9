import { GraphQLError } from 'graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { updateVersioned } from '../database/updateVersioned';
import { writeTransaction } from '../database/writeTransaction';
import { testDatabases } from '../testing/testDatabases';
import { tableMigration } from './tableMigration';
import { throwawayDatabase } from './throwawayDatabase';

@Entity('versioned_notes')
class VersionedNote {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  summary: string | null;

  @Column({ type: 'integer' })
  version: number;
}

const CreateVersionedNotes1000000000003 = tableMigration(1000000000003, {
  name: 'versioned_notes',
  columns: [
    { name: 'id', type: 'varchar', length: '64', isPrimary: true },
    { name: 'title', type: 'varchar', length: '100' },
    { name: 'summary', type: 'varchar', length: '100', isNullable: true },
    { name: 'version', type: 'integer' },
  ],
});

/** Optimistic locking in the UPDATE itself: of two writers holding the same version exactly one wins. */
describe.each(testDatabases())('updateVersioned on $label', (db) => {
  const dataSource = throwawayDatabase(db, 'versioned', [VersionedNote], [CreateVersionedNotes1000000000003]);
  const notes = () => dataSource().getRepository(VersionedNote);
  let sequence = 0;
  /** A new note at version 1. */
  const note = async (title = 'Draft') => {
    const id = `note-${++sequence}`;
    await notes().insert({ id, title, summary: null, version: 1 });
    return id;
  };
  const update = (id: string, expectedVersion: number, changes: Partial<VersionedNote>) =>
    writeTransaction(dataSource(), (manager) => updateVersioned(manager, VersionedNote, id, expectedVersion, changes));

  it('writes the changes and answers the next version when the expected version is current', async () => {
    const id = await note();
    await expect(update(id, 1, { title: 'Final', summary: 'done' })).resolves.toBe(2);
    expect(await notes().findOneByOrFail({ id })).toMatchObject({ title: 'Final', summary: 'done', version: 2 });
    await expect(update(id, 2, { summary: null })).resolves.toBe(3);
    expect(await notes().findOneByOrFail({ id })).toMatchObject({ title: 'Final', summary: null, version: 3 });
  });

  it('bumps the version for an empty change (a touch)', async () => {
    const id = await note();
    await expect(update(id, 1, {})).resolves.toBe(2);
    expect((await notes().findOneByOrFail({ id })).version).toBe(2);
  });

  it('refuses a stale version as CONFLICT naming the record and the version, and changes nothing', async () => {
    const id = await note('Kept');
    await update(id, 1, {});
    const refused = await update(id, 1, { title: 'Lost' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toEqual({
      code: 'CONFLICT',
      id,
      expectedVersion: 1,
      currentVersion: 2,
      argumentName: 'expectedVersion',
    });
    expect((refused as GraphQLError).message).toBe(
      `The record "${id}" was changed by someone else (expected version 1, it is at version 2); reload it and try again`,
    );
    expect(await notes().findOneByOrFail({ id })).toMatchObject({ title: 'Kept', version: 2 });
  });

  it('refuses a version from the future as well', async () => {
    const id = await note();
    await expect(update(id, 5, { title: 'x' })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', expectedVersion: 5 },
    });
  });

  it('refuses an update of a record that vanished as CONFLICT', async () => {
    await expect(update('no-such-note', 1, { title: 'x' })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', id: 'no-such-note', currentVersion: null },
    });
  });

  it('touches only the row with that id', async () => {
    const a = await note('A');
    const b = await note('B');
    await update(a, 1, { title: 'A2' });
    expect(await notes().findOneByOrFail({ id: b })).toMatchObject({ title: 'B', version: 1 });
  });

  it('lets exactly one of two concurrent writers holding the same version win', async () => {
    const id = await note('Start');
    const outcomes = await Promise.allSettled([update(id, 1, { title: 'first' }), update(id, 1, { title: 'second' })]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0].reason as GraphQLError).extensions).toMatchObject({ code: 'CONFLICT' });
    const stored = await notes().findOneByOrFail({ id });
    expect(stored.version).toBe(2);
    expect(['first', 'second']).toContain(stored.title);
  });

  it('rolls the change back with the transaction when later work fails', async () => {
    const id = await note('Before');
    await expect(
      writeTransaction(dataSource(), async (manager) => {
        await updateVersioned(manager, VersionedNote, id, 1, { title: 'After' });
        throw new Error('audit failed');
      }),
    ).rejects.toThrow('audit failed');
    expect(await notes().findOneByOrFail({ id })).toMatchObject({ title: 'Before', version: 1 });
  });
});
