/**
 * `pnpm start:cluster`: the local topology of docs/deployment.md — Redis, a MariaDB
 * primary and replica, two instances of every subgraph, two gateways, HAProxy in front
 * with health checks — on loopback. Prints every address; Ctrl-C stops all of it.
 * CLUSTER_GATEWAY_PORT (default 4100) is the gateway's public port; data in .data/cluster.
 */
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { startCluster } from './cluster';

async function main(): Promise<void> {
  const gatewayPort = Number(process.env.CLUSTER_GATEWAY_PORT ?? '4100');
  console.log('starting Redis, a MariaDB primary and replica, 2 instances of each subgraph, 2 gateways and HAProxy…');
  const cluster = await startCluster({
    dir: path.join(repositoryRoot, '.data', 'cluster'),
    gatewayPort,
    echo: process.env.CLUSTER_ECHO === '1',
  });
  console.log(`the cluster is up (Ctrl-C stops all of it):\n${cluster.describe()}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('stopping every service…');
    void cluster.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`pnpm start:cluster failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
