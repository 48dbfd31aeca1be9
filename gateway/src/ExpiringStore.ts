/**
 * What the gateway's caches keep in this process's memory: values that expire, within
 * a bound on their number and on their bytes. Past either bound the least recently
 * used go first (or, with `refreshOnRead` off, the oldest stored). `clear()` empties it
 * and starts a new generation: a caller that took the generation before its work and
 * finds it changed after keeps nothing of what it made (a write happened meanwhile).
 */
export class ExpiringStore<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number; bytes: number }>();
  private bytes = 0;
  private generationNow = 0;

  constructor(private readonly bounds: { maxEntries: number; maxBytes: number; refreshOnRead: boolean }) {}

  get generation(): number {
    return this.generationNow;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value under `key` if it has not expired at `at` (an expired one is dropped). */
  get(key: string, at: number): { value: T; expiresAt: number } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= at) {
      this.remove(key);
      return undefined;
    }
    if (this.bounds.refreshOnRead) {
      // A Map iterates in insertion order: set again, it is the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps `value` until `expiresAt`, dropping from the front until both bounds hold. */
  set(key: string, value: T, bytes: number, expiresAt: number): void {
    this.remove(key);
    while (
      this.entries.size &&
      (this.entries.size >= this.bounds.maxEntries || this.bytes + bytes > this.bounds.maxBytes)
    )
      this.remove(this.entries.keys().next().value as string);
    this.entries.set(key, { value, expiresAt, bytes });
    this.bytes += bytes;
  }

  clear(): void {
    this.generationNow += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    this.bytes -= this.entries.get(key)?.bytes ?? 0;
    this.entries.delete(key);
  }
}
