import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createClaimsLoader } from '../provenance/claimsLoader';
import { createCitationsLoader } from '../sources/citationsLoader';
import { createSourceDocumentLoader, createSourcesCitedLoader } from '../sources/sourceResolvers';
import { groupRows, indexRows } from './keyset';

/**
 * The request loaders every subgraph builds from its repositories: each batches every
 * lookup of its kind in a request into one statement.
 */

/** Records by id: one statement per batch, null for an id without a record. */
export function recordLoader<R extends { id: string }>(
  findByIds: (ids: readonly string[]) => Promise<R[]>,
): DataLoader<string, R | null> {
  return new DataLoader(async (ids) => indexRows(ids, await findByIds(ids), (row) => row.id));
}

/**
 * The rows of each parent (`keyOf` names a row's parent: a function, or the row's column
 * that holds the parent's id): one statement per batch, an empty list for a parent without rows.
 */
export function groupLoader<R>(
  findByParentIds: (ids: readonly string[]) => Promise<R[]>,
  keyOf: ((row: R) => string) | (keyof R & string),
): DataLoader<string, R[]> {
  const parentOf = typeof keyOf === 'function' ? keyOf : (row: R) => row[keyOf] as string;
  return new DataLoader(async (ids) => groupRows(ids, await findByParentIds(ids), parentOf));
}

/** One value per key from a statement that answers a map (grouped counts): `missing` for a key it leaves out. */
export function mapLoader<V>(
  findByKeys: (ids: readonly string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const values = await findByKeys(ids);
    return ids.map((id) => values.get(id) ?? missing);
  });
}

/** The loaders behind every subgraph's `citations`, `provenance`, `sources` and `Source` fields. */
export function citationLoaders(dataSource: DataSource) {
  return {
    citations: createCitationsLoader(dataSource),
    claims: createClaimsLoader(dataSource),
    sourceDocument: createSourceDocumentLoader(dataSource),
    sourcesCited: createSourcesCitedLoader(dataSource),
  };
}
