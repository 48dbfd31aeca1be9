import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { argumentAt, literalValueErrorPattern, walkArgumentPaths } from './argumentAt';

/**
 * Makes every input value the schema refuses a BAD_USER_INPUT error whose message
 * starts `Invalid value for "<field>"` and whose `extensions.argumentName` names the
 * field, whether the value came as a literal (a validation error) or in a variable (a
 * coercion error), so that an unknown enum value, a malformed Date inside an input or
 * a string for an Int reads like every other bad-input error, in every subgraph
 * (createSubgraphApollo installs it).
 *
 * Through the project's gateway, literals never get here (the gateway validates them,
 * Date literals included, and names the argument itself); what does is a Date inside
 * a variable, which the gateway cannot parse. Such a refusal keeps Apollo Server's
 * HTTP 400, and the gateway relays it as BAD_USER_INPUT with this message (see
 * gateway/src/SubgraphDataSource.ts `clientError`). The literal half still serves
 * gateways that pass literals of custom scalars through (and direct calls in tests).
 *
 * The literal half shares `argumentAt` with the gateway's `clientErrorsPlugin`.
 */

/** `Variable "$input" got invalid value "x" at "input.kind"; …` → ["input", "input.kind"]. */
const variableErrorPattern =
  /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" (?:got invalid value .*? at "([^"]+)"|got invalid value|of required type|of non-null type)/s;

/** Where the operation passes variable `name`: the argument path, e.g. "input" or "filter.kinds". */
function argumentOfVariable(document: DocumentNode, name: string): string | null {
  let found: string | null = null;
  walkArgumentPaths(document, (path, node) => {
    if (node.kind === Kind.VARIABLE && node.name.value === name && found === null) found = path;
  });
  return found;
}

function withArgument(error: GraphQLFormattedError, argumentName: string | null): GraphQLFormattedError {
  return {
    ...error,
    message:
      argumentName && !error.message.startsWith('Invalid value for')
        ? `Invalid value for "${argumentName}": ${error.message}`
        : error.message,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  };
}

export function inputErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || !document) return;
          const doc = document;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error): GraphQLFormattedError => {
            const code = error.extensions?.code;
            const literal =
              (code === 'GRAPHQL_VALIDATION_FAILED' ||
                (code === 'BAD_USER_INPUT' && !error.extensions?.argumentName)) &&
              literalValueErrorPattern.test(error.message);
            if (literal) {
              const location = error.locations?.[0];
              return withArgument(error, location ? argumentAt(doc, location.line, location.column) : null);
            }
            const variable =
              code === 'BAD_USER_INPUT' && !error.extensions?.argumentName
                ? variableErrorPattern.exec(error.message)
                : null;
            if (variable) {
              const [, name, path] = variable;
              const argument = argumentOfVariable(doc, name);
              if (!argument) return withArgument(error, null);
              // The coercion path starts with the variable's name; the argument path replaces it.
              const rest = path ? path.slice(name.length) : '';
              return withArgument(error, `${argument}${rest}`);
            }
            return error;
          });
        },
      };
    },
  };
}
