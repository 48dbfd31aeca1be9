import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logger } from '../observability/logger';
import { currentTraceId } from '../observability/requestTrace';

/** Codes a client may see with the error's own message; anything else is masked. */
const publicCodes = new Set([
  'BAD_USER_INPUT',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'TRUSTED_DOCUMENT_REQUIRED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'SUBGRAPH_UNAVAILABLE',
  'LIMIT_REACHED',
]);

/**
 * Keeps client errors as they are and replaces every unexpected one (a database
 * error, a bug) with a generic message, so no SQL, stack or host name leaks. An error
 * answered over HTTP carries the request's trace id (`extensions.traceId`), which a user
 * reports and an operator finds in the logs and traces.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // The request's, or one the error was given already (a refused context, see serveGraphQL).
  const given = formatted.extensions?.traceId;
  const traceId = currentTraceId() ?? (typeof given === 'string' ? given : undefined);
  const shown = formatKnown(formatted, error, traceId);
  return traceId === undefined ? shown : { ...shown, extensions: { ...shown.extensions, traceId } };
}

function formatKnown(
  formatted: GraphQLFormattedError,
  error: unknown,
  traceId: string | undefined,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && publicCodes.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  // Apollo Server's own refusals of a request (a persisted query whose hash does not match
  // its text, an unsupported version) carry a 4xx status and no code of their own (Apollo
  // then reports INTERNAL_SERVER_ERROR): the client's mistake, said as it is.
  const status =
    original instanceof GraphQLError && original.extensions?.code === undefined
      ? (original.extensions?.http as { status?: number } | undefined)?.status
      : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_REQUEST' },
    };
  }
  if (!(original instanceof GraphQLError) || code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    logger().error(
      { err: original, path: formatted.path, ...(traceId ? { trace_id: traceId } : {}) },
      'unexpected error (the client sees "Internal server error")',
    );
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
