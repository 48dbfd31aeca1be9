import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { LATENCY_BUCKETS_MS } from './UsageAggregator';

/** The latency bucket columns of usage_minute: `le_5` … `le_10000`, then `le_inf`. */
export const bucketColumns = [...LATENCY_BUCKETS_MS.map((bound) => `le_${bound}`), 'le_inf'];

/**
 * The gateway's usage store: operations by signature hash, the schema coordinates each
 * used (with the last minute it did), and per minute, operation and client the requests,
 * errors and latencies.
 */
export class CreateUsage1767100000000 implements MigrationInterface {
  name = 'CreateUsage1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'usage_operation',
        columns: [
          { name: 'hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'signature', type: 'text' },
          { name: 'first_minute', type: 'int' },
          { name: 'last_minute', type: 'int' },
        ],
        indices: [new TableIndex({ name: 'idx_usage_operation_last', columnNames: ['last_minute'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'usage_coordinate',
        columns: [
          { name: 'operation_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'coordinate', type: 'varchar', length: '300', isPrimary: true },
          { name: 'last_minute', type: 'int' },
        ],
        indices: [
          new TableIndex({ name: 'idx_usage_coordinate_coordinate', columnNames: ['coordinate'] }),
          new TableIndex({ name: 'idx_usage_coordinate_last', columnNames: ['last_minute'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'usage_minute',
        columns: [
          { name: 'minute', type: 'int', isPrimary: true },
          { name: 'operation_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'client_name', type: 'varchar', length: '100', isPrimary: true },
          { name: 'client_version', type: 'varchar', length: '100', isPrimary: true },
          { name: 'requests', type: 'int' },
          { name: 'errors', type: 'int' },
          { name: 'duration_ms_sum', type: 'double' },
          { name: 'duration_ms_max', type: 'double' },
          ...bucketColumns.map((name) => ({ name, type: 'int', default: 0 })),
        ],
        indices: [new TableIndex({ name: 'idx_usage_minute_operation', columnNames: ['operation_hash', 'minute'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('usage_minute');
    await queryRunner.dropTable('usage_coordinate');
    await queryRunner.dropTable('usage_operation');
  }
}
