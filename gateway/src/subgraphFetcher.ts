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
  /** How long to wait for the answer's headers, and between parts of its body (the fetcher's own timeout when left out). */
  timeoutMs?: number;
  /** Stops waiting (and the fetch, once nobody else waits for it) when aborted: the client went away. */
  signal?: AbortSignal;
}

export interface SubgraphFetcher {
  /**
   * POSTs `request`. A `shareable` request (a read) that is identical to one still in
   * flight — same URL, headers (but `traceparent`) and body — is answered by that fetch's response instead
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
 *
 * Each request may carry its own timeout (a mutation waits longer) and an abort signal
 * (the client hung up): an abandoned fetch is stopped, and a shared one once every read
 * waiting for it is gone, so the subgraph sees the connection close and stops too.
 */
export function createSubgraphFetcher(options: {
  timeoutMs: number;
  keepAliveMs: number;
  deduplicate: boolean;
}): SubgraphFetcher {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveMs,
    keepAliveMaxTimeout: options.keepAliveMs,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: 64,
  });
  const origins = new Map<string, { origin: string; path: string }>();
  const send = async (
    { url, headers, body, timeoutMs }: SubgraphRequest,
    signal: AbortSignal | undefined,
  ): Promise<SubgraphResponse> => {
    let target = origins.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      origins.set(url, target);
    }
    const response = await agent.request({
      origin: target.origin,
      path: target.path,
      method: 'POST',
      headers,
      body,
      ...(timeoutMs !== undefined ? { headersTimeout: timeoutMs, bodyTimeout: timeoutMs } : {}),
      signal,
    });
    return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
  };
  const inFlight = new Map<string, SharedFetch>();
  return {
    fetch(request, shareable) {
      if (!shareable || !options.deduplicate) return send(request, request.signal);
      let key = request.url;
      // Every request has a trace of its own: identical reads of two requests are shared all
      // the same, and the subgraph's work is traced as part of the first one's.
      for (const name in request.headers)
        if (name !== 'traceparent' && name !== 'tracestate') key += `\n${name}: ${request.headers[name]}`;
      key += `\n\n${request.body}`;
      let shared = inFlight.get(key);
      // One every reader left is being aborted: it answers nobody.
      if (!shared || shared.controller.signal.aborted) {
        const controller = new AbortController();
        const started: SharedFetch = { response: send(request, controller.signal), controller, waiting: 0 };
        inFlight.set(key, started);
        const settle = () => {
          if (inFlight.get(key) === started) inFlight.delete(key);
        };
        started.response.then(settle, settle);
        shared = started;
      }
      return join(shared, request.signal);
    },
    forgetInFlight: () => inFlight.clear(),
    close: () => agent.close(),
  };
}

/** One fetch several identical reads wait for; it is aborted only when every one of them has stopped waiting. */
interface SharedFetch {
  response: Promise<SubgraphResponse>;
  controller: AbortController;
  waiting: number;
}

function join(shared: SharedFetch, signal: AbortSignal | undefined): Promise<SubgraphResponse> {
  shared.waiting += 1;
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    shared.waiting -= 1;
    if (shared.waiting === 0) shared.controller.abort();
  };
  if (!signal) return shared.response;
  if (signal.aborted) {
    leave();
    return Promise.reject(signal.reason);
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      leave();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.response.then(
      (response) => {
        signal.removeEventListener('abort', onAbort);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
