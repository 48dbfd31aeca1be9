import type { SeedCitation, SeedClaim } from './sources';

/**
 * A seeded value as the seed check holds it against the documents:
 * - `text`: words a document must contain (each element of a list, each passage of a
 *   text joined with " … "), compared case-, quote-mark- and spacing-insensitively;
 * - `date`: the document must contain its year;
 * - `fact`: a classification or a reference (a kind, a party): the citation must quote
 *   the passage that states it (and the quote is held against the document).
 */
export type SeedValue = { text: readonly string[] } | { date: string } | { fact: true; elements?: readonly string[] };

/** Builders of the values the seed check holds against the documents (see SeedValue). */
export const seedValues = {
  /** Words a document must contain; empty and null elements are left out. */
  text: (...values: ReadonlyArray<string | null | undefined>): SeedValue | null => {
    const text = values.filter((v): v is string => v != null && v.trim() !== '');
    return text.length ? { text } : null;
  },
  date: (value: string | null | undefined): SeedValue | null => (value ? { date: value } : null),
  /** A classification or reference; absent when null, false or an empty list. */
  fact: (value: unknown): SeedValue | null => {
    if (value == null || value === false || (Array.isArray(value) && value.length === 0)) return null;
    return Array.isArray(value) ? { fact: true, elements: value.map(String) } : { fact: true };
  },
};

/** One seeded record as the seed check reads it. */
export interface SeedCheckRecord {
  recordKey: string;
  /** Each field that holds a value; null (or an empty text list) for a field without one. */
  values: Readonly<Record<string, SeedValue | null>>;
  citations: readonly SeedCitation[];
  claims: readonly SeedClaim[];
}
