import type { DataSource, EntityManager } from 'typeorm';
import { applyKeyset, assertValidId, type KeysetOrder, type PageRequest } from '@partnership-graph/shared';
import { AuditEntry } from '../entities/AuditEntry';

/** The record types a talent mutation changes (their GraphQL names). */
export type AuditedType =
  'InternshipProgram' | 'ThesisProgram' | 'TrainingProgram' | 'Internship' | 'Thesis' | 'TrainingEnrollment';
/** IMPORT_CREATE / IMPORT_UPDATE: a record created or changed by an import mutation. */
export type AuditAction = 'CREATE' | 'UPDATE' | 'TRANSITION' | 'IMPORT_CREATE' | 'IMPORT_UPDATE';

export interface AuditChange {
  entityType: AuditedType;
  entityId: string;
  action: AuditAction;
  /** The token's subject. */
  actor: string;
  /** The record before the change (null for a creation): a snapshot from audit/snapshots.ts. */
  before: object | null;
  /** The record after the change. */
  after: object;
}

/** Newest first: the id increases with every entry. */
const newestFirst: KeysetOrder = { sortExpression: 'a.id', idExpression: 'a.id', direction: 'DESC' };

function entryOf(change: AuditChange, at: string) {
  return {
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    actor: change.actor,
    at,
    before: change.before === null ? null : JSON.stringify(change.before),
    after: JSON.stringify(change.after),
  };
}

/** Every SQL statement about the audit log lives here. */
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes one entry with the mutation's transaction manager, so it commits or rolls back with the change. */
  async record(manager: EntityManager, change: AuditChange): Promise<void> {
    await manager.getRepository(AuditEntry).insert(entryOf(change, new Date().toISOString()));
  }

  /** Writes many entries (an import's) in the caller's transaction: one statement per 200 entries. */
  async recordMany(manager: EntityManager, changes: readonly AuditChange[]): Promise<void> {
    const at = new Date().toISOString();
    const entries = changes.map((change) => entryOf(change, at));
    for (let i = 0; i < entries.length; i += 200)
      await manager.getRepository(AuditEntry).insert(entries.slice(i, i + 200));
  }

  findPage(entityId: string, page: PageRequest): Promise<AuditEntry[]> {
    const query = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.entity_id = :entityId', { entityId: assertValidId(entityId, 'entityId') });
    return applyKeyset(query, newestFirst, page.after, page.limit).getMany();
  }

  count(entityId: string): Promise<number> {
    return this.dataSource.getRepository(AuditEntry).countBy({ entityId: assertValidId(entityId, 'entityId') });
  }
}
