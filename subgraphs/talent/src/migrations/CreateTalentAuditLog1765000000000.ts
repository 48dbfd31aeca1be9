import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** This subgraph's first audit log table (UseSharedAuditLog1767400000000 replaces it with the shared one). */
export function talentAuditLogTable(): Table {
  return new Table({
    name: 'audit_log',
    columns: [
      { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
      { name: 'entity_type', type: 'varchar', length: '40' },
      { name: 'entity_id', type: 'varchar', length: '64' },
      { name: 'action', type: 'varchar', length: '20' },
      { name: 'actor', type: 'varchar', length: '200' },
      { name: 'at', type: 'varchar', length: '24' },
      { name: 'before', type: 'text', isNullable: true },
      { name: 'after', type: 'text', isNullable: true },
    ],
    indices: [new TableIndex({ name: 'idx_audit_log_entity', columnNames: ['entity_id', 'id'] })],
  });
}

/** The audit log: one row per successful mutation, written in the mutation's transaction. */
export class CreateTalentAuditLog1765000000000 implements MigrationInterface {
  name = 'CreateTalentAuditLog1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(talentAuditLogTable());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_log');
  }
}
