import type { DataSource, EntityManager } from 'typeorm';
import type {
  Caller,
  ImportArgs,
  ImportResult,
  ImportRowResult,
  ImportSource,
  PlannedRow,
  RecordChange,
  RecordImport,
  WritePipeline,
} from '@partnership-graph/shared';
import { RowChecks, rowResult } from './rowChecks';

/** A row after its checks (see StoredRecordImport.checkRows): its input, id, checked fields and result so far. */
export type CheckedImportRow<Input, Fields, T> = Fields & {
  input: Input;
  id: string | null;
  result: ImportRowResult;
  /** The stored record the row matched, once matched. */
  stored: T | null;
};

/** The bulk writes of a record type's repository. */
export interface BulkWriter<T> {
  insertMany(manager: EntityManager, rows: readonly T[]): Promise<void>;
  updateMany(manager: EntityManager, rows: readonly T[]): Promise<void>;
}

/**
 * What the import of every record type of this subgraph shares: the call (the write
 * pipeline and the shared import flow), bulk writes through the type's repository, and the audit
 * snapshot (the record with the documents it cites). Each type checks and matches.
 */
export abstract class StoredRecordImport<
  Input extends { id?: string | null; source: ImportSource },
  T extends object,
  Repository extends BulkWriter<T>,
> implements RecordImport<Input, T> {
  abstract readonly entityType: string;
  abstract readonly recordType: string;
  /** The mutation field, which scopes idempotency keys: importInstitutions. */
  protected abstract readonly mutation: string;
  abstract readonly sameRecord: (before: T, after: T) => boolean;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly repository: Repository,
    private readonly pipeline: WritePipeline,
  ) {}

  /** Runs the import mutation through the write pipeline (authorized by writePolicy first). */
  run(caller: Caller, args: ImportArgs<Input>): Promise<ImportResult> {
    return this.pipeline.runImport(caller, this.mutation, this, args);
  }

  abstract plan(manager: EntityManager, rows: readonly Input[]): Promise<Array<PlannedRow<T>>>;

  /**
   * Each row checked before matching: its id, the fields `check` reads, then its source (the
   * problems in that order); `stored` is filled in by the matching.
   */
  protected checkRows<Fields extends object>(
    inputs: readonly Input[],
    check: (c: RowChecks, input: Input) => Fields,
  ): Array<CheckedImportRow<Input, Fields, T>> {
    return inputs.map((input, index) => {
      const c = new RowChecks();
      const id = c.id('id', input.id);
      const fields = check(c, input);
      c.source(input.source);
      return { input, id, ...fields, result: rowResult(input.source, index, c.problems), stored: null as T | null };
    });
  }

  snapshot(record: T, sources: readonly string[]): object {
    return { ...record, sources };
  }

  insert(manager: EntityManager, records: T[]): Promise<void> {
    return this.repository.insertMany(manager, records);
  }

  update(manager: EntityManager, changes: Array<RecordChange<T>>): Promise<void> {
    return this.repository.updateMany(
      manager,
      changes.map((c) => c.after),
    );
  }
}
