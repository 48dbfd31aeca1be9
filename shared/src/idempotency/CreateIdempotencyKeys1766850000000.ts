import { Table } from 'typeorm';
import { CreateTablesMigration } from '../database/CreateTablesMigration';
import { tableColumn, tableIndexes } from '../database/tableColumns';

/** The idempotency keys of create-style mutations (see IdempotencyRecord); every subgraph that writes registers it. */
export class CreateIdempotencyKeys1766850000000 extends CreateTablesMigration {
  name = 'CreateIdempotencyKeys1766850000000';

  protected tables(): Table[] {
    return [
      new Table({
        name: 'idempotency_key',
        columns: [
          tableColumn.key('scope'),
          tableColumn.varchar('caller', 255),
          tableColumn.varchar('operation', 64),
          tableColumn.varchar('request_hash', 64),
          { name: 'result', type: 'json' },
          tableColumn.timestamp('created_at'),
          tableColumn.timestamp('expires_at'),
        ],
        indices: tableIndexes('idempotency_key', { expires: ['expires_at'] }),
      }),
    ];
  }
}
