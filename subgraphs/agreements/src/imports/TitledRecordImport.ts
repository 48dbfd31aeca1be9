import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import {
  groupBy,
  foldText,
  isValidId,
  recordKey,
  reject,
  type Caller,
  type ChildRows,
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
import { CitationRepository } from '../repositories/CitationRepository';
import { checkBatchReferences, importedId, rejectWith, startRow, type StoredCitation } from './importRows';

/** What every agreement and event import row has besides its fields. */
export interface TitledImportRow {
  id?: string | null;
  source: ImportSource;
}

/** A batch after its checks outside the transaction: each row's result so far, and its checked fields (undefined: not to be matched). */
export interface CheckedBatch<Checked> {
  rows: ImportRowResult[];
  checked: Array<Checked | undefined>;
}

/** A stored agreement or event as its import reads it. */
interface TitledRow {
  id: string;
  title: string;
}

/**
 * Imports agreements or events (docs/import/MUTATIONS.md) through the shared import flow:
 * every row checked with the create mutation's rules, every reference of the batch with
 * ONE request to the institutions subgraph before the transaction opens, then, in it, rows
 * matched to stored records by id, else by natural key (folded title and a date), with a
 * fixed number of reads per batch. The
 * subclasses say what differs: the rules, the natural key, the lists, merging and writing.
 */
export abstract class TitledRecordImport<
  Input extends TitledImportRow,
  Checked extends { values: { title: string } },
  Row extends TitledRow,
  R,
> implements RecordImport<Input, R, CheckedBatch<Checked>> {
  /** The GraphQL type, for the audit log. */
  abstract readonly entityType: string;
  /** agreement, event: the record-key prefix, the fallback of generated ids and the noun of the messages. */
  abstract readonly recordType: string;
  /** The mutation (importAgreements): authorization and idempotency keys name it. */
  protected abstract readonly operation: string;
  /** What the natural key is made of, e.g. "title and signing date". */
  protected abstract readonly naturalKeyParts: string;
  private readonly citations: CitationRepository;

  constructor(
    protected readonly dataSource: DataSource,
    private readonly references: EntityReferenceChecker,
    private readonly pipeline: WritePipeline,
  ) {
    this.citations = new CitationRepository(dataSource);
  }

  /** Runs the import mutation through the write pipeline (authorized by writePolicy first). */
  run(caller: Caller, args: ImportArgs<Input>): Promise<ImportResult> {
    return this.pipeline.runImport(caller, this.operation, this, args);
  }

  /** The create mutation's rules; every BAD_USER_INPUT they meet goes to `collect`. */
  protected abstract checkRow(input: Input, collect: (error: unknown) => void): Checked;
  protected abstract referencesOf(checked: Checked): EntityReference[];
  protected abstract naturalKeyOf(record: Checked['values'] | Row): string;
  protected abstract findStored(
    manager: EntityManager,
    ids: readonly string[],
    sortTitles: readonly string[],
  ): Promise<Row[]>;
  /** The matched records with their lists (a fixed number of reads) and `citationsOf` each, by id. */
  protected abstract loadStored(
    manager: EntityManager,
    rows: readonly Row[],
    citationsOf: (id: string) => StoredCitation[],
  ): Promise<Map<string, R>>;
  protected abstract created(checked: Checked, id: string, source: ImportSource): R;

  /** For loadStored: each record built by `build` from its two lists, read for all records in two statements. */
  protected async withLists<A extends ObjectLiteral, B extends ObjectLiteral>(
    manager: EntityManager,
    rows: readonly Row[],
    [first, second]: [ChildRows<A>, ChildRows<B>],
    build: (row: Row, first: A[], second: B[]) => R,
  ): Promise<Map<string, R>> {
    const ids = rows.map((row) => row.id);
    // One after the other: both go through the transaction's one connection.
    const firstOf = await first.findGroupedByParent(ids, manager);
    const secondOf = await second.findGroupedByParent(ids, manager);
    return new Map(rows.map((row) => [row.id, build(row, firstOf.get(row.id) ?? [], secondOf.get(row.id) ?? [])]));
  }
  /** The stored record with what the row gives (fields left out keep theirs); rejects the row for rules over the result. */
  protected abstract merged(checked: Checked, input: Input, stored: R, result: ImportRowResult): R;
  abstract sameRecord(before: R, after: R): boolean;
  abstract snapshot(record: R): object;
  abstract insert(manager: EntityManager, records: R[]): Promise<void>;
  abstract update(manager: EntityManager, changes: Array<RecordChange<R>>): Promise<void>;

  /**
   * Before the transaction: every row checked with the create mutation's rules, and every
   * reference of the batch with ONE request to the institutions subgraph.
   */
  async check(inputs: readonly Input[]): Promise<CheckedBatch<Checked>> {
    const rows = inputs.map((input, i) => startRow(i, input));
    // Every problem of a row is reported, unknown references included; a row whose title or id does not pass is not matched.
    const results = inputs.map((input, i) => this.checkRow(input, (error) => rejectWith(rows[i], error)));
    await checkBatchReferences(
      this.references,
      rows,
      results.flatMap((c, index) => this.referencesOf(c).map((reference) => ({ index, reference }))),
    );
    const checked: Array<Checked | undefined> = results.map((c, i) =>
      c.values.title && (inputs[i].id == null || isValidId(inputs[i].id!)) ? c : undefined,
    );
    return { rows, checked };
  }

  /** In the transaction: matching and the stored records, read through `manager`. */
  async plan(
    manager: EntityManager,
    inputs: readonly Input[],
    batch: CheckedBatch<Checked>,
  ): Promise<Array<PlannedRow<R>>> {
    // A copy of each row's result: a transaction that runs again (deadlock, a concurrent first use of its key) starts afresh.
    const rows = batch.rows.map((row) => ({ ...row, problems: [...row.problems] }));
    const checked = batch.checked;

    // Match: one statement for every id and folded title of the batch.
    const noun = this.recordType;
    const keys = checked.map((c) => (c ? this.naturalKeyOf(c.values) : ''));
    const wantedIds = inputs.map(
      (input, i) => input.id ?? (checked[i] ? importedId(checked[i]!.values.title, keys[i], noun) : null),
    );
    const stored = await this.findStored(
      manager,
      [...new Set(wantedIds.filter((id): id is string => id !== null))],
      [...new Set(checked.flatMap((c) => (c ? [foldText(c.values.title).slice(0, 300)] : [])))],
    );
    const byId = new Map(stored.map((s) => [s.id, s]));
    const byKey = groupBy(stored, (s) => this.naturalKeyOf(s));

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
        reject(row, {
          field: 'title',
          reason: `matches ${candidates.length} ${noun}s with this ${this.naturalKeyParts} (${ids}); give the id of one`,
        });
        return undefined;
      }
      if (candidates.length === 1) {
        row.id = candidates[0].id;
        row.matchedBy = 'NATURAL_KEY';
        return candidates[0];
      }
      row.id = wantedIds[i]!;
      if (byId.has(row.id))
        reject(row, { field: 'id', reason: `the generated id ${row.id} is taken by another ${noun}; give an id` });
      return null;
    });

    // What the matched records hold now: their citations and lists, one statement each.
    const matched = [...new Map(matches.flatMap((m) => (m ? [[m.id, m] as const] : []))).values()];
    const citations = matched.length
      ? await this.citations.findForRecords(
          matched.map((m) => recordKey(noun, m.id)),
          manager,
        )
      : [];
    const citationsOf = groupBy(citations, (c) => c.recordKey);
    const current = matched.length
      ? await this.loadStored(manager, matched, (id) => citationsOf.get(recordKey(noun, id)) ?? [])
      : new Map<string, R>();

    return inputs.map((input, index) => {
      const c = checked[index];
      const match = matches[index];
      const result = rows[index];
      if (!c || match === undefined) return { result, source: input.source, before: null, after: null };
      if (match === null)
        return { result, source: input.source, before: null, after: this.created(c, result.id!, input.source) };
      const before = current.get(match.id)!;
      return { result, source: input.source, before, after: this.merged(c, input, before, result) };
    });
  }
}
