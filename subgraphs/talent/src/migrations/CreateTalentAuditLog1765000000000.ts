import { auditLogTable, CreateTablesMigration } from '@partnership-graph/shared';
import type { Table } from 'typeorm';

/** This subgraph's first audit log table (UseSharedAuditLog1767400000000 replaces it with the shared one). */
export function talentAuditLogTable(): Table {
  return auditLogTable('audit_log', { action: 20, actor: 200, at: 24, record: 'text' });
}

/** The audit log: one row per successful mutation, written in the mutation's transaction. */
export class CreateTalentAuditLog1765000000000 extends CreateTablesMigration {
  name = 'CreateTalentAuditLog1765000000000';

  protected tables(): Table[] {
    return [talentAuditLogTable()];
  }
}
