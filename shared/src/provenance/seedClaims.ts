import { createHash } from 'node:crypto';
import { In, Not, type EntityManager } from 'typeorm';
import { seedEditors, type SeedCitation, type SeedClaim } from '../seed/sources';
import { declaredClaims, withStatedFields, type SeedProvenance } from '../seed/seedProvenance';
import { seedCitations } from '../sources/seedCitations';
import { syncRows, type SyncResult } from '../database/syncRows';
import { Claim } from './Claim';

/** The id of a claim: the same record, field, value and basis always give the same id. */
export function claimId(recordKey: string, field: string, value: string | null, basis: string): string {
  return createHash('sha256')
    .update(JSON.stringify([recordKey, field, value, basis]))
    .digest('hex')
    .slice(0, 40);
}

/** A seed claim as its row. */
export function claimRow(recordKey: string, claim: SeedClaim): Claim {
  const value = claim.value ?? null;
  return {
    id: claimId(recordKey, claim.field, value, claim.basis),
    recordKey,
    field: claim.field,
    value,
    basis: claim.basis,
    rule: claim.basis === 'INFERRED' ? claim.rule : null,
    reason: claim.basis === 'EDITORIAL' ? claim.reason : null,
    addedBy: claim.basis === 'EDITORIAL' ? (claim.addedBy ?? seedEditors) : null,
  };
}

/**
 * Makes the INFERRED and EDITORIAL claims of the seeded records exactly the seed's:
 * inserts and updates through syncRows, and deletes the claims of these records that
 * the seed no longer lists (a value that lost its basis is not kept with it).
 */
export async function seedClaims(
  manager: EntityManager,
  records: ReadonlyArray<{ recordKey: string; claims?: readonly SeedClaim[] }>,
): Promise<SyncResult> {
  const rows = records.flatMap(({ recordKey, claims }) => (claims ?? []).map((c) => claimRow(recordKey, c)));
  const ids = new Set(rows.map((r) => r.id));
  if (ids.size !== rows.length) throw new Error('Seed lists a claim twice (same record, field, value and basis)');
  const result = await syncRows(manager, Claim, rows);
  const keys = records.map((r) => r.recordKey);
  const repository = manager.getRepository(Claim);
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const stale = await repository.find({
      select: { id: true },
      where: { recordKey: In(chunk), ...(ids.size ? { id: Not(In([...ids])) } : {}) },
    });
    if (stale.length) {
      await repository.delete({ id: In(stale.map((c) => c.id)) });
      result.updated += stale.length;
    }
  }
  return result;
}

/**
 * Writes the seeded records' citations, each with the fields its source states, and
 * their INFERRED and EDITORIAL claims, as the subgraph's declarations say.
 */
export async function seedRecordProvenance(
  manager: EntityManager,
  records: ReadonlyArray<{ recordKey: string; citations: readonly SeedCitation[] }>,
  provenance: SeedProvenance,
): Promise<SyncResult> {
  await seedCitations(
    manager,
    records.map((r) => ({ recordKey: r.recordKey, citations: withStatedFields(r.recordKey, r.citations, provenance) })),
  );
  return seedClaims(
    manager,
    records.map((r) => ({ recordKey: r.recordKey, claims: declaredClaims(r.recordKey, provenance) })),
  );
}
