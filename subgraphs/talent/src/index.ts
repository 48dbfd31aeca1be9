import { runSubgraph } from '@partnership-graph/shared';
import { loadConfig } from './config';
import { createServer } from './server';

runSubgraph('talent', loadConfig, createServer);
