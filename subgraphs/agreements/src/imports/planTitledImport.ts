import {
  foldText,
  isValidId,
  reject,
  type EntityReference,
  type EntityReferenceChecker,
  type ImportRowResult,
  type ImportSource,
  type PlannedRow,
} from '@partnership-graph/shared';
import { checkBatchReferences, groupBy, importedId, rejectWith, startRow } from './importRows';

/** What every agreement and event import row has besides its fields. */
export interface TitledImportRow {
  id?: string | null;
  source: ImportSource;
}

/**
 * What differs between importing agreements and events; the checks, matching and
 * reads around them are the same (planTitledImport). Records are matched by id, else by
 * natural key: the folded title and a date (signing date, first day).
 */
export interface TitledRecordImport<Input extends TitledImportRow, Checked extends { values: { title: string } }, Row extends { id: string; title: string }, R> {
  /** agreement, event: the fallback of generated ids and the noun of the messages. */
  noun: string;
  /** What the natural key is made of, e.g. "title and signing date". */
  naturalKeyParts: string;
  /** The create mutation's rules; every BAD_USER_INPUT they meet goes to `collect`. */
  check(input: Input, collect: (error: unknown) => void): Checked;
  referencesOf(checked: Checked): EntityReference[];
  naturalKeyOf(record: Checked['values'] | Row): string;
  findStored(ids: readonly string[], sortTitles: readonly string[]): Promise<Row[]>;
  /** The matched records with their lists and citations, by id, with a fixed number of reads. */
  loadStored(rows: readonly Row[]): Promise<Map<string, R>>;
  created(checked: Checked, id: string, source: ImportSource): R;
  /** The stored record with what the row gives (fields left out keep theirs); rejects the row for rules over the result. */
  merged(checked: Checked, input: Input, stored: R, result: ImportRowResult): R;
}

/**
 * Checks every row with the create mutation's rules, every reference of the batch with
 * ONE request to the institutions subgraph, and matches rows to stored records by id,
 * else by natural key; reads are a fixed number of statements per batch.
 */
export async function planTitledImport<Input extends TitledImportRow, Checked extends { values: { title: string } }, Row extends { id: string; title: string }, R>(
  kind: TitledRecordImport<Input, Checked, Row, R>,
  references: EntityReferenceChecker,
  inputs: readonly Input[],
): Promise<Array<PlannedRow<R>>> {
  const rows = inputs.map((input, i) => startRow(i, input));
  // Every problem of a row is reported, unknown references included; a row whose title or id does not pass is not matched.
  const results = inputs.map((input, i) => kind.check(input, (error) => rejectWith(rows[i], error)));
  await checkBatchReferences(
    references,
    rows,
    results.flatMap((c, index) => kind.referencesOf(c).map((reference) => ({ index, reference }))),
  );
  const checked: Array<Checked | undefined> = results.map((c, i) => (c.values.title && (inputs[i].id == null || isValidId(inputs[i].id!)) ? c : undefined));

  // Match: one statement for every id and folded title of the batch.
  const keys = checked.map((c) => (c ? kind.naturalKeyOf(c.values) : ''));
  const wantedIds = inputs.map((input, i) => input.id ?? (checked[i] ? importedId(checked[i]!.values.title, keys[i], kind.noun) : null));
  const stored = await kind.findStored(
    [...new Set(wantedIds.filter((id): id is string => id !== null))],
    [...new Set(checked.flatMap((c) => (c ? [foldText(c.values.title).slice(0, 300)] : [])))],
  );
  const byId = new Map(stored.map((s) => [s.id, s]));
  const byKey = groupBy(stored, (s) => kind.naturalKeyOf(s));

  const matches: Array<Row | null | undefined> = checked.map((c, i) => {
    if (!c) return undefined;
    const row = rows[i];
    if (inputs[i].id != null) {
      row.id = inputs[i].id!;
      row.matchedBy = byId.has(row.id) ? 'ID' : null;
      return byId.get(row.id) ?? null;
    }
    const candidates = byKey.get(keys[i]) ?? [];
    if (candidates.length > 1) {
      const ids = candidates.map((s) => s.id).join(', ');
      reject(row, { field: 'title', reason: `matches ${candidates.length} ${kind.noun}s with this ${kind.naturalKeyParts} (${ids}); give the id of one` });
      return undefined;
    }
    if (candidates.length === 1) {
      row.id = candidates[0].id;
      row.matchedBy = 'NATURAL_KEY';
      return candidates[0];
    }
    row.id = wantedIds[i]!;
    if (byId.has(row.id)) reject(row, { field: 'id', reason: `the generated id ${row.id} is taken by another ${kind.noun}; give an id` });
    return null;
  });

  const matched = [...new Map(matches.flatMap((m) => (m ? [[m.id, m] as const] : []))).values()];
  const current = matched.length ? await kind.loadStored(matched) : new Map<string, R>();

  return inputs.map((input, index) => {
    const c = checked[index];
    const match = matches[index];
    const result = rows[index];
    if (!c || match === undefined) return { result, source: input.source, before: null, after: null };
    if (match === null) return { result, source: input.source, before: null, after: kind.created(c, result.id!, input.source) };
    const before = current.get(match.id)!;
    return { result, source: input.source, before, after: kind.merged(c, input, before, result) };
  });
}
