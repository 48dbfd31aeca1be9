import fs from 'node:fs';
import path from 'node:path';
import { recordKey } from '../sources/citationsLoader';
import type { SeedCheckRecord } from './seedValues';
import type { SeedCitation, SeedClaim } from './sources';

/**
 * The declared basis of every value of one seeded record: for each source it cites, the
 * fields (GraphQL names) whose values that source states; and the claims for the values
 * no source states (INFERRED with the rule, EDITORIAL with the reason).
 */
export interface SeedRecordProvenance {
  stated: Readonly<Record<string, readonly string[]>>;
  claims?: readonly SeedClaim[];
}

/** A subgraph's declarations, by record key (`<type>:<id>`). */
export type SeedProvenance = Readonly<Record<string, SeedRecordProvenance>>;

/** The record's citations, each with the fields its source states per the declarations. */
export function withStatedFields(
  recordKey: string,
  citations: readonly SeedCitation[],
  provenance: SeedProvenance,
): SeedCitation[] {
  const stated = provenance[recordKey]?.stated ?? {};
  return citations.map((c) => ({ ...c, fields: stated[c.sourceId] ?? [] }));
}

/** The record's INFERRED and EDITORIAL claims per the declarations. */
export function declaredClaims(recordKey: string, provenance: SeedProvenance): readonly SeedClaim[] {
  return provenance[recordKey]?.claims ?? [];
}

/** Where the text of each seeded document is kept: `documents/<source id>.txt`, as published. */
export const seedDocumentsDir = path.join(__dirname, 'documents');

/** The full text of a seeded document, or null when the project keeps none (an outlet known only by name). */
export function seedDocumentText(sourceId: string): string | null {
  const file = path.join(seedDocumentsDir, `${sourceId}.txt`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/**
 * A subgraph's builder of seed-check records: a record's values by GraphQL field, with its
 * citations (each with the fields its source states) and its declared claims.
 */
export function seedCheckRecorder(provenance: SeedProvenance) {
  return (
    type: string,
    record: { id: string; sources: readonly SeedCitation[] },
    values: SeedCheckRecord['values'],
  ): SeedCheckRecord => {
    const key = recordKey(type, record.id);
    return {
      recordKey: key,
      values,
      citations: withStatedFields(key, record.sources, provenance),
      claims: declaredClaims(key, provenance),
    };
  };
}
