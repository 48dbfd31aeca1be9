import type { CountRow } from '../repositories/AgreementRepository';

export interface Bucket {
  key: string | null;
  label: string;
  count: number;
}

/** "MEMORANDUM_OF_UNDERSTANDING" → "Memorandum of understanding". */
export function codeLabel(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const compareKeys = (x: string | null, y: string | null) =>
  x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;

/**
 * Buckets with their labels, in the documented order: years chronologically with
 * the bucket without a value last, every other dimension by count (largest first),
 * ties by key.
 */
export function toBuckets(
  rows: CountRow[],
  label: (key: string) => string,
  missing: string,
  chronological: boolean,
): Bucket[] {
  const buckets = rows.map((r) => ({ key: r.key, label: r.key === null ? missing : label(r.key), count: r.count }));
  return buckets.sort((x, y) =>
    chronological ? compareKeys(x.key, y.key) : y.count - x.count || compareKeys(x.key, y.key),
  );
}

const identity = (key: string) => key;

export const agreementBucketLabels = {
  YEAR: { label: identity, missing: 'undated' },
  KIND: { label: codeLabel, missing: 'no kind' },
  STATUS: { label: codeLabel, missing: 'no status' },
  AREA: { label: identity, missing: 'no area' },
  PARTY_ROLE: { label: codeLabel, missing: 'no role stated' },
  PARTY_COUNTRY: { label: identity, missing: 'country unknown' },
  PARTY_KIND: { label: codeLabel, missing: 'kind unknown' },
} as const;

export const eventBucketLabels = {
  YEAR: { label: identity, missing: 'undated' },
  KIND: { label: codeLabel, missing: 'no kind' },
  ONLINE: { label: (key: string) => (key === 'true' ? 'online' : 'in person'), missing: 'not stated' },
} as const;
