/**
 * Headers between the gateway and the subgraphs (besides the shared secret).
 *
 * - `x-request-timeout-ms` (request): how long the caller waits for this answer, in
 *   milliseconds. The subgraph stops the request's SQL when it runs out (guardStatements).
 * - `x-data-written` (answer): `1` when the request sent a statement that changes data;
 *   the gateway empties its response cache only for a mutation whose answer says so.
 */
export const REQUEST_TIMEOUT_HEADER = 'x-request-timeout-ms';
export const DATA_WRITTEN_HEADER = 'x-data-written';
