import { foldText } from './foldText';

/**
 * A controlled vocabulary: each entry has a stable key, a label per language (ISO 639-1)
 * and, optionally, more words per language that people use for it (singular forms,
 * synonyms). Lookups fold text like names (see foldText), so case, diacritics and the
 * usual transliterations do not matter.
 */
export interface VocabularyEntry<K extends string = string> {
  key: K;
  /** The display label in each language; `en` is required and the fallback. */
  labels: { en: string } & Record<string, string>;
  /** Further words for the entry, per language, that searches and filters also accept. */
  terms?: Record<string, readonly string[]>;
}

export class Vocabulary<K extends string = string> {
  private readonly byKey = new Map<string, VocabularyEntry<K>>();
  /** Every folded label and term of each entry. */
  private readonly folded = new Map<K, string[]>();

  constructor(readonly entries: ReadonlyArray<VocabularyEntry<K>>) {
    for (const entry of entries) {
      this.byKey.set(entry.key, entry);
      const words = [...Object.values(entry.labels), ...Object.values(entry.terms ?? {}).flat()];
      this.folded.set(entry.key, [...new Set(words.map(foldText).filter(Boolean))]);
    }
  }

  entry(key: string): VocabularyEntry<K> | undefined {
    return this.byKey.get(key);
  }

  /** The entry's label in `lang`, English when the vocabulary has none in it; null for a key it does not know. */
  label(key: string, lang: string | null | undefined): string | null {
    const entry = this.byKey.get(key);
    if (!entry) return null;
    const language = lang?.trim().toLowerCase().split('-')[0];
    return (language && entry.labels[language]) || entry.labels.en;
  }

  /** Every label and term of the entry, folded (empty for an unknown key). */
  foldedWords(key: string): readonly string[] {
    return this.folded.get(key as K) ?? [];
  }

  /** The entry one of whose labels or terms is exactly `text` (folded), if any. */
  keyOf(text: string): K | null {
    const needle = foldText(text);
    if (!needle) return null;
    for (const [key, words] of this.folded) if (words.includes(needle)) return key;
    return null;
  }

  /**
   * The entries one of whose labels or terms has the folded `needle` where a word
   * starts, as in search: "artificial", "intelligenz" and "suni intellekt" all find
   * artificial intelligence.
   */
  keysMatching(needle: string): K[] {
    const folded = foldText(needle);
    if (!folded) return [];
    return [...this.folded]
      .filter(([, words]) => words.some((w) => ` ${w}`.includes(` ${folded}`)))
      .map(([key]) => key);
  }
}
