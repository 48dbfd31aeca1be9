import { GraphQLError } from 'graphql';

/**
 * Sends one operation straight to another subgraph (as the gateway would) and returns
 * its `data`. An unreachable subgraph, or an answer without data, is a
 * SUBGRAPH_UNAVAILABLE error whose message starts with `unavailable`: nothing is guessed.
 */
export async function querySubgraph<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: { headers: () => Record<string, string>; timeoutMs: number; unavailable: string },
): Promise<T> {
  let body: { data?: T | null; errors?: unknown[] };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers() },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLError(`${options.unavailable} is unavailable`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  }
  if (body.data == null) {
    throw new GraphQLError(`${options.unavailable} gave no answer`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  }
  return body.data;
}
