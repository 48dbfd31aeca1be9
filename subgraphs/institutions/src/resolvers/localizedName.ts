import type { LocalizedName } from '../entities/Institution';

/**
 * The name to serve: in `lang` when given, else in the first of the request's
 * preferred languages the record has, else the default name — with the language
 * actually served (the default name's language is its entry in `names`).
 */
export function localizedName(
  record: { name: string; names: LocalizedName[] },
  lang: string | null | undefined,
  preferred: readonly string[],
): LocalizedName {
  const wanted = lang ? [lang.toLowerCase()] : preferred;
  for (const language of wanted) {
    const found = record.names.find((n) => n.language.toLowerCase() === language);
    if (found) return found;
  }
  const fallback = record.names.find((n) => n.value === record.name);
  return { language: fallback?.language ?? 'und', value: record.name };
}
