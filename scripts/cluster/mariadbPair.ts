/**
 * `pnpm cluster:mariadb [--dir DIR] [--primary-port N] [--replica-port N]`: a throwaway
 * MariaDB primary and GTID replica on loopback, with data folders of their own (default
 * `.data/mariadb-pair`, kept between runs). Prints both URLs and the variables that give
 * a subgraph the pair; Ctrl-C stops both.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repositoryRoot } from '@partnership-graph/shared';
import { startMariadbPair } from '@partnership-graph/shared/testing';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: path.join(repositoryRoot, '.data', 'mariadb-pair') },
      'primary-port': { type: 'string', default: '3406' },
      'replica-port': { type: 'string', default: '3407' },
    },
  });
  const pair = await startMariadbPair({
    dir: path.resolve(values.dir),
    primaryPort: Number(values['primary-port']),
    replicaPort: Number(values['replica-port']),
  });
  console.log(`primary  ${pair.primary.url}  (data in ${pair.primary.dataDir})`);
  console.log(`replica  ${pair.replica.url}  (data in ${pair.replica.dataDir}, following the primary by GTID)`);
  console.log('a subgraph on the pair, e.g.:');
  console.log(`  AGREEMENTS_MYSQL_URL=${pair.primary.url}partnership_agreements`);
  console.log(`  AGREEMENTS_MYSQL_REPLICA_URLS=${pair.replica.url}partnership_agreements`);
  console.log('Ctrl-C stops both (the data folders are kept).');
  const stop = () => void pair.stop({ keep: true }).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
