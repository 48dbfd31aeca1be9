import type { WritePolicy } from '@partnership-graph/shared';

/**
 * Who may change this subgraph: reading agreements and events is open to every caller
 * the gateway lets through; every write needs `editor:agreements` (or admin).
 */
export const writePolicy: WritePolicy = { editorRole: 'editor:agreements' };
