import { fulltextQuery, fulltextWords, searchNeedle } from '../database/textSearch';

describe('text search terms', () => {
  it('folds the needle to its spelling skeleton and refuses one over 200 characters, naming the argument', () => {
    expect(searchNeedle('  Azərişıq  ASC ')).toBe('azerisiq asc');
    expect(searchNeedle('   ')).toBeNull();
    expect(searchNeedle(null)).toBeNull();
    expect(() => searchNeedle('x'.repeat(201), 'filter.search')).toThrow(
      /filter\.search.*at most 200 characters|at most 200 characters/,
    );
  });

  it('asks the FULLTEXT index only for words it holds: long enough for the server, not stopwords', () => {
    expect(fulltextWords('baku state university of it', { minWord: 3 })).toEqual(['baku', 'state', 'university']);
    expect(fulltextWords('baku state university of it', { minWord: 5 })).toEqual(['state', 'university']);
    expect(fulltextQuery('baku state', { minWord: 3 })).toBe('+baku* +state*');
    // Nothing the index holds: no FULLTEXT step (the rows are tested in order).
    expect(fulltextQuery('of it', { minWord: 3 })).toBeNull();
  });
});
