import { GraphQLError } from 'graphql';
import { currentRequestScope } from '../database/requestScope';
import { REQUEST_TIMEOUT_HEADER } from '../http/subgraphHeaders';
import { startOutgoingRequest } from '../observability/startOutgoingRequest';

/**
 * Sends one operation straight to another subgraph (as the gateway would) and returns
 * its `data`. An unreachable subgraph, or an answer without data, is a
 * SUBGRAPH_UNAVAILABLE error whose message starts with `unavailable`: nothing is guessed.
 * It waits no longer than the request it serves may still take (its caller's deadline),
 * and tells the other subgraph so (`x-request-timeout-ms`); its `traceparent` makes the
 * other subgraph's work part of the same trace.
 */
export async function querySubgraph<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: {
    headers: () => Record<string, string>;
    timeoutMs: number;
    unavailable: string;
    /** The subgraph asked, as the metrics name it (`subgraph_name`); its URL's host and port when not given. */
    subgraph?: string;
  },
): Promise<T> {
  let body: { data?: T | null; errors?: unknown[] };
  const deadline = currentRequestScope()?.deadline ?? null;
  const timeoutMs = Math.max(
    1,
    deadline === null ? options.timeoutMs : Math.min(options.timeoutMs, deadline - Date.now()),
  );
  const subgraph = options.subgraph ?? new URL(url).host;
  const outgoing = startOutgoingRequest(subgraph, url);
  let answered = false;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REQUEST_TIMEOUT_HEADER]: String(timeoutMs),
        ...outgoing.headers,
        ...options.headers(),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    answered = true;
    outgoing.end(response);
    body = (await response.json()) as typeof body;
  } catch (error) {
    if (!answered) outgoing.end({ error });
    throw new GraphQLError(`${options.unavailable} is unavailable`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  }
  if (body.data == null) {
    throw new GraphQLError(`${options.unavailable} gave no answer`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  }
  return body.data;
}
