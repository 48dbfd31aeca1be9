import type { Caller } from '@partnership-graph/shared';

/** Per-request context of the gateway: the verified caller and the token to forward. */
export interface GatewayContext {
  caller: Caller;
  /** The caller's `Authorization` header, forwarded so each subgraph verifies it itself. */
  authorization: string | null;
  /** The caller's Accept-Language, forwarded so names come in the preferred language. */
  acceptLanguage: string | null;
  /** Aborts when the client hangs up before its answer: the gateway's subgraph fetches for it stop. */
  signal?: AbortSignal;
  /** The request's trace ids, sent on to the subgraphs as `traceparent` when tracing is off. */
  trace?: { traceId: string; spanId: string; flags: number };
}
