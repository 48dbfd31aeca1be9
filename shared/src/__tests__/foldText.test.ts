import { buildSearchText, foldText } from '../text/foldText';

/**
 * Search and sort keys: case, diacritics and the usual Latin transliterations of
 * Azerbaijani, Turkish and German letters fold away, leaving only [a-z0-9] and single spaces.
 */
describe('foldText', () => {
  it('folds an Azerbaijani name and its ASCII spellings to one key', () => {
    expect(foldText('Azərişıq')).toBe('azerishiq');
    expect(foldText('AZƏRİŞIQ')).toBe('azerishiq');
    expect(foldText('AZERISHIQ')).toBe('azerishiq');
    expect(foldText('Azerishiq')).toBe('azerishiq');
  });

  it('transliterates ə to e, ş to sh, ç to ch and ğ to gh, in either case', () => {
    expect(foldText('ə Ə')).toBe('e e');
    expect(foldText('ş Ş')).toBe('sh sh');
    expect(foldText('ç Ç')).toBe('ch ch');
    expect(foldText('ğ Ğ')).toBe('gh gh');
    expect(foldText('Çağ')).toBe('chagh');
  });

  it('folds the dotless ı and the dotted İ to a plain i, and a plain I to i (not ı)', () => {
    expect(foldText('ı')).toBe('i');
    expect(foldText('İ')).toBe('i');
    expect(foldText('İstanbul')).toBe('istanbul');
    expect(foldText('ISTANBUL')).toBe('istanbul');
    expect(foldText('Işıq')).toBe('ishiq');
    // The lower-casing of İ leaves i + a combining dot; no stray dot or space survives.
    expect(foldText('İİ')).toBe('ii');
  });

  it('spells the German ß and ẞ as ss', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('STRASSE')).toBe('strasse');
    expect(foldText('ẞ')).toBe('ss');
  });

  it('drops umlauts and accents: ü folds to u (the Azerbaijani and Turkish spelling), not to the German ue', () => {
    expect(foldText('Müller')).toBe('muller');
    expect(foldText('Göygöl')).toBe('goygol');
    expect(foldText('Mueller')).toBe('mueller');
    expect(foldText('Müller')).not.toBe(foldText('Mueller'));
    expect(foldText('naïve café')).toBe('naive cafe');
  });

  it('removes combining marks whether the letter is precomposed or decomposed', () => {
    expect(foldText('e\u0301')).toBe('e');
    expect(foldText('\u00e9')).toBe('e');
    expect(foldText('u\u0308')).toBe(foldText('ü'));
    expect(foldText('a\u0300\u0301\u0302')).toBe('a');
  });

  it('transliterates the Nordic and Slavic letters that NFKD leaves whole', () => {
    expect(foldText('Æ æ')).toBe('ae ae');
    expect(foldText('Ø ø')).toBe('o o');
    expect(foldText('Đ đ')).toBe('d d');
    expect(foldText('Ł ł')).toBe('l l');
  });

  it('splits compatibility characters into their ASCII parts', () => {
    expect(foldText('ﬁ')).toBe('fi');
    expect(foldText('①')).toBe('1');
    expect(foldText('½')).toBe('1 2');
  });

  it('turns every run of punctuation and space into one space and trims the ends', () => {
    expect(foldText('  Baku -- State / University  ')).toBe('baku state university');
    expect(foldText('a\t\nb')).toBe('a b');
    expect(foldText('ADA-2024')).toBe('ada 2024');
  });

  it('gives an empty key for empty, blank or wholly non-Latin text', () => {
    expect(foldText('')).toBe('');
    expect(foldText('   ')).toBe('');
    expect(foldText('—!?')).toBe('');
    expect(foldText('中文')).toBe('');
  });

  it('is idempotent and yields only [a-z0-9] and single inner spaces', () => {
    const samples = ['Azərbaycan Texniki Universiteti', 'İŞ-ĞÜÇ Ltd.', 'Straße & Söhne', '  x  ', 'ÆØÅ 123'];
    for (const sample of samples) {
      const folded = foldText(sample);
      expect(folded).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      expect(foldText(folded)).toBe(folded);
    }
  });
});

describe('buildSearchText', () => {
  it('joins the terms as spelling skeletons between bars, so a match stays inside one term', () => {
    // ə is also typed as a: the term's skeleton with a follows it.
    expect(buildSearchText(['Azərişıq', 'Quba'])).toBe('|azerisiq|azarisiq|quba|');
  });

  it('keeps each term once, in first-seen order', () => {
    expect(buildSearchText(['Azərişıq', 'AZERISHIQ', 'Quba', 'azerishiq'])).toBe('|azerisiq|azarisiq|quba|');
  });

  it('adds a place name’s spellings in other languages after the term that names it', () => {
    expect(buildSearchText(['Baku'])).toBe('|baku|baki|');
  });

  it('skips null, undefined, empty terms and terms that fold to nothing', () => {
    expect(buildSearchText([null, 'Quba', undefined, '', '!!', '中文'])).toBe('|quba|');
    expect(buildSearchText([])).toBe('||');
  });
});
