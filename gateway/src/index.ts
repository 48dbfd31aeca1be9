import { readConfigOrExit, runService } from '@partnership-graph/shared';
import { loadGatewayConfig } from './config';
import { createGatewayServer } from './server';

const config = readConfigOrExit('gateway', () => loadGatewayConfig());
runService(
  'gateway',
  () => createGatewayServer(config),
  (url) => `gateway ready at ${url} — the partnership graph is served here`,
);
