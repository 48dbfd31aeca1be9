import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateScalar as SharedDateScalar } from '@partnership-graph/shared';

/**
 * The shared Date scalar, with one addition: a malformed literal ("yesterday",
 * "2025-13-40") is reported at the literal's location, so `inputErrorsPlugin` can
 * name the argument or input field that holds it. (Worth moving into the shared
 * scalar: `new GraphQLError(message, { nodes: ast, … })`.)
 */
export const DateScalar = new GraphQLScalarType({
  ...SharedDateScalar.toConfig(),
  parseLiteral(ast, variables) {
    try {
      return SharedDateScalar.parseLiteral(ast, variables);
    } catch (error) {
      if (error instanceof GraphQLError) throw new GraphQLError(error.message, { nodes: ast, extensions: error.extensions });
      throw error;
    }
  },
});
