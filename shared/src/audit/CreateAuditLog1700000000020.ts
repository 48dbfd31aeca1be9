import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The audit log's table as AuditEntry maps it; `name` lets a migration build it beside an older one. */
export function auditLogTable(name = 'audit_log'): Table {
  return new Table({
    name,
    columns: [
      { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
      { name: 'entity_type', type: 'varchar', length: '40' },
      { name: 'entity_id', type: 'varchar', length: '64' },
      { name: 'action', type: 'varchar', length: '40' },
      { name: 'actor', type: 'varchar', length: '255' },
      { name: 'at', type: 'varchar', length: '30' },
      { name: 'before', type: 'json', isNullable: true },
      { name: 'after', type: 'json', isNullable: true },
    ],
    indices: [new TableIndex({ name: 'idx_audit_log_entity', columnNames: ['entity_id', 'id'] })],
  });
}

/** The audit log: one row per successful mutation, with the record before and after. */
export class CreateAuditLog1700000000020 implements MigrationInterface {
  name = 'CreateAuditLog1700000000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(auditLogTable());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_log');
  }
}
