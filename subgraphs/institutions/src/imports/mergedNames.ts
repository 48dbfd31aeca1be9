import type { LocalizedName } from '../entities/Institution';

/** A record with a default name among its localized names (an institution, a person). */
interface NamedRecord {
  name: string;
  names: LocalizedName[];
}

/** The default name's language as stored: the language of the names entry that is the default name. */
function defaultLanguage(record: NamedRecord): string {
  return record.names.find((n) => n.value === record.name)?.language ?? 'en';
}

/** The stored names other than the default one. */
function otherNames(record: NamedRecord): LocalizedName[] {
  const language = defaultLanguage(record);
  const index = record.names.findIndex((n) => n.language === language && n.value === record.name);
  return record.names.filter((_, i) => i !== index);
}

/**
 * A record's names after an import row: the row's default name first, in the row's
 * language, else the stored default's, else English; then the row's other names or,
 * when it gives none, the stored ones, without a second copy of the default.
 */
export function mergedNames(
  row: { name: string; nameLanguage: string | null; names: LocalizedName[] | null },
  stored: NamedRecord | null,
): LocalizedName[] {
  const language = row.nameLanguage ?? (stored ? defaultLanguage(stored) : 'en');
  const others = (row.names ?? (stored ? otherNames(stored) : [])).filter(
    (n) => !(n.language === language && n.value === row.name),
  );
  return [{ language, value: row.name }, ...others];
}
