import { createTablesMigration } from '../database/CreateTablesMigration';
import { indexedTable, tableColumn } from '../database/tableColumns';

/** The idempotency keys of create-style mutations (see IdempotencyRecord); every subgraph that writes registers it. */
export class CreateIdempotencyKeys1766850000000 extends createTablesMigration(
  'CreateIdempotencyKeys1766850000000',
  () => [
    indexedTable(
      'idempotency_key',
      [
        tableColumn.key('scope'),
        tableColumn.varchar('caller', 255),
        tableColumn.varchar('operation', 64),
        tableColumn.varchar('request_hash', 64),
        { name: 'result', type: 'json' },
        tableColumn.timestamp('created_at'),
        tableColumn.timestamp('expires_at'),
      ],
      { expires: ['expires_at'] },
    ),
  ],
) {}
