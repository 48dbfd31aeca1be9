import type { IncomingMessage } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { SUBGRAPH_SECRET_HEADER, type AuthConfig } from '../auth/authConfig';
import { CallerVerifier } from '../auth/verifyCaller';
import type { SubgraphConfig } from '../config';
import type { Caller } from '../context/Caller';
import { readsPinnedToPrimary } from '../cluster/readRouting';
import { currentRequestScope, type RequestScope } from '../database/requestScope';
import { serveGraphQL, type RunningServer } from './serveGraphQL';

export interface ServeSubgraphOptions<TContext extends BaseContext> {
  config: SubgraphConfig;
  /** Overrides `config.auth` (tests). */
  auth?: AuthConfig;
  /** Builds the per-request context for a verified caller. */
  context: (caller: Caller, req: IncomingMessage) => TContext | Promise<TContext>;
  ready: () => Promise<boolean>;
  /** More state for the health answers (see serveGraphQL). */
  health?: () => Record<string, unknown>;
  /** After a request that wrote, before its answer (see serveGraphQL). */
  afterWrite?: (scope: RequestScope) => Promise<void>;
}

/**
 * Serves a subgraph privately: only requests that carry the gateway's shared secret
 * are answered (health checks aside), and the caller's token is verified here again
 * rather than trusted from a plain header.
 */
export function serveSubgraph<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: ServeSubgraphOptions<TContext>,
): Promise<RunningServer> {
  const auth = options.auth ?? options.config.auth;
  const verifier = new CallerVerifier(auth);
  return serveGraphQL(apollo, {
    host: options.config.host,
    port: options.config.port,
    bodyLimitBytes: options.config.bodyLimitBytes,
    requiredSecret: { header: SUBGRAPH_SECRET_HEADER, value: auth.subgraphSecret },
    requestScope: true,
    ready: options.ready,
    health: options.health,
    afterWrite: options.afterWrite,
    metrics: options.config.metrics,
    context: async (req, _signal, observed) => {
      const caller = await verifier.fromAuthorizationHeader(req.headers.authorization);
      observed.subject = caller.id;
      const scope = currentRequestScope();
      if (scope) {
        scope.callerId = caller.id;
        scope.readPrimary = await readsPinnedToPrimary(caller.id);
      }
      return options.context(caller, req);
    },
  });
}
