import { describeDatabase, type SubgraphConfig } from '../config';
import type { RunningServer } from './serveGraphQL';
import { readConfigOrExit, runService } from './runService';

/**
 * A subgraph's `main`: reads its configuration (a bad value exits 1), starts it, and
 * logs the ready line — where it listens, its database and, when `peers` says, the
 * subgraphs it asks about references.
 */
export function runSubgraph<TConfig extends SubgraphConfig>(
  name: string,
  loadConfig: () => TConfig,
  createServer: (config: TConfig) => Promise<RunningServer>,
  peers?: (config: TConfig) => string,
): void {
  const config = readConfigOrExit(name, loadConfig);
  runService(
    name,
    () => createServer(config),
    (url) => {
      const where = [describeDatabase(config.database), ...(peers ? [peers(config)] : [])].join('; ');
      return `${name} subgraph ready at ${url} (${where})`;
    },
  );
}
