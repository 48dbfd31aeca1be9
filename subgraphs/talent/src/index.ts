import { readConfigOrExit, runService } from '@partnership-graph/shared';
import { loadConfig } from './config';
import { createServer } from './server';

const config = readConfigOrExit('talent', () => loadConfig());
runService('talent', () => createServer(config), (url) => {
  const where = config.database.kind === 'mysql' ? `MySQL database ${config.database.database}` : config.database.file;
  return `talent subgraph ready at ${url} (${where})`;
});
