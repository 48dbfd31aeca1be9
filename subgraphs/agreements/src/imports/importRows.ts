import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import {
  ErrorCode,
  checkImportSource,
  importSourceId,
  isValidId,
  newId,
  reject,
  type EntityReference,
  type EntityReferenceChecker,
  type ImportProblem,
  type ImportRowResult,
  type ImportSource,
} from '@partnership-graph/shared';

/**
 * What the agreement and event imports share: turning the mutations' BAD_USER_INPUT
 * checks into row problems, checking a whole batch's references in one call, and the
 * ids and citations of imported records.
 */

/** A row's problem from a check that threw BAD_USER_INPUT naming the field; anything else is rethrown. */
export function problemOf(error: unknown): ImportProblem {
  if (
    error instanceof GraphQLError &&
    error.extensions.code === ErrorCode.BAD_USER_INPUT &&
    typeof error.extensions.argumentName === 'string'
  ) {
    const field = error.extensions.argumentName;
    const prefix = `Invalid value for "${field}": `;
    return { field, reason: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message };
  }
  throw error;
}

/** Rejects the row with the problem a check threw, unless the row already names that problem. */
export function rejectWith(row: ImportRowResult, error: unknown): void {
  const problem = problemOf(error);
  if (!row.problems.some((p) => p.field === problem.field && p.reason === problem.reason)) reject(row, problem);
}

/** Runs a check of one row; a BAD_USER_INPUT it throws rejects the row (and gives undefined). */
export function attempt<T>(row: ImportRowResult, check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    rejectWith(row, error);
    return undefined;
  }
}

/** The result of a row before matching: rejected at once for a bad source or a malformed id. */
export function startRow(index: number, input: { id?: string | null; source?: ImportSource | null }): ImportRowResult {
  const source = input.source;
  const row: ImportRowResult = {
    row: source && Number.isSafeInteger(source.row) ? source.row : index + 1,
    id: null,
    outcome: 'CREATED',
    matchedBy: null,
    problems: [],
  };
  for (const problem of checkImportSource(source)) reject(row, problem);
  if (input.id != null && !isValidId(input.id)) {
    reject(row, {
      field: 'id',
      reason: `not a valid id (lower-case letters, digits and single hyphens, at most 64 characters): ${input.id.slice(0, 80)}`,
    });
  }
  return row;
}

/**
 * Checks the references of every row of a batch with ONE request to the owning subgraph
 * (EntityReferenceChecker), and rejects each row naming an unknown id:
 * `unknown institution: <id>` on the field that names it.
 */
export async function checkBatchReferences(
  checker: EntityReferenceChecker,
  rows: readonly ImportRowResult[],
  references: ReadonlyArray<{ index: number; reference: EntityReference }>,
): Promise<void> {
  if (!references.length) return;
  // The field names the row too ("3|parties[0].institutionId"), so each unknown id finds its row.
  const tagged = references.map(({ index, reference }) => ({ ...reference, field: `${index}|${reference.field}` }));
  try {
    await checker.assertExist(tagged);
  } catch (error) {
    type Unknown = Array<{ field: string; typename: string; id: string }>;
    const unknown = error instanceof GraphQLError ? (error.extensions.unknownIds as Unknown | undefined) : undefined;
    if (!unknown) throw error;
    for (const { field, typename, id } of unknown) {
      const bar = field.indexOf('|');
      reject(rows[Number(field.slice(0, bar))], {
        field: field.slice(bar + 1),
        reason: `unknown ${typename.toLowerCase()}: ${id}`,
      });
    }
  }
}

/**
 * The id a created record gets: a slug of its title and a suffix from its natural key,
 * so a dry run and the real run name the same id, and two rows with one natural key
 * name one record (which `rejectRepeatedRecords` then refuses).
 */
export function importedId(title: string, key: string, fallback: string): string {
  const slug = newId(title, fallback).replace(/-[a-z0-9]+$/, '');
  return `${slug}-${createHash('sha256').update(key).digest('hex').slice(0, 6)}`;
}

export interface StoredCitation {
  sourceId: string;
  quote: string | null;
}

/** A record's citations once the row's source is cited (added, or its quote replaced), by source id. */
export function citationsWith(stored: readonly StoredCitation[], source: ImportSource): StoredCitation[] {
  const sourceId = importSourceId(source);
  const others = stored.filter((c) => c.sourceId !== sourceId).map((c) => ({ sourceId: c.sourceId, quote: c.quote }));
  return [...others, { sourceId, quote: source.quote ?? null }].sort((a, b) =>
    a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0,
  );
}

/** Deep equality of plain JSON-like values (what a row says versus what is stored). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
