import type { FieldMergeFunction, FieldPolicy, FieldReadFunction } from '@apollo/client/core';
import { relayStylePagination } from '@apollo/client/utilities';

interface ConnectionData {
  nodes?: unknown[];
  pageInfo?: { endCursor?: string | null; hasNextPage?: boolean };
  [field: string]: unknown;
}

/**
 * The cache policy of one connection field: Apollo's `relayStylePagination`, keyed by the
 * field's arguments other than `first` and `after`, so every filter has its own list and
 * the pages of one list join. Two additions for this graph's connections:
 * - `nodes` (the shortcut to `edges { node }`) joins too: a page fetched with `after` equal
 *   to the cached list's `endCursor` appends its nodes; any other fetch replaces them;
 * - `pageInfo.endCursor` reads back as the server sent it, `null` for an empty page
 *   (relayStylePagination alone would read `""`).
 */
export function connectionPolicy(keyArgs: string[]): FieldPolicy<ConnectionData> {
  const relay = relayStylePagination(keyArgs.length ? keyArgs : false) as unknown as Required<
    Pick<FieldPolicy<ConnectionData>, 'keyArgs'>
  > & {
    read: FieldReadFunction<ConnectionData>;
    merge: FieldMergeFunction<ConnectionData>;
  };
  return {
    keyArgs: relay.keyArgs,
    read(existing, options) {
      const read = relay.read(existing, options);
      if (!read || !existing?.pageInfo || !read.pageInfo) return read;
      return {
        ...read,
        pageInfo: {
          ...read.pageInfo,
          endCursor: existing.pageInfo.endCursor === null ? null : read.pageInfo.endCursor,
        },
      };
    },
    merge(existing, incoming, options) {
      const merged = relay.merge(existing, incoming, options);
      if (!incoming.nodes) return merged;
      const after = options.args?.after;
      const appends = after != null && existing?.nodes && existing.pageInfo?.endCursor === after;
      return { ...merged, nodes: appends ? [...(existing.nodes as unknown[]), ...incoming.nodes] : incoming.nodes };
    },
  };
}
