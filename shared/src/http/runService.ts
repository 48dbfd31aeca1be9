import { ConfigError } from '../envReaders';
import { readLogConfig } from '../observability/logConfig';
import { logger, startLogging } from '../observability/logger';
import { readTraceConfig } from '../observability/traceConfig';
import { startTracing, stopTracing } from '../observability/tracing';

/**
 * Reads a service's configuration at boot, its logging (LOG_LEVEL, LOG_FORMAT) first,
 * then its tracing (the OTEL_* variables; the SDK starts only when they ask for it). A
 * bad value is one plain line on stderr naming the variable, and exit code 1 — not a
 * stack trace; everything after it is logged by the service's logger.
 */
export function readConfigOrExit<T>(name: string, read: () => T): T {
  try {
    startLogging(name, readLogConfig(process.env));
    startTracing(readTraceConfig(process.env, name));
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${name} refused to start: ${error.message}`);
    process.exit(1);
  }
}

/**
 * Runs a service's `main`: starts it, logs where it listens, and on SIGINT/SIGTERM
 * stops accepting, lets in-flight requests finish, closes pools and exits 0 — also
 * while it is still starting (e.g. waiting for its database). The ready line says
 * "ready at <url> " (a space after the address): `pnpm start` and the tests find it so.
 */
export function runService(
  name: string,
  start: () => Promise<{ url: string; metricsUrl?: string; close: () => Promise<void> }>,
  describe: (url: string) => string = (url) => `${name} ready at ${url} `,
): void {
  let service: { close: () => Promise<void> } | null = null;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger().info({ signal }, `${name}: ${signal} received, finishing in-flight requests`);
    // Not started yet: nothing is in flight, so leave at once.
    if (!service) process.exit(0);
    // The spans of the last requests are sent before the process leaves.
    service.close().then(
      () => stopTracing().then(() => process.exit(0)),
      (error: unknown) => {
        logger().error({ err: error }, `${name}: shutdown failed`);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: a signal may arrive twice (from the terminal and from a parent relaying it).
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  start()
    .then((started) => {
      service = started;
      logger().info({ url: started.url, metricsUrl: started.metricsUrl }, describe(started.url));
      if (stopping) void started.close().then(() => process.exit(0));
    })
    .catch((error: unknown) => {
      logger().fatal(
        { err: error },
        `${name} failed to start: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    });
}
