/**
 * The id of a record whose table has a composite primary key: the key's columns joined
 * by ":" (ids are [a-z0-9-], see shared ID_PATTERN), so the same row always gets the same id and a client
 * cache can normalize it.
 */
export function recordId(...keyColumns: Array<string | number>): string {
  return keyColumns.join(':');
}
