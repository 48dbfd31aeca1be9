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

/**
 * Letters people type for another spelling of the same sound, made equal on both sides of
 * a search (the stored text and the needle): Azerbaijani and Turkish letters typed as plain
 * Latin one way ("ş" as "s") or the other ("sh"), German "oe"/"ue"/"ae" for "ö"/"ü"/"ä",
 * and "kh" for the Azerbaijani "x". After foldText, so "Azərişıq", "azerishiq" and
 * "azerisiq" all become "azerisiq". Sorting keeps foldText alone.
 */
const spellingSkeleton: ReadonlyArray<[RegExp, string]> = [
  [/sh/g, 's'],
  [/ch/g, 'c'],
  [/gh/g, 'g'],
  [/kh/g, 'x'],
  [/oe/g, 'o'],
  [/ue/g, 'u'],
  [/ae/g, 'a'],
];

export function searchSkeleton(folded: string): string {
  return spellingSkeleton.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), folded);
}

/**
 * Names of one place or country in the languages people search in (folded): a record
 * that names one is also found by the others ("Aserbaidschan" finds "Azerbaijan
 * Technical University", "gence" and "Ganja" find the Ganja Aluminium Complex).
 */
const placeNames: ReadonlyArray<readonly string[]> = [
  ['azerbaijan', 'azerbaycan', 'aserbaidschan', 'azerbaidschan', 'azerbaidjan', 'azerbaidzhan'],
  ['ganja', 'gence', 'gandscha', 'gandzha'],
  ['baku', 'baki'],
  ['mingachevir', 'mingecevir', 'mingatschewir'],
  ['sumgait', 'sumqayit'],
  ['germany', 'deutschland', 'almaniya'],
  ['turkey', 'turkiye', 'turkei'],
  ['china', 'cin'],
];

/** The place names as spelling skeletons, which is how search texts hold them. */
const placeSkeletons = placeNames.map((names) => [...new Set(names.map(searchSkeleton))]);

/** Where a word (a skeleton) starts with one of a place's names: the term with the word's other spellings. */
function placeNameVariants(term: string): string[] {
  const words = term.split(' ');
  const variants: string[] = [];
  words.forEach((word, index) => {
    for (const names of placeSkeletons) {
      const name = names.filter((candidate) => word.startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
      if (!name) continue;
      for (const other of names) {
        if (other !== name)
          variants.push(
            [...words.slice(0, index), other + word.slice(name.length), ...words.slice(index + 1)].join(' '),
          );
      }
    }
  });
  return variants;
}

/**
 * The searchable text of folded terms: each term as a spelling skeleton, and its other
 * place-name spellings, between `|` (a match stays inside one term). A stored text's terms
 * rebuild to the same text, so it also brings a text stored before up to today's rules.
 */
export function searchTextOfFolded(foldedTerms: Iterable<string>): string {
  const texts = new Set<string>();
  for (const term of foldedTerms) {
    if (!term) continue;
    const skeleton = searchSkeleton(term);
    texts.add(skeleton);
    for (const variant of placeNameVariants(skeleton)) texts.add(variant);
  }
  return `|${[...texts].join('|')}|`;
}

/** A stored search text rebuilt by today's rules (see searchTextOfFolded); migrations use it. */
export function rebuildSearchText(stored: string): string {
  return searchTextOfFolded(stored.split('|'));
}

/** The needle a search compares with search texts: folded, as a spelling skeleton. */
export function searchKey(text: string): string {
  return searchSkeleton(foldText(text));
}

/**
 * Joins folded terms into one searchable text; `|` keeps a match inside one term. A term
 * with the Azerbaijani "ə" is also kept with "a" for it (foldText makes it "e"), since
 * people type it either way: "Xazar" and "Khazar" find "Xəzər" as "Xezer" does.
 */
export function buildSearchText(terms: ReadonlyArray<string | null | undefined>): string {
  return searchTextOfFolded(
    terms.flatMap((term) => {
      if (!term) return [];
      return /[əƏ]/.test(term) ? [foldText(term), foldText(term.replace(/[əƏ]/g, 'a'))] : [foldText(term)];
    }),
  );
}
