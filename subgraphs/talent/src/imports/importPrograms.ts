import type { EntityManager } from 'typeorm';
import {
  assertValidId,
  checkImportSource,
  conflict,
  foldText,
  isDuplicateKey,
  naturalKey,
  reject,
  type Caller,
  type EntityReference,
  type EntityReferenceChecker,
  type ImportArgs,
  type ImportResult,
  type ImportRowResult,
  type ImportSource,
  type PlannedRow,
  type RecordChange,
  type RecordImport,
  type WritePipeline,
} from '@partnership-graph/shared';
import { collectProblems, programIdFromTitle, type Check } from '../mutations/validation';
import type { ProgramImportStore, ProgramRecord, ProgramRow } from '../repositories/ProgramImportStore';

/** What every programme import row has: an optional id, a title, maybe a start, and its source. */
export interface ProgramImportRow {
  id?: string | null;
  title: string;
  startsOn?: string | null;
  source?: ImportSource | null;
}

/** The validated fields of a row every type has (undefined: not given, or refused). */
export interface ProgramImportFields {
  title?: string;
  startsOn?: string;
  seats?: number;
}

/** What differs between the three kinds of programme; the rest of an import is the same. */
export interface ProgramImportSpec<Row extends ProgramImportRow, P extends ProgramRow, F extends ProgramImportFields> {
  /** The audit log's entity type, e.g. InternshipProgram. */
  entityType: string;
  /** The type part of the citations' record key, e.g. internship-program. */
  recordType: string;
  store: ProgramImportStore<P>;
  /** Runs the create mutation's rules over the row's fields, fields named as in the row. */
  rules(row: Row, check: Check): F;
  /** The institutions and agreement the row names, fields named as in the row. */
  references(fields: F): EntityReference[];
  /** The record after the row: the stored one (null for a creation) with what the row gives. */
  merge(fields: F, stored: ProgramRecord<P> | null, id: string): ProgramRecord<P>;
  /** Rules over the merged record of an update (date order, …). */
  checkMerged(record: ProgramRecord<P>, check: Check): void;
  /** The audit log's view of a record (see audit/snapshots.ts). */
  snapshot(record: ProgramRecord<P>): Record<string, unknown>;
}

export interface ProgramImportDeps {
  references: EntityReferenceChecker;
  pipeline: WritePipeline;
}

const unknownReason: Record<string, string> = { Institution: 'unknown institution', Agreement: 'unknown agreement' };

/** Lists compared as sets: stored links come sorted, levels in any order say the same. */
function comparable(snapshot: Record<string, unknown>): string {
  const sorted = Object.fromEntries(
    Object.entries(snapshot)
      .filter(([key]) => key !== 'version')
      .map(([key, value]) => [key, Array.isArray(value) && key !== 'areas' ? [...value].sort() : value]),
  );
  return JSON.stringify(sorted);
}

/**
 * Imports a batch of programmes of one kind (docs/import/MUTATIONS.md) through the shared
 * import flow: every row checked with the create mutation's rules and its source, and
 * references checked in one call, before the transaction; then, in it, matched by id or
 * by natural key (folded title and start), and written with citations and audit entries.
 * The write pipeline authorizes the caller first.
 */
export async function importPrograms<Row extends ProgramImportRow, P extends ProgramRow, F extends ProgramImportFields>(
  caller: Caller,
  spec: ProgramImportSpec<Row, P, F>,
  operation: string,
  args: ImportArgs<Row>,
  deps: ProgramImportDeps,
): Promise<ImportResult> {
  try {
    return await deps.pipeline.runImport(caller, operation, new ProgramImport(spec, deps), args);
  } catch (error) {
    if (isDuplicateKey(error))
      throw conflict('A programme of this import was created by someone else meanwhile; import the rows again');
    throw error;
  }
}

/** A row after the checks outside the transaction: its result so far, its valid id and its fields. */
interface CheckedRow<Row, F> {
  row: Row;
  result: ImportRowResult;
  id: string | undefined;
  fields: F;
}

/** One kind of programme as the shared import flow sees it. */
class ProgramImport<
  Row extends ProgramImportRow,
  P extends ProgramRow,
  F extends ProgramImportFields,
