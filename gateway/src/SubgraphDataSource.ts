import { GraphQLError } from 'graphql';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SUBGRAPH_SECRET_HEADER } from '@partnership-graph/shared';
import type { GatewayContext } from './GatewayContext';
import { createSubgraphFetcher } from './subgraphFetcher';

/**
 * How the gateway calls one subgraph: with the shared secret (subgraphs answer
 * nobody else), the caller's own bearer token (each subgraph verifies it again),
 * a timeout per fetch, and keep-alive sockets that close before the subgraph's do.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: { name: string; url: string; secret: string; timeoutMs: number; keepAliveMs: number }) {
    super({ url: options.url, fetcher: createSubgraphFetcher(options) as never });
    this.name = options.name;
    this.secret = options.secret;
    this.timeoutMs = options.timeoutMs;
  }

  private readonly name: string;
  private readonly secret: string;
  private readonly timeoutMs: number;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    request.http?.headers.set(SUBGRAPH_SECRET_HEADER, this.secret);
    const authorization = (context as Partial<GatewayContext> | undefined)?.authorization;
    if (authorization) request.http?.headers.set('authorization', authorization);
    // The caller's preferred languages pick the names every subgraph serves.
    const languages = (context as Partial<GatewayContext> | undefined)?.acceptLanguage;
    if (languages) request.http?.headers.set('accept-language', languages);
  }

  /** A subgraph that is down, too slow or refusing us is reported by name; the rest of the answer stands. */
  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): never {
    if (response && response.status < 500 && response.status !== 403) throw this.clientError(error);
    const why =
      /Timeout|Abort/.test(error.name) || /TIMEOUT/.test((error as { code?: string }).code ?? '')
        ? `no answer within ${this.timeoutMs} ms`
        : response
          ? `it answered HTTP ${response.status}`
          : 'it cannot be reached';
    throw new GraphQLError(`Subgraph "${this.name}" is unavailable: ${why}`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.name },
    });
  }

  /**
   * A subgraph refused the request itself (HTTP 4xx): its GraphQL error says why. The
   * gateway has validated the operation's shape, so what a subgraph still refuses is
   * a value — a variable or literal its scalars reject — which is the client's input.
   */
  private clientError(error: Error): Error {
    const body = (error as GraphQLError).extensions?.response as { body?: { errors?: Array<{ message: string; extensions?: { code?: string } }> } } | undefined;
    const first = body?.body?.errors?.[0] as { message: string; extensions?: { code?: string; argumentName?: string } } | undefined;
    if (!first) return error;
    const code = first.extensions?.code;
    return new GraphQLError(first.message, {
      extensions: {
        code: code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : (code ?? 'BAD_REQUEST'),
        ...(first.extensions?.argumentName ? { argumentName: first.extensions.argumentName } : {}),
        serviceName: this.name,
      },
    });
  }
}
