import { ConfigError } from '../envReaders';

/**
 * Reads a service's configuration at boot. A bad value is one line on stderr naming
 * the variable, and exit code 1 — not a stack trace.
 */
export function readConfigOrExit<T>(name: string, read: () => T): T {
  try {
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
 * while it is still starting (e.g. waiting for its database).
 */
export function runService(
  name: string,
  start: () => Promise<{ url: string; close: () => Promise<void> }>,
  describe: (url: string) => string = (url) => `${name} ready at ${url}`,
): void {
  let service: { close: () => Promise<void> } | null = null;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${name}: ${signal} received, finishing in-flight requests`);
    // Not started yet: nothing is in flight, so leave at once.
    if (!service) process.exit(0);
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${name}: shutdown failed`, error);
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
      console.log(describe(started.url));
      if (stopping) void started.close().then(() => process.exit(0));
    })
    .catch((error: unknown) => {
      console.error(`${name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
