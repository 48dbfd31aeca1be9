import type { DataSource } from 'typeorm';
import {
  assertValidId,
  checkImportSource,
  citeImportSources,
  conflict,
  findCitedSources,
  finishImport,
  foldText,
  importSourceId,
  isDuplicateKey,
  naturalKey,
  recordKey,
  reject,
  rejectRepeatedRecords,
  writeTransaction,
  type EntityReference,
  type EntityReferenceChecker,
  type ImportCitation,
  type ImportResult,
  type ImportRowResult,
  type ImportSource,
} from '@partnership-graph/shared';
import type { Writer } from '../access/writeAccess';
import type { AuditChange, AuditedType, AuditLog } from '../audit/AuditLog';
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
  entityType: AuditedType;
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
  dataSource: DataSource;
  references: EntityReferenceChecker;
  audit: AuditLog;
}

interface Planned<P extends ProgramRow> {
  result: ImportRowResult;
  source: ImportSource;
  record: ProgramRecord<P>;
  stored: ProgramRecord<P> | null;
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
 * Imports a batch of programmes of one kind (docs/import/MUTATIONS.md): every row
 * checked with the create mutation's rules and its source, references checked in one
 * call, matched by id or by natural key (folded title and start), compared with what is
 * stored, and — when no row is rejected and this is no dry run — written in one
 * transaction with citations and audit entries. Reads are a fixed number of statements.
 */
export async function importPrograms<Row extends ProgramImportRow, P extends ProgramRow, F extends ProgramImportFields>(
  spec: ProgramImportSpec<Row, P, F>,
  rows: readonly Row[],
  dryRun: boolean,
  writer: Writer,
  deps: ProgramImportDeps,
): Promise<ImportResult> {
  // 1. Each row on its own: source, id and fields.
  const checked = rows.map((row, index) => {
    const result: ImportRowResult = { row: row.source?.row ?? index + 1, id: null, outcome: 'CREATED', matchedBy: null, problems: [] };
    const check = collectProblems(result.problems);
    result.problems.push(...checkImportSource(row.source));
    const id = row.id != null ? check(() => assertValidId(row.id as string, 'id')) : undefined;
    const fields = spec.rules(row, check);
    return { row, result, check, id, fields };
  });

  // 2. Reads: candidates by id and folded title, their links, their citations; the references.
  const store = spec.store;
  const candidates = await store.findCandidates(
    checked.flatMap((c) => (c.id ? [c.id] : [])),
    checked.flatMap((c) => (!c.id && c.row.id == null && c.fields.title ? [foldText(c.fields.title)] : [])),
  );
  const links = await store.linksOf(candidates.map((p) => p.id));
  const storedRecords = new Map<string, ProgramRecord<P>>(
    candidates.map((p) => {
      const { sortTitle: _sortTitle, searchText: _searchText, ...program } = p as P & { sortTitle?: string; searchText?: string };
      return [p.id, { program: program as ProgramRecord<P>['program'], linkIds: links.get(p.id) ?? [] }];
    }),
  );
  const byKey = new Map<string, P[]>();
  for (const p of candidates) {
    const key = naturalKey(p.title, p.startsOn);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const cited = await findCitedSources(
    deps.dataSource.manager,
    candidates.map((p) => recordKey(spec.recordType, p.id)),
  );
  const referenceRow = new Map<EntityReference, ImportRowResult>();
  for (const c of checked) for (const ref of spec.references(c.fields)) referenceRow.set(ref, c.result);
  if (referenceRow.size) {
    for (const missing of await deps.references.findMissing([...referenceRow.keys()])) {
      (referenceRow.get(missing) as ImportRowResult).problems.push({
        field: missing.field,
        reason: `${unknownReason[missing.typename] ?? `unknown ${missing.typename}`}: ${missing.id}`,
      });
    }
  }

  // 3. Match, merge and compare each row.
  const createdByKey = new Map<string, string>();
  const planned: Planned<P>[] = [];
  for (const { row, result, check, id, fields } of checked) {
    if (result.problems.length || fields.title === undefined) {
      result.outcome = 'REJECTED';
      continue;
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
        reject(result, { field: 'title', reason: `matches ${matches.length} programmes (${matches.map((m) => m.id).join(', ')}); give the id` });
        continue;
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
    const source = row.source as ImportSource;
    if (result.problems.length) result.outcome = 'REJECTED';
    else if (!stored) result.outcome = 'CREATED';
    else {
      const citesIt = cited.get(recordKey(spec.recordType, recordId))?.has(importSourceId(source)) ?? false;
      const same = comparable(spec.snapshot(stored)) === comparable(spec.snapshot(record));
      result.outcome = same && citesIt ? 'UNCHANGED' : 'UPDATED';
    }
    planned.push({ result, source, record, stored });
  }

  // 4. Seats set by updates must not fall below the seats already taken (one grouped read).
  const seatsOf = (record: ProgramRecord<P> | null) => (record?.program as { seats?: number | null } | undefined)?.seats ?? null;
  const seatChanges = planned.filter((p) => p.stored && p.result.outcome !== 'UNCHANGED' && seatsOf(p.record) !== null && seatsOf(p.record) !== seatsOf(p.stored));
  if (seatChanges.length) {
    const taken = await store.seatsTaken(seatChanges.map((p) => p.record.program.id));
    for (const p of seatChanges) {
      const n = taken.get(p.record.program.id) ?? 0;
      if ((seatsOf(p.record) as number) < n) reject(p.result, { field: 'seats', reason: `${n} seats are already taken; seats cannot be fewer` });
    }
  }

  rejectRepeatedRecords(checked.map((c) => c.result));

  // 5. All or nothing.
  return finishImport(
    checked.map((c) => c.result),
    dryRun,
    () => write(spec, planned.filter((p) => p.result.outcome === 'CREATED' || p.result.outcome === 'UPDATED'), writer, deps),
  );
}

async function write<Row extends ProgramImportRow, P extends ProgramRow, F extends ProgramImportFields>(
  spec: ProgramImportSpec<Row, P, F>,
  changes: readonly Planned<P>[],
  writer: Writer,
  deps: ProgramImportDeps,
): Promise<void> {
  const creations = changes.filter((c) => !c.stored).map((c) => c.record);
  const updates = changes.filter((c) => c.stored).map((c) => ({ ...c.record, program: { ...c.record.program, version: c.record.program.version + 1 } }));
  const expected = new Map(changes.filter((c) => c.stored).map((c) => [c.record.program.id, (c.stored as ProgramRecord<P>).program.version]));
  const citations: ImportCitation[] = changes.map((c) => ({ recordKey: recordKey(spec.recordType, c.record.program.id), source: c.source }));
  const audit: AuditChange[] = changes.map((c) => ({
    entityType: spec.entityType,
    entityId: c.record.program.id,
    action: c.stored ? 'IMPORT_UPDATE' : 'IMPORT_CREATE',
    actor: writer.actor,
    before: c.stored ? spec.snapshot(c.stored) : null,
    after: spec.snapshot(c.stored ? { ...c.record, program: { ...c.record.program, version: c.record.program.version + 1 } } : c.record),
  }));
  try {
    await writeTransaction(deps.dataSource, async (manager) => {
      if (creations.length) await spec.store.insertMany(manager, creations);
      if (updates.length) await spec.store.updateMany(manager, updates, expected);
      await citeImportSources(manager, citations, new Date().toISOString());
      await deps.audit.recordMany(manager, audit);
    });
  } catch (error) {
    if (isDuplicateKey(error)) throw conflict('A programme of this import was created by someone else meanwhile; import the rows again');
    throw error;
  }
}
