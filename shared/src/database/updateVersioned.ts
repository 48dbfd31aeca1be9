import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from '../graphql/errors';

/**
 * Optimistic locking that holds under concurrency: the UPDATE itself names the
 * expected version, so of two writers holding the same version exactly one wins.
 * (TypeORM's @VersionColumn does not check the version on save.)
 * Returns the new version; throws CONFLICT when the row moved on or vanished.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (!result.affected) {
    throw conflict(
      `The record "${id}" was changed by someone else (expected version ${expectedVersion}); reload it and try again`,
      {
        id,
        expectedVersion,
      },
    );
  }
  return expectedVersion + 1;
}
