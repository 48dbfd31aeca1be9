import type { GraphQLError } from 'graphql';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from '../graphql/errors';

/**
 * The one CONFLICT of a stale `expectedVersion`, alike in every subgraph: `extensions`
 * carry `id`, `expectedVersion`, `currentVersion` (null when the record vanished) and
 * `argumentName: "expectedVersion"`.
 */
export function versionConflict(
  noun: string,
  id: string,
  expectedVersion: number,
  currentVersion: number | null,
): GraphQLError {
  const now = currentVersion === null ? 'it no longer exists' : `it is at version ${currentVersion}`;
  return conflict(
    `The ${noun} "${id}" was changed by someone else (expected version ${expectedVersion}, ${now}); reload it and try again`,
    { id, expectedVersion, currentVersion, argumentName: 'expectedVersion' },
  );
}

/**
 * The `expectedVersion` rule of every update-style mutation: given, the record must be
 * at that version (else CONFLICT); left out (null), the write applies to the record as
 * it is. Checked on the record read in the write's transaction; the UPDATE checks again.
 */
export function assertVersion(
  noun: string,
  current: { id: string; version: number },
  expectedVersion: number | null | undefined,
): void {
  if (expectedVersion != null && expectedVersion !== current.version)
    throw versionConflict(noun, current.id, expectedVersion, current.version);
}

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
  noun = 'record',
): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (!result.affected) {
    const row: { version?: unknown } | undefined = await manager
      .createQueryBuilder(target, 't')
      .select('t.version', 'version')
      .where('t.id = :id', { id })
      .getRawOne();
    throw versionConflict(noun, id, expectedVersion, row ? Number(row.version) : null);
  }
  return expectedVersion + 1;
}
