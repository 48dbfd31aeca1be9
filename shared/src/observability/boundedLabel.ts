/** The label value every name beyond the bound (or not shaped like a name) is counted under. */
export const OTHER_LABEL = '_OTHER';

/**
 * The values one metric label may take, bounded: every series is kept in memory until
 * the process ends and scraped every time, so a label whose values come from clients
 * (an operation's name) must not grow without limit. The first `max` distinct names
 * are kept as they are; any later one, and anything that is not a plain name of at
 * most 100 characters, is `_OTHER`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max || !/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(value)) return OTHER_LABEL;
    this.seen.add(value);
    return value;
  }
}
