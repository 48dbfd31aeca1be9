import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IndexedEntity, RefColumn, TimestampColumn, VarcharColumn } from '../database/columns';

/**
 * One successful mutation (or one record an import created or changed): who changed
 * which record, when, and the record before and after. Written in the mutation's own
 * transaction, so a change without its entry (or an entry without its change) cannot
 * exist. Each subgraph keeps its own `audit_log` table of this shape (CreateAuditLog).
 */
@IndexedEntity('audit_log', { entity: ['entityId', 'id'] })
export class AuditEntry {
  /** Increases with every entry: orders an entity's history. */
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** The GraphQL type of the changed record: Agreement, Event, Institution, Person… */
  @CodeColumn('entity_type')
  entityType: string;

  @RefColumn('entity_id')
  entityId: string;

  /** CREATE, UPDATE, TRANSITION, IMPORT_CREATE or IMPORT_UPDATE (AuditAction). */
  @CodeColumn()
  action: string;

  /** The caller's token subject (`sub`). */
  @VarcharColumn(255)
  actor: string;

  /** When, as an ISO 8601 UTC timestamp (2026-03-02T10:15:00.000Z). */
  @TimestampColumn()
  at: string;

  /**
   * The record with what belongs to it (parties, speakers…) and its citations before the
   * change (null for a creation) and after it. JSON: on MySQL a JSON column (on
   * MariaDB a LONGTEXT), since a full record can exceed TEXT's 64 KB.
   */
  @Column({ type: 'json', nullable: true })
  before: object | null;

  @Column({ type: 'json', nullable: true })
  after: object | null;
}
