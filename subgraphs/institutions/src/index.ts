import { describeDatabase, readConfigOrExit, runService } from '@partnership-graph/shared';
import { loadConfig } from './config';
import { createServer } from './server';

const config = readConfigOrExit('institutions', () => loadConfig());
runService(
  'institutions',
  () => createServer(config),
  (url) => {
    const where = describeDatabase(config.database);
    return `institutions subgraph ready at ${url} (${where})`;
  },
);
