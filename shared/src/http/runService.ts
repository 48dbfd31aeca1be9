/**
 * Runs a service's `main`: starts it, logs where it listens, and on SIGINT/SIGTERM
 * stops accepting, lets in-flight requests finish, closes pools and exits 0.
 */
export function runService(
  name: string,
  start: () => Promise<{ url: string; close: () => Promise<void> }>,
  describe: (url: string) => string = (url) => `${name} ready at ${url}`,
): void {
  start()
    .then((service) => {
      console.log(describe(service.url));
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`${name}: ${signal} received, finishing in-flight requests`);
        service.close().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(`${name}: shutdown failed`, error);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    })
    .catch((error: unknown) => {
      console.error(`${name} failed to start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
