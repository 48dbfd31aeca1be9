import { badUserInput } from '../graphql/errors';
import { foldText } from '../text/foldText';

/** The most rows one import mutation takes; the import command sends files in batches. */
export const MAX_IMPORT_ROWS = 1000;

export interface ImportProblem {
  /** The field of the row, e.g. `country`, `parties[1].institutionId`, `source.url`. */
  field: string;
  reason: string;
}

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

/** How an existing record was found: by its id, its ROR id, or its normalised natural key. */
export type ImportMatch = 'ID' | 'ROR_ID' | 'NATURAL_KEY';

/** What importing one row does (or would do, in a dry run). */
export interface ImportRowResult {
  /** The row in the imported file (from the row's `source.row`). */
  row: number;
  /** The record's id: the matched one, or the one a creation gets. Null when rejected before matching. */
  id: string | null;
  outcome: ImportOutcome;
  matchedBy: ImportMatch | null;
  problems: ImportProblem[];
}

export interface ImportResult {
  dryRun: boolean;
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rows: ImportRowResult[];
}

/** Refuses an empty batch or one over MAX_IMPORT_ROWS before anything is read. */
export function assertImportBatch(count: number): void {
  if (count < 1) throw badUserInput('rows', 'no rows to import');
  if (count > MAX_IMPORT_ROWS) throw badUserInput('rows', `at most ${MAX_IMPORT_ROWS} rows per call, got ${count}`);
}

/**
 * The key two rows or records share when they are the same thing: every part folded for
 * case, diacritics and transliteration (see foldText), so "Azərişıq" and "AZERISHIQ" match.
 */
export function naturalKey(...parts: ReadonlyArray<string | null | undefined>): string {
  return parts.map((part) => (part == null ? '' : foldText(part))).join('|');
}

/**
 * Rejects every row after the first that resolves to the same record (same id), naming
 * the row it repeats: a file must not say two things about one record.
 */
export function rejectRepeatedRecords(rows: ImportRowResult[]): void {
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    if (row.id === null || row.outcome === 'REJECTED') continue;
    const first = firstRow.get(row.id);
    if (first === undefined) firstRow.set(row.id, row.row);
    else reject(row, { field: 'id', reason: `the same record (${row.id}) as row ${first}; each record once per file` });
  }
}

/** Marks a row rejected with one more problem. */
export function reject(row: ImportRowResult, problem: ImportProblem): void {
  row.problems.push(problem);
  row.outcome = 'REJECTED';
}

/**
 * Finishes an import call: writes (through `write`, one transaction) only when no row
 * was rejected and this is not a dry run, so a batch is written whole or not at all.
 */
export async function finishImport(
  rows: ImportRowResult[],
  dryRun: boolean,
  write: () => Promise<void>,
): Promise<ImportResult> {
  const count = (outcome: ImportOutcome) => rows.filter((r) => r.outcome === outcome).length;
  const rejected = count('REJECTED');
  const changes = count('CREATED') + count('UPDATED');
  const written = !dryRun && rejected === 0 && changes > 0;
  if (written) await write();
  return {
    dryRun,
    written,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    rejected,
    rows,
  };
}
