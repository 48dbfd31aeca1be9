import type { FieldName } from '../mutations/programRules';

/** Import problems name fields as the row does: `title`, `universityIds[1]`. */
export const rowField: FieldName = (name) => name;

/** A value the row gives, else the stored one, else null (a creation). */
export function keep<T>(given: T | null | undefined, stored: T | null | undefined): T | null {
  return given ?? stored ?? null;
}

/** The rules' fields with `null` read as "not given", so the stored value is kept. */
export function asGiven<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value ?? undefined])) as T;
}
