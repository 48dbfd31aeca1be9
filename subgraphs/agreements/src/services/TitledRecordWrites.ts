import type { DataSource, EntityManager, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import {
  assertValidId,
  assertVersion,
  badUserInput,
  newId,
  recordKey,
  type AuditAction,
  type Caller,
  type ChildRows,
  type EntityReference,
  type EntityReferenceChecker,
  type WritePipeline,
  type WriteScope,
} from '@partnership-graph/shared';
import { CitationRepository } from '../repositories/CitationRepository';
import { AuditSnapshots, type AuditedType } from './audit';
import { limits, parseCitations, type Citation, type CitationInput } from './inputs';

/** What the writes need of a record type's repository. */
export interface VersionedRows<Row extends { id: string; version: number }> {
  findForUpdate(manager: EntityManager, id: string): Promise<Row | null>;
  exists(manager: EntityManager, id: string): Promise<boolean>;
  /** Moves the version on without other changes (when only a list or citations change). */
  touch(manager: EntityManager, id: string, expectedVersion: number): Promise<number>;
}

/** The arguments of every change: the version the caller last read (left out: no check). */
export type Versioned = { expectedVersion?: number | null };

/** The arguments of a creation: its input and, optionally, the key that makes a repeat answer the first call. */
export type CreateArgs<Input> = { input: Input; idempotencyKey?: string | null };

/** The stored record a change is for. */
export interface ChangeTarget {
  /** The record's id argument: `id`, `agreementId`, `eventId`. */
  field: string;
  id: string;
  expectedVersion?: number | null;
  action: 'UPDATE' | 'TRANSITION';
  /** Replace the record's citations (undefined: keep them). */
  sources?: CitationInput[] | null;
}

/** The checks of a write before its transaction: the input (throws BAD_USER_INPUT), then the references it names. */
export interface InputCheck<Checked> {
  check(): Checked;
  references?(checked: Checked): EntityReference[];
}

/**
 * The write side of agreements and events, through the shared write pipeline: it
 * authorizes the caller (writePolicy.ts), runs the input and reference checks before
 * the transaction, and in one transaction the version check, the write and its audit
 * entry (the record before and after, with what belongs to it). Subclasses say what
 * the record type's mutations check and write.
 */
export abstract class TitledRecordWrites<Row extends { id: string; version: number }> {
  protected readonly citations: CitationRepository;
  private readonly snapshots: AuditSnapshots;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly references: EntityReferenceChecker,
    private readonly pipeline: WritePipeline,
    private readonly type: AuditedType,
    private readonly rows: VersionedRows<Row>,
  ) {
    this.citations = new CitationRepository(dataSource);
    this.snapshots = new AuditSnapshots(dataSource);
  }

  /** agreement, event: the record-key prefix of citations, the fallback of new ids and the refusals' noun. */
  private get noun(): string {
    return this.type === 'Agreement' ? 'agreement' : 'event';
  }

  /**
   * A creation: `check` (input, references) before the transaction, then `insert` under
   * a fresh id with the record's citations and its CREATE entry. With `idempotencyKey`,
   * a repeat of the same input answers the first call's record (see IdempotencyKeys).
   */
  protected async createRecord<Checked extends { values: { title: string } }>(
    caller: Caller,
    operation: string,
    args: CreateArgs<{ sources?: CitationInput[] | null }>,
    input: InputCheck<Checked>,
    insert: (manager: EntityManager, id: string, checked: Checked) => Promise<void>,
  ): Promise<string> {
    return this.pipeline.run(caller, {
      operation,
      idempotency: { key: args.idempotencyKey, input: args.input },
      check: async () => {
        const checked = input.check();
        const citations = await this.checkedCitations(args.input.sources ?? null);
        await this.references.assertExist(input.references?.(checked) ?? []);
        return { checked, citations: citations ?? [] };
      },
      write: async (scope, { checked, citations }) => {
        const id = await this.freshId(scope.manager, checked.values.title);
        await insert(scope.manager, id, checked);
        await this.citations.insert(scope.manager, recordKey(this.noun, id), citations);
        await this.audited(scope, id, 'CREATE', null);
        return id;
      },
    });
  }

  /**
   * A change to a stored record: the target's id and the input checked before the
   * transaction; in it the record read (locked) and its version checked, `write` run,
   * the citations replaced when given, and the entry recorded.
   */
  protected changeRecord<Checked>(
    caller: Caller,
    operation: string,
    target: ChangeTarget,
    input: InputCheck<Checked>,
    write: (manager: EntityManager, current: Row, checked: Checked) => Promise<unknown>,
  ): Promise<string> {
    return this.pipeline.run(caller, {
      operation,
      check: async () => {
        assertValidId(target.id, target.field);
        const checked = input.check();
        const citations = await this.checkedCitations(target.sources);
        await this.references.assertExist(input.references?.(checked) ?? []);
        return { checked, citations };
      },
      write: async (scope, { checked, citations }) => {
        const current = await this.rows.findForUpdate(scope.manager, target.id);
        if (!current) throw badUserInput(target.field, `no ${this.noun} has id "${target.id}"`);
        assertVersion(this.noun, current, target.expectedVersion);
        const before = await this.snapshots.snapshot(scope.manager, this.type, target.id);
        await write(scope.manager, current, checked);
        if (citations) await this.citations.replace(scope.manager, recordKey(this.noun, target.id), citations);
        await this.audited(scope, target.id, target.action, before);
        return target.id;
      },
    });
  }

  /** Moves the version on for a change to one of the record's lists (parties, speakers). */
  protected touch(manager: EntityManager, current: Row): Promise<number> {
    return this.rows.touch(manager, current.id, current.version);
  }

  /**
   * Adds a row at the end of one of the record's ordered lists (parties, speakers), refused
   * when `refuse.already` finds its member there or the list is full; the version moves on.
   */
  protected async appendToList<T extends { position: number }>(
    manager: EntityManager,
    current: Row,
    list: ChildRows<T>,
    refuse: {
      already: (row: T) => boolean;
      duplicate: [field: string, reason: string];
      full: [field: string, reason: string];
    },
    build: (position: number) => Parameters<ChildRows<T>['insertRows']>[1][number],
  ): Promise<void> {
    const existing = await list.findForParent(manager, current.id);
    if (existing.some(refuse.already)) throw badUserInput(...refuse.duplicate);
    if (existing.length >= limits.list) throw badUserInput(...refuse.full);
    await this.touch(manager, current);
    const position = existing.reduce((max, row) => Math.max(max, row.position + 1), 0);
    await list.insertRows(manager, [build(position)]);
  }

  /**
   * Removes a member's row from one of the record's lists, refused when `member.is` finds
   * no such row, or (with `lastRefusal`) when it is the only one; the version moves on.
   */
  protected async removeFromList<T extends ObjectLiteral>(
    manager: EntityManager,
    current: Row,
    list: ChildRows<T>,
    member: { is: (row: T) => boolean; where: FindOptionsWhere<T>; absent: [field: string, reason: string] },
    lastRefusal?: [field: string, reason: string],
  ): Promise<void> {
    const existing = await list.findForParent(manager, current.id);
    if (!existing.some(member.is)) throw badUserInput(...member.absent);
    if (lastRefusal && existing.length === 1) throw badUserInput(...lastRefusal);
    await this.touch(manager, current);
    await list.deleteWhere(manager, member.where);
  }

  private async audited(scope: WriteScope, id: string, action: AuditAction, before: object | null): Promise<void> {
    const after = await this.snapshots.snapshot(scope.manager, this.type, id);
    await scope.audit({ entityType: this.type, entityId: id, action, before, after });
  }

  /** The citations given (null: not given), each naming a source this subgraph holds. */
  private async checkedCitations(sources: CitationInput[] | null | undefined): Promise<Citation[] | null> {
    if (sources === undefined) return null;
    const citations = parseCitations(sources, 'input.sources');
    const known = await this.citations.knownSourceIds(citations.map((c) => c.sourceId));
    const index = citations.findIndex((c) => !known.has(c.sourceId));
    if (index >= 0)
      throw badUserInput(`input.sources[${index}].sourceId`, `no source has id "${citations[index].sourceId}"`);
    return citations;
  }

  private async freshId(manager: EntityManager, title: string): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = newId(title, this.noun);
      if (!(await this.rows.exists(manager, id))) return id;
    }
    throw new Error(`could not find a free ${this.noun} id`);
  }
}
