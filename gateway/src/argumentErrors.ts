import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode, type GraphQLFormattedError } from 'graphql';

/** Validation messages that are about a literal argument value, not about the query's shape. */
const valueErrorPattern =
  /^(Value ".*" does not exist in ".*" enum|Enum ".*" cannot represent|Expected value of type|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent|ID cannot represent|Field ".*" of required type|Field ".*" is not defined by type|Date must be)/;

/** The path of the argument (e.g. "filter.kinds") whose value covers this source location. */
function argumentAt(document: DocumentNode, line: number, column: number): string | null {
  const source = document.loc?.source.body ?? '';
  const lines = source.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += column - 1;
  let found: string | null = null;
  const stack: string[] = [];
  visit(document, {
    Argument: {
      enter(node) {
        stack.push(node.name.value);
        if (node.loc && node.loc.start <= offset && offset < node.loc.end && found === null) found = stack.join('.');
      },
      leave() {
        stack.pop();
      },
    },
    ObjectField: {
      enter(node) {
        stack.push(node.name.value);
        if (node.loc && node.loc.start <= offset && offset < node.loc.end) found = stack.join('.');
      },
      leave() {
        stack.pop();
      },
    },
  });
  return found;
}

/**
 * A literal argument value the schema refuses (an unknown enum value, a string for
 * an Int) is the client's input mistake: report it as BAD_USER_INPUT naming the
 * argument, as variables already are, instead of a generic validation failure.
 */
export function argumentErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document }) {
          // Without a parsed document the errors are parse errors, which stay as they are.
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || !document) return;
          const doc = document;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error): GraphQLFormattedError => {
            if (error.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !valueErrorPattern.test(error.message)) return error;
            const location = error.locations?.[0];
            const argumentName = location ? argumentAt(doc, location.line, location.column) : null;
            return {
              ...error,
              message: argumentName ? `Invalid value for "${argumentName}": ${error.message}` : error.message,
              extensions: { ...error.extensions, code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
            };
          });
        },
      };
    },
  };
}
