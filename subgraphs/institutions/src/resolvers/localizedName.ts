import type { LocalizedName } from '../entities/Institution';

/** The name in `lang`, falling back to the default name. */
export function localizedName(record: { name: string; names: LocalizedName[] }, lang?: string | null): string {
  if (!lang) return record.name;
  const wanted = lang.toLowerCase();
  return record.names.find((n) => n.language.toLowerCase() === wanted)?.value ?? record.name;
}
