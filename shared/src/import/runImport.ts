import type { DataSource, EntityManager } from 'typeorm';
import { AuditRepository, type NewAuditEntry } from '../audit/AuditRepository';
import { assertIdempotencyKey, type IdempotencyKeys, type Replay } from '../idempotency/IdempotencyKeys';
import { recordKey } from '../sources/citationsLoader';
import {
  assertImportBatch,
  finishImport,
  rejectRepeatedRecords,
  type ImportResult,
  type ImportRowResult,
} from './importPlan';
import { citeImportSources, findCitedSources, importSourceId, type ImportSource } from './importSource';

/** One row as planned: its result, its source, and its record as stored (null: none) and as the row leaves it (null: rejected). */
export interface PlannedRow<T> {
  result: ImportRowResult;
  source: ImportSource;
  before: T | null;
  after: T | null;
}

/** A row that creates or changes its record. */
export interface PlannedRecord<T> extends PlannedRow<T> {
  after: T;
}

/** A record an import changes: as stored and as it will be. */
export interface RecordChange<T> {
  before: T;
  after: T;
}

/** What a record type tells the shared import flow; matching and checks stay with the type. */
export interface RecordImport<Input, T, Checked = undefined> {
  /** The GraphQL type, for the audit log: Institution, Agreement, InternshipProgram… */
  entityType: string;
  /** The record-key prefix of its citations: institution, agreement, internship-program… */
  recordType: string;
  /**
   * Runs before the transaction opens: what needs no stored record of this subgraph —
   * above all the references other subgraphs own (one request per owner), which must
   * never hold a transaction open while they wait. Its answer goes to `plan`.
   */
  check?(rows: readonly Input[]): Promise<Checked>;
  /**
   * Checks and matches the rows with a fixed number of reads, all through `manager`
   * (inside the transaction that writes): one planned row per row, in order, each with
   * its result's id set unless rejected. Problems reject the row; the CREATED / UPDATED
   * / UNCHANGED outcome is left to the flow.
   */
  plan(manager: EntityManager, rows: readonly Input[], checked: Checked): Promise<Array<PlannedRow<T>>>;
  /** True when the row's record says nothing the stored one does not (citations aside). */
  sameRecord(before: T, after: T): boolean;
  /** The record as the audit log keeps it; `sources` are the ids of the documents it cites. */
  snapshot(record: T, sources: readonly string[]): object;
  /** Orders the records to write (e.g. parents before their units); default: as given. */
  writeOrder?(records: Array<PlannedRecord<T>>): Array<PlannedRecord<T>>;
  insert(manager: EntityManager, records: T[]): Promise<void>;
  update(manager: EntityManager, changes: Array<RecordChange<T>>): Promise<void>;
}

export interface ImportCall {
  dryRun: boolean;
  /** Refuses a caller without the subgraph's editor role (before anything is read); gives the actor for the audit log. */
  authorize(): string;
  /** The mutation field (importInstitutions…): idempotency keys are scoped to it. */
  operation: string;
  /** The client's idempotency key, if any (ignored by a dry run, which writes nothing). */
  idempotencyKey?: string | null;
  /** The subgraph's idempotency keys. */
  idempotency: IdempotencyKeys;
}

/**
 * The columns of an imported row that gave values: its non-empty fields other than the
 * id and the source. Import files name their columns after the record's fields, so each
 * is the basis (file, row, column) of the value it gave.
 */
export function importedFields(row: unknown): string[] {
  if (row === null || typeof row !== 'object') return [];
  return Object.entries(row as Record<string, unknown>)
    .filter(([key, value]) => key !== 'id' && key !== 'source' && value != null && value !== '')
    .filter(([, value]) => !Array.isArray(value) || value.length > 0)
    .map(([key]) => key)
    .sort();
}

/** An import that wrote is kept with its key and answered again as it was; one that wrote nothing is not kept. */
const replayImport: Replay<ImportResult> = {
  save: (result) => (result.written ? result : null),
  restore: (saved) => saved as ImportResult,
};

