import fs from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { logger } from '@partnership-graph/shared';

/**
 * Serves the supergraph from a file and follows it: when the file changes the
 * gateway switches to the new supergraph without a restart (in-flight requests
 * finish on the old one). A supergraph that fails to load is refused with a logged
 * reason, and the previous one keeps serving.
 */
export function watchSupergraphFile(
  file: string,
  options: { intervalMs: number; log?: (message: string) => void },
): SupergraphSdlHook {
  const log = options.log ?? ((message: string) => logger().info(message));
  return async ({ update }) => {
    const initial = fs.readFileSync(file, 'utf8');
    if (options.intervalMs <= 0) return { supergraphSdl: initial };
    let lastSeen = initial;
    const onChange = () => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        log(`gateway: cannot read ${file} (${(error as Error).message}); still serving the previous supergraph`);
        return;
      }
      if (text === lastSeen) return;
      lastSeen = text;
      try {
        update(text);
        log(`gateway: switched to the new supergraph in ${file}`);
      } catch (error) {
        log(
          `gateway: refused the new supergraph in ${file}: ${(error as Error).message}; still serving the previous one`,
        );
      }
    };
    fs.watchFile(file, { interval: options.intervalMs, persistent: false }, onChange);
    return { supergraphSdl: initial, cleanup: async () => fs.unwatchFile(file, onChange) };
  };
}
