import { Table } from 'typeorm';
import { CreateTablesMigration } from '../database/CreateTablesMigration';
import { tableColumn, tableIndexes } from '../database/tableColumns';

/** The sizes of the audit log's columns: AuditEntry's, or an older layout a migration still builds. */
export interface AuditLogLayout {
  action: number;
  actor: number;
  at: number;
  /** How `before` and `after` are stored. */
  record: 'json' | 'text';
}

const auditEntryLayout: AuditLogLayout = { action: 40, actor: 255, at: 30, record: 'json' };

/** The audit log's table as AuditEntry maps it (or in an older `layout`); `name` lets a migration build it beside an older one. */
export function auditLogTable(name = 'audit_log', layout: AuditLogLayout = auditEntryLayout): Table {
  return new Table({
    name,
    columns: [
      { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
      tableColumn.varchar('entity_type', 40),
      tableColumn.ref('entity_id'),
      tableColumn.varchar('action', layout.action),
      tableColumn.varchar('actor', layout.actor),
      tableColumn.varchar('at', layout.at),
      { name: 'before', type: layout.record, isNullable: true },
      { name: 'after', type: layout.record, isNullable: true },
    ],
    indices: tableIndexes('audit_log', { entity: ['entity_id', 'id'] }),
  });
}

/** The audit log: one row per successful mutation, with the record before and after. */
export class CreateAuditLog1700000000020 extends CreateTablesMigration {
  name = 'CreateAuditLog1700000000020';

  protected tables(): Table[] {
    return [auditLogTable()];
  }
}
