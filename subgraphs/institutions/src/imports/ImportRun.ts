import type { DataSource, EntityManager } from 'typeorm';
import {
  AuditRepository,
  assertImportBatch,
  citeImportSources,
  finishImport,
  findCitedSources,
  importSourceId,
  recordKey,
  rejectRepeatedRecords,
  writeTransaction,
  type Caller,
  type ImportResult,
  type ImportRowResult,
  type ImportSource,
  type NewAuditEntry,
} from '@partnership-graph/shared';
import { assertEditor } from '../authorization';
import { sameValue } from './rowChecks';

/** One row's record as it is stored (null for a creation) and as it will be. */
export interface PlannedRecord<T extends { id: string }> {
  result: ImportRowResult;
  source: ImportSource;
  before: T | null;
  after: T;
}

/** What each record type tells the shared import run. */
export interface RecordImport<Input, T extends { id: string }> {
  /** The GraphQL type, for the audit log: Institution, Person… */
  entityType: string;
  /** The record-key prefix of its citations: institution, person… */
  recordType: string;
  /** The columns compared to tell UPDATED from UNCHANGED. */
  compared: ReadonlyArray<keyof T>;
  /**
   * Checks and matches the rows with a fixed number of reads: one result per row (in
   * order) and, for each row that is not rejected, the record before and after.
   */
  plan(manager: EntityManager, rows: readonly Input[]): Promise<Array<{ result: ImportRowResult; source: ImportSource; before: T | null; after: T | null }>>;
  /** The record as the audit log keeps it (without derived columns). */
  snapshot(record: T): Record<string, unknown>;
  /** Orders the records to write (e.g. parents before their units); default: as given. */
  writeOrder?(records: Array<PlannedRecord<T>>): Array<PlannedRecord<T>>;
  insert(manager: EntityManager, records: T[]): Promise<void>;
  update(manager: EntityManager, records: T[]): Promise<void>;
}

/**
 * Runs one import call by the contract in docs/import/MUTATIONS.md: authorization,
 * batch bounds, checks and matching in one transaction, UNCHANGED for a record that
 * already says everything (its document already cited), and — only when no row is
 * rejected and this is no dry run — bulk writes of the records, their citations and
 * one audit entry per created or updated record.
 */
export async function runImport<Input, T extends { id: string }>(
  dataSource: DataSource,
  caller: Caller,
  kind: RecordImport<Input, T>,
  rows: readonly Input[],
  dryRun: boolean,
  action: string,
): Promise<ImportResult> {
  const actor = assertEditor(caller, action);
  assertImportBatch(rows.length);
  return writeTransaction(dataSource, async (manager) => {
    const planned = await kind.plan(manager, rows);
    const matched = planned.filter((p) => p.before !== null).map((p) => recordKey(kind.recordType, p.before!.id));
    const cited = matched.length ? await findCitedSources(manager, matched) : new Map<string, Set<string>>();
    const citedBefore = (id: string) => [...(cited.get(recordKey(kind.recordType, id)) ?? [])].sort();
    for (const p of planned) {
      if (p.result.outcome === 'REJECTED' || !p.after) continue;
      if (p.before) {
        const changed = kind.compared.some((column) => !sameValue(p.before![column], p.after![column]));
        const alreadyCited = cited.get(recordKey(kind.recordType, p.before.id))?.has(importSourceId(p.source)) ?? false;
        p.result.outcome = changed || !alreadyCited ? 'UPDATED' : 'UNCHANGED';
      } else {
        p.result.outcome = 'CREATED';
      }
    }
    const results = planned.map((p) => p.result);
    rejectRepeatedRecords(results);
    for (const result of results) if (result.outcome === 'REJECTED') result.matchedBy = null;
    return finishImport(results, dryRun, async () => {
      const changes = planned.filter(
        (p): p is PlannedRecord<T> => (p.result.outcome === 'CREATED' || p.result.outcome === 'UPDATED') && p.after !== null,
      );
      const ordered = kind.writeOrder ? kind.writeOrder(changes) : changes;
      const created = ordered.filter((p) => p.before === null).map((p) => p.after);
      const updated = ordered.filter((p) => p.before !== null).map((p) => p.after);
      if (created.length) await kind.insert(manager, created);
      if (updated.length) await kind.update(manager, updated);
      const importedAt = new Date().toISOString();
      await citeImportSources(
        manager,
        ordered.map((p) => ({ recordKey: recordKey(kind.recordType, p.after.id), source: p.source })),
        importedAt,
      );
      const entries: NewAuditEntry[] = ordered.map((p) => {
        const before = p.before ? { ...kind.snapshot(p.before), sources: citedBefore(p.before.id) } : null;
        const sources = [...new Set([...(p.before ? citedBefore(p.before.id) : []), importSourceId(p.source)])].sort();
        return {
          entityType: kind.entityType,
          entityId: p.after.id,
          action: p.before ? 'IMPORT_UPDATE' : 'IMPORT_CREATE',
          actor,
          at: importedAt,
          before,
          after: { ...kind.snapshot(p.after), sources },
        };
      });
      await new AuditRepository(manager.connection).insertMany(manager, entries);
    });
  });
}
