import type { ImportRowResult } from '@partnership-graph/shared';
import { freshId } from './InstitutionImport';

/**
 * Matches rows of a type with one natural key per record (memberships, positions): by
 * id, else by natural key against the stored records, else a fresh id — the same one
 * for rows of this call with one key, which rejectRepeatedRecords then refuses.
 */
export class RecordMatcher<T extends { id: string }> {
  private readonly byId: Map<string, T>;
  private readonly byKey = new Map<string, T>();
  private readonly batchIds = new Set<string>();
  private readonly batchByKey = new Map<string, string>();

  constructor(stored: readonly T[], keyOf: (record: T) => string) {
    this.byId = new Map(stored.map((s) => [s.id, s]));
    for (const s of stored) if (!this.byKey.has(keyOf(s))) this.byKey.set(keyOf(s), s);
  }

  /** Sets the row's id and how it was matched; gives the stored record (null for a creation). */
  match(result: ImportRowResult, id: string | null, key: string, name: string, fallback: string): T | null {
    let stored: T | null = null;
    if (id) {
      stored = this.byId.get(id) ?? null;
      result.id = id;
      result.matchedBy = stored ? 'ID' : null;
    } else if (this.byKey.has(key)) {
      stored = this.byKey.get(key)!;
      result.id = stored.id;
      result.matchedBy = 'NATURAL_KEY';
    } else {
      result.id =
        this.batchByKey.get(key) ??
        freshId(name, fallback, (taken) => this.byId.has(taken) || this.batchIds.has(taken));
    }
    this.batchIds.add(result.id);
    if (!this.batchByKey.has(key)) this.batchByKey.set(key, result.id);
    return stored;
  }
}
