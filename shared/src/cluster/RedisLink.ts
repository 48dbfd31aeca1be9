import { Redis } from 'ioredis';
import { logger } from '../observability/logger';

/** What a service's health says of its Redis link. */
export interface RedisHealth {
  redis: 'off' | 'connected' | 'unreachable';
  /** Epoch ms since when it has been unreachable (null while connected or off). */
  redisDownSince: number | null;
}

/**
 * One service's connection to the Redis shared by every instance (REDIS_URL): a
 * command client and a subscriber. Commands never queue while Redis is away: they fail
 * at once (or after `commandTimeoutMs`), and the link is `available` no more until the
 * client reconnects, on its own, with backoff. Whoever keeps state in Redis hears both
 * transitions (`onDown`, `onUp`): on the way down it falls back to memory of its own,
 * and on the way up it forgets what it cached alone, since writes made elsewhere while
 * the link was down were never heard.
 */
export class RedisLink {
  readonly client: Redis;
  readonly subscriber: Redis;
  private up = false;
  private downSince: number | null = Date.now();
  private readonly downListeners: Array<() => void> = [];
  private readonly upListeners: Array<() => void | Promise<void>> = [];
  private readonly channels = new Map<string, Array<(message: string) => void>>();

  constructor(
    url: string,
    private readonly service: string,
    options: { commandTimeoutMs?: number } = {},
  ) {
    const common = {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
      // Reconnects forever, at most every 2 s: recovery needs no manual step.
      retryStrategy: (attempt: number) => Math.min(100 * attempt, 2_000),
    };
    this.client = new Redis(url, { ...common, commandTimeout: options.commandTimeoutMs ?? 500 });
    // The subscriber has no command timeout: it waits for messages, and resubscribes on reconnect.
    this.subscriber = new Redis(url, { ...common, enableOfflineQueue: true, maxRetriesPerRequest: null });
    this.client.on('ready', () => void this.markUp());
    for (const connection of [this.client, this.subscriber]) {
      connection.on('error', () => this.markDown('connection error'));
      connection.on('end', () => this.markDown('connection closed'));
      connection.on('close', () => this.markDown('connection closed'));
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const listener of this.channels.get(channel) ?? []) listener(message);
    });
  }

  /** True while commands can be sent. */
  get available(): boolean {
    return this.up;
  }

  /** Resolves once connected, or after `timeoutMs` (a service starts either way, falling back to memory). */
  async whenAvailable(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.up && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    return this.up;
  }

  health(): RedisHealth {
    return { redis: this.up ? 'connected' : 'unreachable', redisDownSince: this.up ? null : this.downSince };
  }

  onDown(listener: () => void): void {
    this.downListeners.push(listener);
  }

  /** Runs on every (re)connection, before the link counts as available again. */
  onUp(listener: () => void | Promise<void>): void {
    this.upListeners.push(listener);
  }

  /** `listener` hears every message published on `channel` (from any instance, this one included). */
  async subscribe(channel: string, listener: (message: string) => void): Promise<void> {
    const listeners = this.channels.get(channel) ?? [];
    listeners.push(listener);
    this.channels.set(channel, listeners);
    if (listeners.length === 1) await this.subscriber.subscribe(channel).catch(() => undefined);
  }

  /**
   * Runs `command` on the client; on failure the link counts as down (until it
   * reconnects) and the answer is null: the caller falls back to its own memory.
   */
  async attempt<T>(command: (client: Redis) => Promise<T>): Promise<T | null> {
    if (!this.up) return null;
    try {
      return await command(this.client);
    } catch (error) {
      this.markDown((error as Error).message);
      return null;
    }
  }

  /** A command failed or a connection dropped: fall back until the client is ready again. */
  markDown(reason: string): void {
    if (!this.up) return;
    this.up = false;
    this.downSince = Date.now();
    logger().warn(
      { redis: 'unreachable', reason },
      `${this.service}: Redis unreachable (${reason}); caching in this process only until it is back`,
    );
    for (const listener of this.downListeners) listener();
    // A command that timed out leaves the socket open: reconnect, so `ready` says when it is back.
    if (this.client.status === 'ready') this.client.disconnect(true);
  }

  private async markUp(): Promise<void> {
    try {
      for (const listener of this.upListeners) await listener();
    } catch (error) {
      // Not up after all: the client reconnects and this runs again.
      logger().warn({ err: error }, `${this.service}: Redis reconnected but failed at once`);
      return;
    }
    const wasDownMs = this.downSince ? Date.now() - this.downSince : 0;
    this.up = true;
    this.downSince = null;
    logger().info({ redis: 'connected', wasDownMs }, `${this.service}: Redis connected; shared cache in use`);
  }

  async close(): Promise<void> {
    this.up = false;
    this.client.disconnect();
    this.subscriber.disconnect();
  }
}

/** The link for REDIS_URL, or null when unset (everything stays in the process). */
export function connectRedis(url: string | null, service: string): RedisLink | null {
  return url ? new RedisLink(url, service) : null;
}
