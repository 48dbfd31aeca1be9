import type { DataSource } from 'typeorm';
import type { ReplicaSettings } from '../config';
import { currentRequestScope, insideWriteTransaction } from '../database/requestScope';
import { logger } from '../observability/logger';
import type { RedisLink } from './RedisLink';
import { ReplicaMonitor, type ReplicaState } from './ReplicaMonitor';

/**
 * Where a subgraph's reads go when its database has replicas
 * (`<SERVICE>_MYSQL_REPLICA_URLS`): writes, transactions and everything outside a
 * request (migrations, seeding) go to the primary; a request's reads go to a replica in
 * use (ReplicaMonitor), round robin, unless its caller must read from the primary.
 *
 * Read-your-writes by pinning: after a request that wrote, its caller's reads go to the
 * primary for REPLICA_PIN_MS, on every instance (the pin is a Redis key with that TTL,
 * set before the write's answer is sent). The pin outlasts the largest lag a replica
 * in use may have (REPLICA_MAX_LAG_MS, checked every REPLICA_CHECK_MS), so when it
 * expires every replica in use holds the write. Chosen over waiting for the write's
 * GTID (MASTER_GTID_WAIT) because that would need the GTID carried back to the caller
 * and forward to whichever instance serves its next read, and a wait on the chosen
 * replica connection before each of that caller's reads; a pin costs one Redis lookup
 * per request of a caller with a token, and nothing for anonymous readers.
 *
 * While Redis is unreachable another instance's pin cannot be seen, so every caller with
 * a token reads from the primary (anonymous callers never write, and may use replicas).
 */
let link: RedisLink | null = null;
let service = 'subgraph';
let settings: ReplicaSettings = { maxLagMs: 2_000, pinMs: 5_000, checkMs: 1_000 };
const localPins = new Map<string, number>();
let monitor: ReplicaMonitor | null = null;

const pinKey = (callerId: string) => `pg:pin:${service}:${callerId}`;

/** Called once at a subgraph's start, before its database opens. */
export function configureReadRouting(options: {
  service: string;
  link: RedisLink | null;
  settings: ReplicaSettings;
}): void {
  link = options.link;
  service = options.service;
  settings = options.settings;
}

/** Whether this caller's reads must go to the primary now (it wrote within the pin). */
export async function readsPinnedToPrimary(callerId: string | null): Promise<boolean> {
  if (!callerId || !monitor) return false;
  const until = localPins.get(callerId);
  if (until !== undefined && until > Date.now()) return true;
  if (until !== undefined) localPins.delete(callerId);
  if (!link) return false;
  const pinned = await link.attempt((client) => client.exists(pinKey(callerId)));
  return pinned === null || pinned === 1;
}

/** The caller wrote: its reads stay on the primary for the pin's length, on every instance. */
export async function pinToPrimary(callerId: string | null): Promise<void> {
  if (!callerId || !monitor) return;
  const now = Date.now();
  if (localPins.size > 10_000) for (const [id, until] of localPins) if (until <= now) localPins.delete(id);
  localPins.set(callerId, now + settings.pinMs);
  await link?.attempt((client) => client.set(pinKey(callerId), '1', 'PX', settings.pinMs));
}

/** The replicas' state for health (empty without replicas). */
export function replicaHealth(): ReplicaState[] {
  return monitor?.states.map((state) => ({ ...state })) ?? [];
}

interface PoolConnection {
  release?: () => void;
}
interface ReplicatedDriver {
  poolCluster?: {
    getConnection: (pattern: string, callback: (error: Error | null, connection: PoolConnection) => void) => void;
  };
  obtainMasterConnection: () => Promise<unknown>;
  obtainSlaveConnection: () => Promise<unknown>;
  prepareDbConnection: (connection: PoolConnection) => unknown;
}

/**
 * Routes a replicated data source's reads (see above) and starts watching its replicas.
 * TypeORM names its pools SLAVE0, SLAVE1… in the order of `urls`.
 */
export async function routeReadsToReplicas(dataSource: DataSource, urls: readonly string[]): Promise<ReplicaMonitor> {
  const watching = new ReplicaMonitor(service, urls, settings);
  monitor = watching;
  dataSource.defaultReplicationModeForReads = () => {
    const scope = currentRequestScope();
    const replica = scope && !scope.wrote && !scope.readPrimary && !insideWriteTransaction();
    return replica && watching.inUse().length ? 'slave' : 'master';
  };
  const driver = dataSource.driver as unknown as ReplicatedDriver;
  let next = 0;
  driver.obtainSlaveConnection = async () => {
    const candidates = watching.inUse();
    if (!candidates.length || !driver.poolCluster) return driver.obtainMasterConnection();
    const index = candidates[next++ % candidates.length];
    try {
      const connection = await new Promise<PoolConnection>((resolve, reject) =>
        driver.poolCluster?.getConnection(`SLAVE${index}`, (error, got) => (error ? reject(error) : resolve(got))),
      );
      watching.states[index].reads += 1;
      return driver.prepareDbConnection(connection);
    } catch (error) {
      // Gone since the last check: out of use now, and this read goes to the primary.
      const state = watching.states[index];
      if (state.inUse) {
        state.inUse = false;
        state.reason = `unreachable (${(error as Error).message})`;
        logger().warn(
          { replica: state.server, reason: state.reason },
          `${service}: replica ${state.server} out of use: ${state.reason}; its reads go to the primary`,
        );
      }
      return driver.obtainMasterConnection();
    }
  };
  await watching.start();
  return watching;
}

/** Stops watching replicas (the data source is closing). */
export async function stopReadRouting(): Promise<void> {
  await monitor?.stop();
  monitor = null;
}