> implements RecordImport<Row, ProgramRecord<P>, Array<CheckedRow<Row, F>>> {
  readonly entityType: string;
  readonly recordType: string;

  constructor(
    private readonly spec: ProgramImportSpec<Row, P, F>,
    private readonly deps: ProgramImportDeps,
  ) {
    this.entityType = spec.entityType;
    this.recordType = spec.recordType;
  }

  /** Before the transaction: each row on its own (source, id, fields), and every reference of the batch in one call per owner. */
  async check(rows: readonly Row[]): Promise<Array<CheckedRow<Row, F>>> {
    const spec = this.spec;
    const checked = rows.map((row, index) => {
      const result: ImportRowResult = {
        row: row.source?.row ?? index + 1,
        id: null,
        outcome: 'CREATED',
        matchedBy: null,
        problems: [],
      };
      const check = collectProblems(result.problems);
      result.problems.push(...checkImportSource(row.source));
      const id = row.id != null ? check(() => assertValidId(row.id as string, 'id')) : undefined;
      const fields = spec.rules(row, check);
      return { row, result, id, fields };
    });
    const referenceRow = new Map<EntityReference, ImportRowResult>();
    for (const c of checked) for (const ref of spec.references(c.fields)) referenceRow.set(ref, c.result);
    if (referenceRow.size) {
      for (const missing of await this.deps.references.findMissing([...referenceRow.keys()])) {
        (referenceRow.get(missing) as ImportRowResult).problems.push({
          field: missing.field,
          reason: `${unknownReason[missing.typename] ?? `unknown ${missing.typename}`}: ${missing.id}`,
        });
      }
    }
    return checked;
  }

  /** In the transaction: the candidates (locked), their links and seats taken, read through `manager`; match and merge. */
  async plan(
    manager: EntityManager,
    _rows: readonly Row[],
    checkedRows: Array<CheckedRow<Row, F>>,
  ): Promise<Array<PlannedRow<ProgramRecord<P>>>> {
    const spec = this.spec;
    // A copy of each row's result: a transaction that runs again (deadlock, a concurrent first use of its key) starts afresh.
    const checked = checkedRows.map((c) => {
      const result = { ...c.result, problems: [...c.result.problems] };
      return { ...c, result, check: collectProblems(result.problems) };
    });

    // Reads: candidates by id and folded title (locked until the import ends), their links.
    const store = spec.store;
    const candidates = await store.findCandidates(
      manager,
      checked.flatMap((c) => (c.id ? [c.id] : [])),
      checked.flatMap((c) => (!c.id && c.row.id == null && c.fields.title ? [foldText(c.fields.title)] : [])),
    );
    const links = await store.linksOf(
      manager,
      candidates.map((p) => p.id),
    );
    const storedRecords = new Map<string, ProgramRecord<P>>(
      candidates.map((p) => {
        const {
          sortTitle: _sortTitle,
          searchText: _searchText,
          ...program
        } = p as P & { sortTitle?: string; searchText?: string };
        return [p.id, { program: program as ProgramRecord<P>['program'], linkIds: links.get(p.id) ?? [] }];
      }),
    );
    const byKey = new Map<string, P[]>();
    for (const p of candidates) {
      const key = naturalKey(p.title, p.startsOn);
      byKey.set(key, [...(byKey.get(key) ?? []), p]);
    }

    // Match and merge each row.
    const createdByKey = new Map<string, string>();
    const planned = checked.map(({ row, result, check, id, fields }): PlannedRow<ProgramRecord<P>> => {
      const source = row.source as ImportSource;
      const rejected = { result, source, before: null, after: null };
      if (result.problems.length || fields.title === undefined) {
        result.outcome = 'REJECTED';
        return rejected;
      }
      let stored: ProgramRecord<P> | null = null;
      let recordId: string;
      if (id) {
        stored = storedRecords.get(id) ?? null;
        recordId = id;
        if (stored) result.matchedBy = 'ID';
      } else {
        const key = naturalKey(fields.title, fields.startsOn ?? null);
        const matches = byKey.get(key) ?? [];
        if (matches.length > 1) {
          reject(result, {
            field: 'title',
            reason: `matches ${matches.length} programmes (${matches.map((m) => m.id).join(', ')}); give the id`,
          });
          return rejected;
        }
        if (matches.length === 1) {
          stored = storedRecords.get(matches[0].id) as ProgramRecord<P>;
          recordId = matches[0].id;
          result.matchedBy = 'NATURAL_KEY';
        } else {
          recordId = createdByKey.get(key) ?? programIdFromTitle(fields.title);
          createdByKey.set(key, recordId);
        }
      }
      result.id = recordId;
      const record = spec.merge(fields, stored, recordId);
      if (stored) spec.checkMerged(record, check);
      // An update writes the next version.
      const after = stored
        ? { ...record, program: { ...record.program, version: record.program.version + 1 } }
        : record;
      return { result, source, before: stored, after };
    });

    // 4. Seats set by updates must not fall below the seats already taken (one grouped read).
    const seatsOf = (record: ProgramRecord<P> | null) =>
      (record?.program as { seats?: number | null } | undefined)?.seats ?? null;
    const seatChanges = planned.filter(
      (p) => p.before && p.after && seatsOf(p.after) !== null && seatsOf(p.after) !== seatsOf(p.before),
    );
    if (seatChanges.length) {
      const taken = await store.seatsTaken(
        manager,
        seatChanges.map((p) => p.result.id!),
      );
      for (const p of seatChanges) {
        const n = taken.get(p.result.id!) ?? 0;
        if ((seatsOf(p.after) as number) < n)
          reject(p.result, { field: 'seats', reason: `${n} seats are already taken; seats cannot be fewer` });
      }
    }
    for (const p of planned) if (p.result.problems.length) p.result.outcome = 'REJECTED';
    return planned;
  }

  sameRecord(before: ProgramRecord<P>, after: ProgramRecord<P>): boolean {
    return comparable(this.spec.snapshot(before)) === comparable(this.spec.snapshot(after));
  }

  snapshot(record: ProgramRecord<P>): object {
    return this.spec.snapshot(record);
  }

  insert(manager: EntityManager, records: Array<ProgramRecord<P>>): Promise<void> {
    return this.spec.store.insertMany(manager, records);
  }

  update(manager: EntityManager, changes: Array<RecordChange<ProgramRecord<P>>>): Promise<void> {
    const expected = new Map(changes.map((c) => [c.before.program.id, c.before.program.version]));
    return this.spec.store.updateMany(
      manager,
      changes.map((c) => c.after),
      expected,
    );
  }
}
