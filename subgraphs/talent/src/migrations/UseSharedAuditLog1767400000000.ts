import type { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { auditLogTable } from '@partnership-graph/shared';
import { talentAuditLogTable } from './CreateTalentAuditLog1765000000000';

const columns = ['id', 'entity_type', 'entity_id', 'action', 'actor', 'at', 'before', 'after'];

/**
 * Moves the audit log to the shared kit's table (AuditEntry): longer action, actor and
 * time columns, and JSON before/after where this subgraph kept text. Every entry is
 * kept, with its id, so histories and their cursors read as before.
 */
export class UseSharedAuditLog1767400000000 implements MigrationInterface {
  name = 'UseSharedAuditLog1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await replaceAuditLog(queryRunner, auditLogTable());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await replaceAuditLog(queryRunner, talentAuditLogTable());
  }
}

/** Builds `table` as the new audit_log beside the old one, copies every entry, drops the old. */
async function replaceAuditLog(queryRunner: QueryRunner, table: Table): Promise<void> {
  const escape = (name: string) => queryRunner.connection.driver.escape(name);
  const old = 'audit_log_replaced';
  await queryRunner.query(`ALTER TABLE ${escape('audit_log')} RENAME TO ${escape(old)}`);
  // Index names are per database on SQLite: the old one goes before the new table takes its name.
  const mysql = queryRunner.connection.options.type === 'mysql' || queryRunner.connection.options.type === 'mariadb';
  await queryRunner.query(`DROP INDEX ${escape('idx_audit_log_entity')}${mysql ? ` ON ${escape(old)}` : ''}`);
  await queryRunner.createTable(table);
  const list = columns.map(escape).join(', ');
  await queryRunner.query(`INSERT INTO ${escape('audit_log')} (${list}) SELECT ${list} FROM ${escape(old)}`);
  await queryRunner.query(`DROP TABLE ${escape(old)}`);
}
