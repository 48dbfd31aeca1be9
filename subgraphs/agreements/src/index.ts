import { runSubgraph } from '@partnership-graph/shared';
import { loadConfig } from './config';
import { createServer } from './server';

runSubgraph('agreements', loadConfig, createServer, (config) => `institutions at ${config.institutionsUrl}`);
