import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The mutation names this subgraph once recorded as `action`, by the action the schema promises. */
const actions: Record<string, readonly string[]> = {
  CREATE: ['createAgreement', 'createEvent'],
  UPDATE: [
    'updateAgreement',
    'addAgreementParty',
    'removeAgreementParty',
    'updateEvent',
    'addEventSpeaker',
    'removeEventSpeaker',
  ],
  TRANSITION: ['transitionAgreement'],
};

/**
 * Audit entries say CREATE, UPDATE or TRANSITION, as `AuditEntry.action` promises and
 * the other subgraphs record; entries written before carried the mutation's name.
 */
export class NameAuditActions1767400000000 implements MigrationInterface {
  name = 'NameAuditActions1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [action, names] of Object.entries(actions)) {
      await queryRunner.query(`UPDATE audit_log SET action = ? WHERE action IN (${names.map(() => '?').join(', ')})`, [
        action,
        ...names,
      ]);
    }
  }

  /** Nothing to undo that can be undone: which mutation made an UPDATE is not kept (its before and after are). */
  async down(): Promise<void> {}
}
