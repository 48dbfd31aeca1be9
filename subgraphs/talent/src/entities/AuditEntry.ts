import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One successful mutation: who changed which record how, and when, with the record
 * before and after as JSON. Written in the mutation's own transaction. `before` and
 * `after` hold ids and non-personal fields only, never a student's name or email
 * (see audit/snapshots.ts).
 */
@Entity('audit_log')
@Index('idx_audit_log_entity', ['entityId', 'id'])
export class AuditEntry {
  /** Increases with every entry: orders a record's entries newest first. */
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** The GraphQL type of the changed record, e.g. InternshipProgram. */
  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  /** CREATE, UPDATE or TRANSITION. */
  @Column({ type: 'varchar', length: 20 })
  action: string;

  /** The token's subject. */
  @Column({ type: 'varchar', length: 200 })
  actor: string;

  /** ISO 8601 timestamp. */
  @Column({ type: 'varchar', length: 24 })
  at: string;

  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Column({ type: 'text', nullable: true })
  after: string | null;
}
