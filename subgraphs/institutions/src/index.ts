import { readConfigOrExit, runService } from '@partnership-graph/shared';
import { loadConfig } from './config';
import { createServer } from './server';

const config = readConfigOrExit('institutions', () => loadConfig());
runService('institutions', () => createServer(config), (url) => {
  const where = config.database.kind === 'mysql' ? `MySQL database ${config.database.database}` : config.database.file;
  return `institutions subgraph ready at ${url} (${where})`;
});
