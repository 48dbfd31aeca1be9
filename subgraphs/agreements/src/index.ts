import { readConfigOrExit, runService } from '@partnership-graph/shared';
import { loadConfig } from './config';
import { createServer } from './server';

const config = readConfigOrExit('agreements', () => loadConfig());
runService('agreements', () => createServer(config), (url) => {
  const where = config.database.kind === 'mysql' ? `MySQL database ${config.database.database}` : config.database.file;
  return `agreements subgraph ready at ${url} (${where}; institutions at ${config.institutionsUrl})`;
});
