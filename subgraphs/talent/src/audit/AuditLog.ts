import type { DataSource, EntityManager } from 'typeorm';
import { applyKeyset, assertValidId, type KeysetOrder, type PageRequest } from '@partnership-graph/shared';
import { AuditEntry } from '../entities/AuditEntry';

/** The record types a talent mutation changes (their GraphQL names). */
export type AuditedType = 'InternshipProgram' | 'ThesisProgram' | 'TrainingProgram' | 'Internship' | 'Thesis' | 'TrainingEnrollment';
export type AuditAction = 'CREATE' | 'UPDATE' | 'TRANSITION';

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

/** Every SQL statement about the audit log lives here. */
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes one entry with the mutation's transaction manager, so it commits or rolls back with the change. */
  async record(manager: EntityManager, change: AuditChange): Promise<void> {
    await manager.getRepository(AuditEntry).insert({
      entityType: change.entityType,
      entityId: change.entityId,
      action: change.action,
      actor: change.actor,
      at: new Date().toISOString(),
      before: change.before === null ? null : JSON.stringify(change.before),
      after: JSON.stringify(change.after),
    });
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
