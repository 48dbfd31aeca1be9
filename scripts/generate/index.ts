import { runGenerate } from './generate';

/**
 * `pnpm generate --scale small|medium|large [--seed N] [--mysql-url URL] [--database-prefix P]
 *  [--allow-remote] [--replace] [--explain]` — see README ("Scale dataset").
 *
 * Ctrl-C: the first stops after the current chunk's transaction commits and prints
 * what was written (exit 130); a second one exits at once, and MySQL rolls the open
 * transaction back when the connection closes — never a half-written batch.
 */
async function main(): Promise<void> {
  const controller = new AbortController();
  let firstInterrupt = 0;
  process.on('SIGINT', () => {
    // One Ctrl-C can arrive twice (from the terminal and relayed by tsx or pnpm): a second
    // one counts only when it comes a moment later.
    const now = Date.now();
    if (firstInterrupt && now - firstInterrupt < 750) return;
    if (!firstInterrupt) {
      firstInterrupt = now;
      process.stderr.write(
        '\ngenerate: stopping after the current batch (Ctrl-C again to abandon it; it is rolled back)\n',
      );
      controller.abort();
    } else {
      process.stderr.write('generate: abandoned; the open transaction is rolled back by the server\n');
      process.exit(130);
    }
  });
  const result = await runGenerate(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
  });
  process.exit(result.exitCode);
}

void main();
