import { describeDatabase, readConfigOrExit, runService } from '@partnership-graph/shared';
import { loadConfig } from './config';
import { createServer } from './server';

const config = readConfigOrExit('agreements', () => loadConfig());
runService(
  'agreements',
  () => createServer(config),
  (url) => {
    const where = describeDatabase(config.database);
    return `agreements subgraph ready at ${url} (${where}; institutions at ${config.institutionsUrl})`;
  },
);
