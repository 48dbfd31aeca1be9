import fs from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { formatError } from '../graphql/formatError';
import { inputErrorsPlugin } from '../graphql/inputErrors';

/** Reads a subgraph's `schema.graphql`, the only source of its SDL. */
export function readSchemaFile(file: string): ReturnType<typeof parse> {
  return parse(fs.readFileSync(file, 'utf8'));
}

/**
 * An Apollo Server for one subgraph, with errors masked, no stack traces in responses,
 * and every refused input value a BAD_USER_INPUT naming its argument (`argumentName`).
 */
export function createSubgraphApollo<TContext extends BaseContext>(
  schemaFile: string,
  resolvers: object,
): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema: buildSubgraphSchema({
      typeDefs: readSchemaFile(schemaFile),
      // Resolver maps are typed per service; the library types them loosely.
      resolvers: resolvers as GraphQLResolverMap<unknown>,
    }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // runService owns SIGINT/SIGTERM: drain HTTP, stop Apollo, close the pool, exit 0.
    stopOnTerminationSignals: false,
    plugins: [
      // Inline traces cost time on every request and nothing here reads them.
      ApolloServerPluginInlineTraceDisabled(),
      // The schema's @cacheControl hints become the answer's Cache-Control header
      // (`max-age=N, public|private` or `no-store`); the gateway caps its own answer's
      // lifetime by it (honorSubgraphCacheControlHeader). Unannotated: maxAge 0.
      ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: true }),
      inputErrorsPlugin(),
    ],
  });
}
