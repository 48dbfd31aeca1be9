/**
 * Folds text for search and sorting so that case, diacritics and the usual Latin
 * transliterations of Azerbaijani, Turkish and German letters compare equal:
 * "Azərişıq", "AZERISHIQ" and "Azerishiq" all fold to "azerishiq".
 * The result holds only [a-z0-9] and single spaces, so it orders the same on every database.
 */
const transliterations: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ş: 'sh',
  ç: 'ch',
  ğ: 'gh',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  đ: 'd',
  ł: 'l',
};

export function foldText(text: string): string {
  const lowered = text.toLocaleLowerCase('en').replace(/i̇/g, 'i');
  let mapped = '';
  for (const ch of lowered) mapped += transliterations[ch] ?? ch;
  return mapped
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Joins folded terms into one searchable text; `|` keeps a match inside one term. */
export function buildSearchText(terms: ReadonlyArray<string | null | undefined>): string {
  const folded = new Set<string>();
  for (const term of terms) {
    if (term) {
      const value = foldText(term);
      if (value) folded.add(value);
    }
  }
  return `|${[...folded].join('|')}|`;
}
