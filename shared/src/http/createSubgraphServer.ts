import fs from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import type { DataSource, Logger } from 'typeorm';
import type { AuthConfig } from '../auth/authConfig';
import type { DatabaseConfig, SubgraphConfig } from '../config';
import type { Caller } from '../context/Caller';
import { formatError } from '../graphql/formatError';
import { inputErrorsPlugin } from '../graphql/inputErrors';
import { IdempotencyKeys } from '../idempotency/IdempotencyKeys';
import { startSubgraph, type RunningSubgraph } from './startSubgraph';

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

/** What a subgraph's `createServer` takes besides its configuration: tests pass a logger and their own auth. */
export interface SubgraphServerOptions {
  logger?: Logger;
  auth?: AuthConfig;
}

/** A request's part of a subgraph's context: who calls, in which languages, and the idempotency keys of its writes. */
export interface SubgraphRequest {
  caller: Caller;
  languages: string[];
  idempotency: IdempotencyKeys;
}

/**
 * Serves one subgraph privately (only the gateway's requests are answered; the caller's
 * token is verified again here), once its database is connected, migrated and, when
 * empty and SEED_ON_START allows, seeded. Each subgraph's `createServer` calls this with
 * its own Apollo server, database, seed and context; tests call it with port 0.
 */
export function createSubgraphServer<TContext extends BaseContext>(
  config: SubgraphConfig,
  options: SubgraphServerOptions,
  subgraph: {
    apollo: ApolloServer<TContext>;
    openDatabase: (database: DatabaseConfig, logger?: Logger) => Promise<DataSource>;
    seedIfEmpty: (dataSource: DataSource) => Promise<unknown>;
    context: (dataSource: DataSource, request: SubgraphRequest) => TContext;
  },
): Promise<RunningSubgraph> {
  const idempotency = new IdempotencyKeys(config.idempotencyKeyTtlHours);
  return startSubgraph({
    config,
    auth: options.auth,
    apollo: subgraph.apollo,
    openDatabase: () => subgraph.openDatabase(config.database, options.logger),
    prepare: (dataSource) => (config.seedOnStart ? subgraph.seedIfEmpty(dataSource) : Promise.resolve()),
    context: (dataSource, caller, languages) => subgraph.context(dataSource, { caller, languages, idempotency }),
    idempotencyKeys: idempotency,
  });
}
