import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The idempotency keys of create-style mutations (see IdempotencyRecord); every subgraph that writes registers it. */
export class CreateIdempotencyKeys1766850000000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1766850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_key',
        columns: [
          { name: 'scope', type: 'varchar', length: '64', isPrimary: true },
          { name: 'caller', type: 'varchar', length: '255' },
          { name: 'operation', type: 'varchar', length: '64' },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'result', type: 'json' },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'expires_at', type: 'varchar', length: '30' },
        ],
        indices: [new TableIndex({ name: 'idx_idempotency_key_expires', columnNames: ['expires_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('idempotency_key');
  }
}
