/**
 * Deterministic randomness. Every generated record draws from its own stream,
 * seeded by (seed, table, index): a record does not depend on the records generated
 * before it, so any chunk can be built on its own and the same seed gives the same
 * rows whatever the batch size.
 */

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of three integers (murmur3's finaliser over a simple combine). */
export function hash3(a: number, b: number, c: number): number {
  let h = fmix((a ^ 0x9e3779b9) >>> 0);
  h = fmix((h ^ Math.imul(b + 0x632be59b, 0x27d4eb2f)) >>> 0);
  h = fmix((h ^ Math.imul(c + 0x7f4a7c15, 0x165667b1)) >>> 0);
  return h;
}

/** mulberry32: small, fast, good enough for synthetic data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(table: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.next() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1][0];
  }

  /** `count` distinct items of `list` (count ≤ list.length), in drawn order. */
  sample<T>(list: readonly T[], count: number): T[] {
    const picked = new Set<number>();
    const out: T[] = [];
    while (out.length < count) {
      const i = this.int(list.length);
      if (!picked.has(i)) {
        picked.add(i);
        out.push(list[i]);
      }
    }
    return out;
  }
}

export function rngFor(seed: number, stream: number, index: number): Rng {
  return new Rng(hash3(seed, stream, index));
}
