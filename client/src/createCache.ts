import { InMemoryCache, type InMemoryCacheConfig } from '@apollo/client/core';
import possibleTypesResult from './generated/possibleTypes';
import { createTypePolicies } from './typePolicies';

/** Which object types each interface and union may be (generated from schema/api.graphql). */
export const possibleTypes = possibleTypesResult.possibleTypes;

/**
 * The normalized cache for the partnership graph: `possibleTypes` and the kit's type
 * policies, so every answer reads back from the cache exactly as the server sent it.
 * `options` are passed on to InMemoryCache (type policies given there are added).
 */
export function createCache(options: InMemoryCacheConfig = {}): InMemoryCache {
  return new InMemoryCache({
    ...options,
    possibleTypes: { ...possibleTypes, ...options.possibleTypes },
    typePolicies: { ...createTypePolicies(), ...options.typePolicies },
  });
}
