import type { ApolloServer, BaseContext } from '@apollo/server';

export interface OperationResult {
  data?: Record<string, any> | null;
  errors?: ReadonlyArray<{
    message: string;
    extensions?: Record<string, unknown>;
    path?: ReadonlyArray<string | number>;
  }>;
}

/** Runs one operation through a subgraph's Apollo Server (`executeOperation`) with a given context. */
export async function runOperation<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  contextValue: TContext,
  query: string,
  variables?: Record<string, unknown>,
): Promise<OperationResult> {
  const response = await server.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as OperationResult;
}
