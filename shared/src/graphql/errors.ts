import { GraphQLError } from 'graphql';

/** Every `extensions.code` the API answers with (the README lists them for clients). */
export const ErrorCode = {
  /** A value the caller gave is refused; `argumentName` names the argument or input field. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** A stale `expectedVersion`, a full programme, an `idempotencyKey` sent again with another input. */
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A route or record that does not exist (HTTP 404 outside GraphQL). */
  NOT_FOUND: 'NOT_FOUND',
  /** A request the server cannot read: a body that is not JSON, or too large. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The operation is over a query limit (depth, aliases, cost, tokens, directives). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** A graph walk or statistic stopped at one of its bounds; `limit` names it. */
  LIMIT_REACHED: 'LIMIT_REACHED',
  /** A subgraph did not answer in time or could not be reached; `serviceName` names it. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** A persisted query sent by hash alone that the gateway does not know yet. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** A document id (`documentId`, or a persisted-query hash from a caller limited to trusted documents) no manifest registers. */
  PERSISTED_QUERY_NOT_IN_LIST: 'PERSISTED_QUERY_NOT_IN_LIST',
  /** With TRUSTED_DOCUMENTS=required, a caller without a token sent a document no manifest registers. */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  /** The document does not parse. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The document does not match the schema. */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** The document holds several operations and none was named. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A client mistake in one argument or input field; `argument` is its path, e.g. "filter.kinds". */
export function badUserInput(argument: string, reason: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`Invalid value for "${argument}": ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: argument, ...extensions },
  });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
}

/** A caller without a token asked for something that needs one (no HTTP status: a field-level refusal). */
export function notAuthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

/** A caller who may not do or see this. */
export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, ...extensions } });
}
