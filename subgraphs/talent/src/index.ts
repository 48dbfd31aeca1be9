import { describeDatabase, readConfigOrExit, runService } from '@partnership-graph/shared';
import { loadConfig } from './config';
import { createServer } from './server';

const config = readConfigOrExit('talent', () => loadConfig());
runService(
  'talent',
  () => createServer(config),
  (url) => {
    const where = describeDatabase(config.database);
    return `talent subgraph ready at ${url} (${where})`;
  },
);
