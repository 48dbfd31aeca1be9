import type { WritePolicy } from '@partnership-graph/shared';

/**
 * Who may change this subgraph: reading institutions and people is open to every
 * caller the gateway lets through; every import needs `editor:institutions` (or admin).
 */
export const writePolicy: WritePolicy = { editorRole: 'editor:institutions' };
