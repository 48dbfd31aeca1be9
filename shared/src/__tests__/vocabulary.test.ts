import { Vocabulary } from '../text/vocabulary';

const areas = new Vocabulary([
  {
    key: 'ai',
    labels: { en: 'artificial intelligence', de: 'künstliche Intelligenz', az: 'süni intellekt' },
    terms: { en: ['AI', 'machine learning'] },
  },
  { key: 'oil', labels: { en: 'oil and gas', az: 'neft və qaz' } },
  { key: 'science', labels: { en: 'science', de: 'Wissenschaft', az: 'elm' } },
]);

/** A controlled vocabulary: stable keys, labels per language, lookups that fold text. */
describe('Vocabulary', () => {
  it('gives the label in the asked language, by its primary subtag and in any case, and English otherwise', () => {
    expect(areas.label('ai', 'de')).toBe('künstliche Intelligenz');
    expect(areas.label('ai', ' AZ-Latn ')).toBe('süni intellekt');
    expect(areas.label('oil', 'de')).toBe('oil and gas');
    expect(areas.label('oil', null)).toBe('oil and gas');
    expect(areas.label('oil', '')).toBe('oil and gas');
  });

  it('answers null and an empty word list for a key it does not know', () => {
    expect(areas.label('nope', 'en')).toBeNull();
    expect(areas.entry('nope')).toBeUndefined();
    expect(areas.foldedWords('nope')).toEqual([]);
  });

  it('finds the entry one of whose labels or terms is exactly the text, folded', () => {
    expect(areas.keyOf('SÜNİ İNTELLEKT')).toBe('ai');
    expect(areas.keyOf('Kunstliche Intelligenz')).toBe('ai');
    expect(areas.keyOf('machine-learning')).toBe('ai');
    expect(areas.keyOf('Neft və Qaz')).toBe('oil');
    expect(areas.keyOf('intelligence')).toBeNull();
    expect(areas.keyOf('   ')).toBeNull();
  });

  it('finds every entry with a word starting with the needle, as search does', () => {
    expect(areas.keysMatching('intel')).toEqual(['ai']);
    expect(areas.keysMatching('suni intellekt')).toEqual(['ai']);
    expect(areas.keysMatching('SC')).toEqual(['science']);
    // Inside a word is no match: "ence" does not find science or intelligence.
    expect(areas.keysMatching('ence')).toEqual([]);
    expect(areas.keysMatching('')).toEqual([]);
  });

  it('keeps each entry’s folded words once', () => {
    const v = new Vocabulary([
      { key: 'k', labels: { en: 'Baku', az: 'Bakı', de: 'Baku' }, terms: { en: ['BAKU', '!!'] } },
    ]);
    expect(v.foldedWords('k')).toEqual(['baku', 'baki']);
  });
});
