import fs from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { logger, type RedisLink } from '@partnership-graph/shared';

const SUPERGRAPH_KEY = 'pg:supergraph';
const SUPERGRAPH_CHANNEL = 'pg:supergraph';

/** A supergraph as shared in Redis: its text and when its file was written (epoch ms). */
interface SharedSupergraph {
  sdl: string;
  at: number;
}

/**
 * Serves the supergraph from a file and follows it: when the file changes the
 * gateway switches to the new supergraph without a restart (in-flight requests
 * finish on the old one). A supergraph that fails to load is refused with a logged
 * reason, and the previous one keeps serving.
 *
 * With `shared` (REDIS_URL), a change seen in one instance's file reaches every
 * instance: it is stored in Redis with the file's time and announced on a channel,
 * and each instance switches to it. An instance that starts, or gets Redis back after
 * an outage, takes the stored one if it is newer than its own file (it missed the
 * announcement). So one instance's file (or one `pnpm compose` on one machine) is
 * enough to roll a new supergraph out.
 */
export function watchSupergraphFile(
  file: string,
  options: { intervalMs: number; log?: (message: string) => void; shared?: RedisLink | null },
): SupergraphSdlHook {
  const log = options.log ?? ((message: string) => logger().info(message));
  const shared = options.shared ?? null;
  return async ({ update }) => {
    const initial = fs.readFileSync(file, 'utf8');
    let lastSeen = initial;
    let lastAt = fs.statSync(file).mtimeMs;
    const apply = (text: string, where: string): boolean => {
      if (text === lastSeen) return false;
      lastSeen = text;
      try {
        update(text);
        log(`gateway: switched to the new supergraph ${where}`);
        return true;
      } catch (error) {
        log(
          `gateway: refused the new supergraph ${where}: ${(error as Error).message}; still serving the previous one`,
        );
        return false;
      }
    };
    const fetchShared = async (): Promise<SharedSupergraph | null> => {
      const stored = shared ? await shared.attempt((client) => client.get(SUPERGRAPH_KEY)) : null;
      return stored ? (JSON.parse(stored) as SharedSupergraph) : null;
    };
    const takeNewerShared = async () => {
      const stored = await fetchShared();
      if (stored && stored.at > lastAt) {
        lastAt = stored.at;
        apply(stored.sdl, 'shared in Redis');
      }
    };
    if (options.intervalMs <= 0 && !shared) return { supergraphSdl: initial };
    const onChange = () => {
      let text: string;
      let at: number;
      try {
        text = fs.readFileSync(file, 'utf8');
        at = fs.statSync(file).mtimeMs;
      } catch (error) {
        log(`gateway: cannot read ${file} (${(error as Error).message}); still serving the previous supergraph`);
        return;
      }
      if (!apply(text, `in ${file}`)) return;
      lastAt = at;
      const record: SharedSupergraph = { sdl: text, at };
      void shared?.attempt(async (client) => {
        await client.set(SUPERGRAPH_KEY, JSON.stringify(record));
        await client.publish(SUPERGRAPH_CHANNEL, String(at));
      });
    };
    if (options.intervalMs > 0) fs.watchFile(file, { interval: options.intervalMs, persistent: false }, onChange);
    if (shared) {
      await shared.subscribe(SUPERGRAPH_CHANNEL, () => void takeNewerShared());
      shared.onUp(() => void takeNewerShared());
    }
    // The first supergraph: the newest of the file and the shared one.
    const stored = shared?.available ? await fetchShared() : null;
    if (stored && stored.at > lastAt) {
      lastSeen = stored.sdl;
      lastAt = stored.at;
    }
    return { supergraphSdl: lastSeen, cleanup: async () => fs.unwatchFile(file, onChange) };
  };
}
