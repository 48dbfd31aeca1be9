import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { GatewayContext } from './GatewayContext';

/**
 * Answers repeated anonymous queries from memory for a short while. Only public data
 * qualifies: a query without an Authorization header, answered without any error.
 * Every mutation through the gateway empties the cache (before and after it runs), and
 * so does a new supergraph, so a write made here is seen by the next read at once;
 * a write made elsewhere (another gateway, `pnpm seed`) is seen after `ttlMs` at most.
 */
export interface ResponseCache {
  plugin: ApolloServerPlugin<GatewayContext>;
  clear(): void;
  readonly size: number;
}

interface Entry {
  data: Record<string, unknown>;
  expiresAt: number;
  /** The answer's JSON length: the cache holds at most `maxBytes` of answers in all. */
  bytes: number;
}

export function createResponseCache(options: { ttlMs: number; maxEntries: number; maxBytes: number; now?: () => number }): ResponseCache {
  const entries = new Map<string, Entry>();
  const now = options.now ?? Date.now;
  let bytes = 0;
  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  const remove = (key: string) => {
    bytes -= entries.get(key)?.bytes ?? 0;
    entries.delete(key);
  };
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ request, contextValue }) {
      if (options.ttlMs <= 0) return {};
      let key: string | null = null;
      let hit = false;
      return {
        async responseForOperation({ operation }) {
          if (operation.operation === 'mutation') {
            clear();
            return null;
          }
          if (operation.operation !== 'query' || contextValue.authorization) return null;
          key = createHash('sha256')
            .update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? null, contextValue.acceptLanguage]))
            .digest('base64');
          const entry = entries.get(key);
          if (!entry) return null;
          if (entry.expiresAt <= now()) {
            remove(key);
            return null;
          }
          hit = true;
          const response: GraphQLResponse = { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: entry.data } } };
          return response;
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation === 'mutation') return clear();
          if (!key || hit || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          const size = JSON.stringify(data).length;
          if (size > options.maxBytes / 8) return; // one answer never takes more than an eighth of the room
          // Oldest first in a Map: dropping from the front keeps the newest answers within both bounds.
          while (entries.size && (entries.size >= options.maxEntries || bytes + size > options.maxBytes)) remove(entries.keys().next().value as string);
          entries.set(key, { data, expiresAt: now() + options.ttlMs, bytes: size });
          bytes += size;
        },
      };
    },
  };
  return {
    plugin,
    clear,
    get size() {
      return entries.size;
    },
  };
}
