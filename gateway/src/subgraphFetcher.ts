import type { IncomingHttpHeaders } from 'node:http';
import { Agent } from 'undici';

/** What the gateway reads of a subgraph's answer: its status, headers and body text. */
export interface SubgraphResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface SubgraphRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface SubgraphFetcher {
  /**
   * POSTs `request`. A `shareable` request (a read) that is identical to one still in
   * flight — same URL, headers and body — is answered by that fetch's response instead
   * of a second one; the response is text, so every caller parses its own copy.
   */
  fetch(request: SubgraphRequest, shareable: boolean): Promise<SubgraphResponse>;
  /** From now on, requests start fetches of their own rather than join one already in flight (after a write). */
  forgetInFlight(): void;
  close(): Promise<void>;
}

/**
 * A lean fetch for gateway → subgraph calls: undici's `Agent.request` on kept-alive
 * sockets, with the agent's own header and body timeouts. The WHATWG `fetch` (web
 * streams, Request/Response objects) and a per-call `AbortSignal.timeout` cost a fifth
 * of the gateway's CPU on federated queries (see docs/performance.md).
 *
 * With `deduplicate`, identical reads in flight at the same time share one fetch (as
 * Hive Gateway's HTTP transport does by default): under concurrent load, the same
 * query plan sends the same entity fetches many times over, and each costs a
 * loopback write and a subgraph request. Nothing is kept once the fetch is answered.
 */
export function createSubgraphFetcher(options: { timeoutMs: number; keepAliveMs: number; deduplicate: boolean }): SubgraphFetcher {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveMs,
    keepAliveMaxTimeout: options.keepAliveMs,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: 64,
  });
  const origins = new Map<string, { origin: string; path: string }>();
  const send = async ({ url, headers, body }: SubgraphRequest): Promise<SubgraphResponse> => {
    let target = origins.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      origins.set(url, target);
    }
    const response = await agent.request({ origin: target.origin, path: target.path, method: 'POST', headers, body });
    return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
  };
  const inFlight = new Map<string, Promise<SubgraphResponse>>();
  return {
    fetch(request, shareable) {
      if (!shareable || !options.deduplicate) return send(request);
      let key = request.url;
      for (const name in request.headers) key += `\n${name}: ${request.headers[name]}`;
      key += `\n\n${request.body}`;
      const pending = inFlight.get(key);
      if (pending) return pending;
      const started = send(request);
      inFlight.set(key, started);
      const settle = () => {
        if (inFlight.get(key) === started) inFlight.delete(key);
      };
      started.then(settle, settle);
      return started;
    },
    forgetInFlight: () => inFlight.clear(),
    close: () => agent.close(),
  };
}
