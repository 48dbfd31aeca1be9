import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

export interface SyncResult {
  created: number;
  updated: number;
  unchanged: number;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Makes the rows with these ids hold exactly these values: inserts the missing,
 * updates the changed, leaves the rest untouched — so a second run changes nothing
 * and says so. Rows are keyed by their `id` column.
 */
export async function syncRows<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<SyncResult> {
  const repository = manager.getRepository(target);
  const result: SyncResult = { created: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const existing = await repository.findBy({ id: In(chunk.map((r) => r.id)) } as never);
    const byId = new Map(existing.map((row) => [row.id, row]));
    const inserts: T[] = [];
    for (const row of chunk) {
      const current = byId.get(row.id);
      if (!current) {
        inserts.push(row);
      } else if (Object.keys(row).some((key) => !sameValue(row[key], current[key]))) {
        await repository.save(row);
        result.updated += 1;
      } else {
        result.unchanged += 1;
      }
    }
    if (inserts.length) await repository.insert(inserts as never);
    result.created += inserts.length;
  }
  return result;
}
