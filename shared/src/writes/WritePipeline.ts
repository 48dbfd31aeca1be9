import type { DataSource, EntityManager } from 'typeorm';
import { AuditRepository, type AuditAction } from '../audit/AuditRepository';
import type { Caller } from '../context/Caller';
import { noteWrite } from '../database/readCache';
import { replayCreatedId, type IdempotencyKeys } from '../idempotency/IdempotencyKeys';
import type { ImportResult } from '../import/importPlan';
import { runImport, type RecordImport } from '../import/runImport';
import { authorizeWrite, type WritePolicy, type Writer } from './writePolicy';

/** One change as its audit entry records it; the actor and the time are the pipeline's. */
export interface AuditedChange {
  /** The GraphQL type of the changed record: Agreement, InternshipProgram… */
  entityType: string;
  entityId: string;
  action: AuditAction;
  /** The record before (null for a creation) and after, as the type's snapshot keeps it. */
  before: object | null;
  after: object | null;
}

/** What a write sees inside its transaction. */
export interface WriteScope {
  /** The transaction's manager: every read and write of the mutation goes through it. */
  manager: EntityManager;
  writer: Writer;
  /** Writes the audit entry of a change in this transaction, so it commits or rolls back with it. */
  audit(change: AuditedChange): Promise<void>;
}

/** One mutation, as the pipeline runs it. */
export interface WritePlan<Checked> {
  /** The mutation field (createAgreement…): authorization, refusals and idempotency keys name it. */
  operation: string;
  /**
   * Before the transaction: the input (BAD_USER_INPUT naming the field) and references
   * other subgraphs own, which must never hold a transaction open while they wait.
   */
  check?(writer: Writer): Checked | Promise<Checked>;
  /** A create's idempotency key and the input it guards (see IdempotencyKeys); none for other writes. */
  idempotency?: { key?: string | null; input: unknown };
  /**
   * In the transaction: reads what it needs (locking the row), checks the version
   * (assertVersion / updateVersioned), writes, and records its audit entries. Answers
   * the id of the record it wrote, which the resolver reloads.
   */
  write(scope: WriteScope, checked: Checked): Promise<string>;
}

/** An import mutation's arguments. */
export interface ImportArgs<Input> {
  rows: readonly Input[];
  dryRun?: boolean | null;
  idempotencyKey?: string | null;
}

/**
 * The one write path of every subgraph, for every mutation and every import:
 * authorize (the subgraph's declared WritePolicy) → check the input and references →
 * one transaction (writeTransaction; with a create's idempotency key, IdempotencyKeys)
 * in which the write checks the version, writes and records its audit entry → drop
 * this process's cached reads (readCache), so the reload and every later read see it.
 */
export class WritePipeline {
  private readonly auditLog: AuditRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: WritePolicy,
    private readonly idempotency: IdempotencyKeys,
  ) {
    this.auditLog = new AuditRepository(dataSource);
  }

  /** Runs one mutation; answers the id its write returned. */
  async run<Checked = undefined>(caller: Caller, plan: WritePlan<Checked>): Promise<string> {
    const writer = authorizeWrite(caller, this.policy, plan.operation);
    const checked = plan.check ? await plan.check(writer) : (undefined as Checked);
    const call = {
      key: plan.idempotency?.key,
      caller: writer.actor,
      operation: plan.operation,
      input: plan.idempotency?.input ?? null,
    };
    try {
      return await this.idempotency.run(
        this.dataSource,
        call,
        (manager) => plan.write({ manager, writer, audit: (change) => this.record(manager, writer, change) }, checked),
        replayCreatedId,
      );
    } finally {
      noteWrite();
    }
  }

  /** Runs one import mutation through the shared import flow (runImport), authorized by the same policy. */
  async runImport<Input, T, Checked>(
    caller: Caller,
    operation: string,
    kind: RecordImport<Input, T, Checked>,
    args: ImportArgs<Input>,
  ): Promise<ImportResult> {
    try {
      return await runImport(this.dataSource, kind, args.rows, {
        dryRun: args.dryRun ?? false,
        authorize: () => authorizeWrite(caller, this.policy, operation).actor,
        operation,
        idempotencyKey: args.idempotencyKey,
        idempotency: this.idempotency,
      });
    } finally {
      noteWrite();
    }
  }

  private record(manager: EntityManager, writer: Writer, change: AuditedChange): Promise<void> {
    return this.auditLog.insert(manager, { ...change, actor: writer.actor, at: new Date().toISOString() });
  }
}
