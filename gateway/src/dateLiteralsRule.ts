import { GraphQLError, getNamedType, Kind, type ValidationContext, type ASTVisitor } from 'graphql';
import { parseIsoDate } from '@partnership-graph/shared';

/**
 * The supergraph's `Date` scalar has no parser at the gateway, so a literal like
 * "2025-13-40" would travel to a subgraph before being refused. This rule refuses
 * it at the gateway, where the error can point at the argument.
 */
export function dateLiteralsRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      const type = context.getInputType();
      if (!type || getNamedType(type).name !== 'Date') return;
      if (parseIsoDate(node.value) === null) {
        context.reportError(
          new GraphQLError(
            `Expected value of type "Date", found ${JSON.stringify(node.value)}; Date must be an ISO date YYYY-MM-DD (or YYYY-MM, YYYY when only that is known)`,
            { nodes: node },
          ),
        );
      }
    },
    IntValue(node) {
      const type = context.getInputType();
      if (type && getNamedType(type).name === 'Date' && node.kind === Kind.INT) {
        context.reportError(
          new GraphQLError(
            `Expected value of type "Date", found ${node.value}; Date must be a string such as "2025-07-04"`,
            { nodes: node },
          ),
        );
      }
    },
  };
}