/**
 * Runs one import call by the contract in docs/import/MUTATIONS.md: authorization,
 * batch bounds, checks and matching, UNCHANGED for a record that already says
 * everything (its document already cited), each record once per call, and — only when
 * no row is rejected and this is no dry run — bulk writes of the records, their
 * citations and one audit entry per created or updated record. The type's `check` (calls
 * to other subgraphs) runs first, outside any transaction; then reads and writes share
 * one transaction, so what was compared is what gets written. With an idempotency key,
 * a repeat of a call that wrote answers its first result (see IdempotencyKeys).
 */
export async function runImport<Input, T, Checked = undefined>(
  dataSource: DataSource,
  kind: RecordImport<Input, T, Checked>,
  rows: readonly Input[],
  call: ImportCall,
): Promise<ImportResult> {
  const actor = call.authorize();
  assertImportBatch(rows.length);
  if (call.idempotencyKey != null) assertIdempotencyKey(call.idempotencyKey);
  const checked = kind.check ? await kind.check(rows) : (undefined as Checked);
  const idempotent = {
    key: call.dryRun ? null : call.idempotencyKey,
    caller: actor,
    operation: call.operation,
    input: rows,
  };
  return call.idempotency.run(
    dataSource,
    idempotent,
    async (manager) => {
      const planned = await kind.plan(manager, rows, checked);
      const keyOf = (p: PlannedRow<T>) => recordKey(kind.recordType, p.result.id!);
      const matched = planned.filter((p) => p.before !== null).map(keyOf);
      const cited = matched.length ? await findCitedSources(manager, matched) : new Map<string, Set<string>>();
      const citedBefore = (p: PlannedRow<T>) => [...(cited.get(keyOf(p)) ?? [])].sort();
      for (const p of planned) {
        if (p.result.outcome === 'REJECTED' || !p.after) continue;
        if (p.before) {
          const alreadyCited = cited.get(keyOf(p))?.has(importSourceId(p.source)) ?? false;
          p.result.outcome = kind.sameRecord(p.before, p.after) && alreadyCited ? 'UNCHANGED' : 'UPDATED';
        } else {
          p.result.outcome = 'CREATED';
        }
      }
      const results = planned.map((p) => p.result);
      rejectRepeatedRecords(results);
      for (const result of results) if (result.outcome === 'REJECTED') result.matchedBy = null;
      return finishImport(results, call.dryRun, async () => {
        const changes = planned.filter(
          (p): p is PlannedRecord<T> =>
            (p.result.outcome === 'CREATED' || p.result.outcome === 'UPDATED') && p.after !== null,
        );
        const ordered = kind.writeOrder ? kind.writeOrder(changes) : changes;
        const created = ordered.filter((p) => p.before === null).map((p) => p.after);
        const updated = ordered.filter((p) => p.before !== null).map((p) => ({ before: p.before!, after: p.after }));
        if (created.length) await kind.insert(manager, created);
        if (updated.length) await kind.update(manager, updated);
        const importedAt = new Date().toISOString();
        const rowOf = new Map(planned.map((p, i) => [p, rows[i]]));
        await citeImportSources(
          manager,
          ordered.map((p) => ({ recordKey: keyOf(p), source: p.source, fields: importedFields(rowOf.get(p)) })),
          importedAt,
        );
        const entries: NewAuditEntry[] = ordered.map((p) => {
          const sources = [...new Set([...citedBefore(p), importSourceId(p.source)])].sort();
          return {
            entityType: kind.entityType,
            entityId: p.result.id!,
            action: p.before ? 'IMPORT_UPDATE' : 'IMPORT_CREATE',
            actor,
            at: importedAt,
            before: p.before ? kind.snapshot(p.before, citedBefore(p)) : null,
            after: kind.snapshot(p.after, sources),
          };
        });
        await new AuditRepository(manager.connection).insertMany(manager, entries);
      });
    },
    replayImport,
  );
}
