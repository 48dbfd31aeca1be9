import type { FieldName, programFieldRules } from '../mutations/programRules';

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

/** The stored columns every kind of programme has. */
export interface StoredProgramFields {
  description: string | null;
  areas: string[];
  startsOn: string | null;
  endsOn: string | null;
  status: string;
  agreementId: string | null;
  version: number;
}

/** The columns every kind of programme has after a row: what the row gives, else what is stored, else a creation's default. */
export function mergedProgramFields(
  f: ReturnType<typeof programFieldRules>,
  s: StoredProgramFields | undefined,
  id: string,
) {
  return {
    id,
    title: f.title as string,
    description: keep(f.description, s?.description),
    areas: f.areas ?? s?.areas ?? [],
    startsOn: keep(f.startsOn, s?.startsOn),
    endsOn: keep(f.endsOn, s?.endsOn),
    status: f.status ?? s?.status ?? 'ANNOUNCED',
    agreementId: keep(f.agreementId, s?.agreementId),
    version: s?.version ?? 1,
  };
}
