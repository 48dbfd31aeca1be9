import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import Negotiator from 'negotiator';
import { argumentAt, literalValueErrorPattern } from '@partnership-graph/shared';

const clientCodes = new Set([
  'QUERY_TOO_COMPLEX',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

/**
 * Refusals of a well-formed request before it runs (GraphQL-over-HTTP's "request
 * errors"): the document, its variables, its operation name, its limits, or a document
 * that is not trusted. Not BAD_REQUEST (a body that is no GraphQL request at all), nor
 * UNAUTHENTICATED (401: a token to renew).
 */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'TRUSTED_DOCUMENT_REQUIRED',
]);

/** Apollo Server's media types, in the order it negotiates them (ApolloServer.ts, chooseContentTypeForSingleResultResponse). */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const JSON_GRAPHQL_CALLBACK = 'application/json; callbackSpec=1.0; charset=utf-8';

/** Whether Apollo Server answers a request with this Accept as `application/graphql-response+json`. */
export function answersGraphQLResponseJson(accept: string | undefined | null): boolean {
  if (!accept) return false;
  return (
    new Negotiator({ headers: { accept } }).mediaType([
      APPLICATION_JSON,
      GRAPHQL_RESPONSE_JSON,
      JSON_GRAPHQL_CALLBACK,
    ]) === GRAPHQL_RESPONSE_JSON
  );
}

/** graphql-armor's refusals: "Query depth limit of 12 exceeded, found 14." and the like. */
const limitErrorPattern = /(depth|aliases|cost|token|directives) limit of (\d+) exceeded(?:, found (\d+))?/i;

function reclassify(error: GraphQLFormattedError, document: DocumentNode | undefined): GraphQLFormattedError {
  const code = error.extensions?.code;
  const tokens = /more tha[nt] (\d+) tokens/.exec(error.message);
  if (tokens && code === 'GRAPHQL_PARSE_FAILED') {
    return {
      message: `Query too complex: it has more than ${tokens[1]} tokens, the maximum`,
      locations: error.locations,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum: Number(tokens[1]) },
    };
  }
  const limit = limitErrorPattern.exec(error.message);
  if (limit && (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT')) {
    const [, kind, max, found] = limit;
    const name = kind.toLowerCase();
    return {
      message: found
        ? `Query too complex: its ${name} (${found}) exceeds the maximum of ${max}`
        : `Query too complex: its ${name} exceeds the maximum of ${max}`,
      locations: error.locations,
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        limit: name,
        maximum: Number(max),
        ...(found ? { value: Number(found) } : {}),
      },
    };
  }
  if (document && code === 'GRAPHQL_VALIDATION_FAILED' && literalValueErrorPattern.test(error.message)) {
    const location = error.locations?.[0];
    const argumentName = location ? argumentAt(document, location.line, location.column) : null;
    return {
      ...error,
      message: argumentName ? `Invalid value for "${argumentName}": ${error.message}` : error.message,
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
    };
  }
  return error;
}

/**
 * Gives clients stable, explanatory codes: a literal argument value the schema
 * refuses (an unknown enum value, a string for an Int) is BAD_USER_INPUT naming the
 * argument, as variables already are; a query over a limit is QUERY_TOO_COMPLEX
 * stating the limit, the query's value and the maximum; an operation name the document
 * does not hold is OPERATION_RESOLUTION_FAILURE (HTTP 400), which the gateway's executor
 * would otherwise throw as an internal error.
 *
 * And the status of a refused request follows the GraphQL-over-HTTP spec for the media
 * type the client accepts. `application/graphql-response+json` (Apollo Client 4 asks for
 * it): a response without `data` is 4xx (400, or the refusal's own, e.g. 403), never
 * 2xx. `application/json` (Apollo Client 3 sends `accept: *\/*`, curl none, both get
 * it): a request error of a well-formed request is 200 with `{ errors }`, as the spec asks
 * of that type, so Apollo Client 3 reports `graphQLErrors` instead of a network error.
 */
export function clientErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new GraphQLError(
            request.operationName
              ? `Unknown operation named "${request.operationName}"`
              : 'The document holds several operations: name the one to run',
            {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            },
          );
        },
        async willSendResponse({ response, document, request }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const errors = response.body.singleResult.errors.map((error) => reclassify(error, document));
          response.body.singleResult.errors = errors;
          // A refusal of the request itself (e.g. over the token limit while parsing) is the client's, not a 500.
          const refused = response.body.singleResult.data === undefined;
          if (
            refused &&
            errors.every((e) => clientCodes.has(String(e.extensions?.code))) &&
            (response.http.status ?? 200) >= 500
          ) {
            response.http.status = 400;
          }
          if (!refused) return;
          const status = response.http.status ?? 200;
          if (answersGraphQLResponseJson(request.http?.headers.get('accept'))) {
            // E.g. PERSISTED_QUERY_NOT_FOUND, which Apollo Server answers 200 whatever the type.
            if (status < 300) response.http.status = 400;
          } else if (
            status >= 400 &&
            status < 500 &&
            errors.every((e) => requestErrorCodes.has(String(e.extensions?.code)))
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
