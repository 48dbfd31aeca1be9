/** The schema coordinates a breaking change reaches: exact ones, and whole types (`Type.` prefixes). */
export interface ChangedCoordinates {
  exact: string[];
  /** `Type.`: every coordinate of a type removed or changed in kind. */
  prefixes: string[];
}

/**
 * Which recorded coordinates a breaking change (graphql-js's `findBreakingChanges`, by
 * its type and description) would break: `Type.field` for a removed or retyped field or
 * a new required argument, `Type.field(arg:)` for a removed or retyped argument,
 * `Enum.VALUE` for a removed enum value, and every coordinate of a removed type, a type
 * that changed kind, a union member removed, or an input type that gained a required
 * field. Null for a change usage cannot speak to (a directive's, an interface no longer
 * implemented): it stays blocking unless accepted.
 */
export function changedCoordinates(change: { type: string; description: string }): ChangedCoordinates | null {
  const { type, description } = change;
  const match = (pattern: RegExp) => pattern.exec(description);
  let m: RegExpExecArray | null;
  switch (type) {
    case 'FIELD_REMOVED':
    case 'FIELD_CHANGED_KIND':
      m = match(/^(\w+)\.(\w+) (?:was removed|changed type)/);
      return m ? { exact: [`${m[1]}.${m[2]}`], prefixes: [] } : null;
    case 'ARG_REMOVED':
    case 'ARG_CHANGED_KIND':
      m = match(/^(\w+)\.(\w+) arg (\w+) /);
      return m ? { exact: [`${m[1]}.${m[2]}(${m[3]}:)`], prefixes: [] } : null;
    case 'REQUIRED_ARG_ADDED':
      m = match(/^A required arg \w+ on (\w+)\.(\w+) was added/);
      return m ? { exact: [`${m[1]}.${m[2]}`], prefixes: [] } : null;
    case 'VALUE_REMOVED_FROM_ENUM':
      m = match(/^(\w+) was removed from enum type (\w+)/);
      return m ? { exact: [`${m[2]}.${m[1]}`], prefixes: [] } : null;
    case 'TYPE_REMOVED':
    case 'TYPE_CHANGED_KIND':
      m = match(/^(\w+) (?:was removed|changed from)/);
      return m ? { exact: [], prefixes: [`${m[1]}.`] } : null;
    case 'TYPE_REMOVED_FROM_UNION':
      m = match(/^(\w+) was removed from union type/);
      return m ? { exact: [], prefixes: [`${m[1]}.`] } : null;
    case 'REQUIRED_INPUT_FIELD_ADDED':
      m = match(/^A required field \w+ on input type (\w+) was added/);
      return m ? { exact: [], prefixes: [`${m[1]}.`] } : null;
    default:
      return null;
  }
}

/** Whether a recorded coordinate is one the change reaches. */
export function reaches(changed: ChangedCoordinates, coordinate: string): boolean {
  return changed.exact.includes(coordinate) || changed.prefixes.some((prefix) => coordinate.startsWith(prefix));
}
