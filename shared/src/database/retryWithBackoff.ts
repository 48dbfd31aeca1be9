import { logger } from '../observability/logger';

/**
 * Retries `attempt` until it succeeds, waiting 250 ms, 500 ms, 1 s… up to `maxDelayMs`
 * between tries, so a service started before its database comes up simply waits.
 */
export async function retryWithBackoff<T>(
  attempt: () => Promise<T>,
  options: { what: string; initialDelayMs?: number; maxDelayMs?: number; log?: (message: string) => void },
): Promise<T> {
  const log = options.log ?? ((message: string) => logger().warn(message));
  let delay = options.initialDelayMs ?? 250;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      log(`${options.what} failed (attempt ${tries}: ${(error as Error).message}); retrying in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5_000);
    }
  }
}
