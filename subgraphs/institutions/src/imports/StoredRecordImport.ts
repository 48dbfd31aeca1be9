import type { DataSource, EntityManager } from 'typeorm';
import {
  runImport,
  type Caller,
  type IdempotencyKeys,
  type ImportResult,
  type PlannedRow,
  type RecordChange,
  type RecordImport,
} from '@partnership-graph/shared';
import { assertEditor } from '../authorization';

/** An import mutation's arguments. */
export interface ImportArgs<Input> {
  rows: readonly Input[];
  dryRun?: boolean | null;
  idempotencyKey?: string | null;
}

/** The bulk writes of a record type's repository. */
export interface BulkWriter<T> {
  insertMany(manager: EntityManager, rows: readonly T[]): Promise<void>;
  updateMany(manager: EntityManager, rows: readonly T[]): Promise<void>;
}

/**
 * What the import of every record type of this subgraph shares: the call (editor role,
 * the shared import flow), bulk writes through the type's repository, and the audit
 * snapshot (the record with the documents it cites). Each type checks and matches.
 */
export abstract class StoredRecordImport<
  Input,
  T extends object,
  Repository extends BulkWriter<T>,
> implements RecordImport<Input, T> {
  abstract readonly entityType: string;
  abstract readonly recordType: string;
  /** For a refusal: "importing institutions". */
  protected abstract readonly operation: string;
  /** The mutation field, which scopes idempotency keys: importInstitutions. */
  protected abstract readonly mutation: string;
  abstract readonly sameRecord: (before: T, after: T) => boolean;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly repository: Repository,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  run(caller: Caller, args: ImportArgs<Input>): Promise<ImportResult> {
    return runImport(this.dataSource, this, args.rows, {
      dryRun: args.dryRun ?? false,
      authorize: () => assertEditor(caller, this.operation),
      operation: this.mutation,
      idempotencyKey: args.idempotencyKey,
      idempotency: this.idempotency,
    });
  }

  abstract plan(manager: EntityManager, rows: readonly Input[]): Promise<Array<PlannedRow<T>>>;

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
