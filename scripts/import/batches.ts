import type { RecordType } from './recordTypes';
import type { InputRow } from './rowInputs';

/**
 * Splits rows into batches for the import mutations (at most `maxRows` rows and about
 * `maxBytes` of JSON each), keeping rows that refer to each other (an institution and
 * its parent, in either order in the file) in one batch, so the subgraph can check and
 * write them together. Batches follow the file's order.
 */
export function batchRows(rows: InputRow[], type: RecordType, maxRows: number, maxBytes = 600_000): InputRow[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [referenceField, targetField] of Object.entries(type.references)) {
    const byTarget = new Map<unknown, number>();
    rows.forEach((row, i) => {
      const value = row.input[targetField];
      if (value != null && !byTarget.has(value)) byTarget.set(value, i);
    });
    rows.forEach((row, i) => {
      const target = byTarget.get(row.input[referenceField]);
      if (row.input[referenceField] != null && target !== undefined) parent[find(i)] = find(target);
    });
  }
  const groups = new Map<number, InputRow[]>();
  rows.forEach((row, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(row);
    groups.set(root, group);
  });
  const batches: InputRow[][] = [];
  let current: InputRow[] = [];
  let bytes = 0;
  for (const group of groups.values()) {
    const size = group.reduce((sum, row) => sum + JSON.stringify(row.input).length, 0);
    if (current.length && (current.length + group.length > maxRows || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(...group);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}
