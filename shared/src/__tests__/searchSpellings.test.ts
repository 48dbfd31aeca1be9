import { DataSource } from 'typeorm';
import { refreshSearchTexts } from '../database/refreshSearchTexts';
import { buildSearchText, foldText, rebuildSearchText, searchKey } from '../text/foldText';

/** Does a search for `typed` find a record whose search text was built from `names` (a word start inside one term)? */
function finds(names: string[], typed: string): boolean {
  const text = buildSearchText(names);
  const needle = searchKey(typed);
  return text.includes(`|${needle}`) || text.includes(` ${needle}`);
}

describe('search by every usual spelling', () => {
  it.each([
    ['Azərişıq ASC', 'azerisiq'],
    ['Azərişıq ASC', 'Azerisiq'],
    ['Azərişıq ASC', 'Azerishiq'],
    ['Azərişıq ASC', 'AZƏRİŞIQ'],
    ['Ganja Aluminium Complex', 'gence'],
    ['Ganja Aluminium Complex', 'Ganja'],
    ['Ganja Aluminium Complex', 'Gəncə alumin'],
    ['Azerbaijan Technical University', 'Aserbaidschan'],
    ['Azerbaijan Technical University', 'Azərbaycan Texniki'.slice(0, 10)],
    ['Xəzər University', 'Khezer'],
    ['Xəzər Universiteti', 'Xazar'],
    ['Xəzər Universiteti', 'Khazar univ'],
    ['Azərişıq ASC', 'azarisiq'],
    ['Çinar', 'chinar'],
    ['Göygöl', 'goeygoel'],
    ['Müller', 'mueller'],
    ['Bakı Dövlət Universiteti', 'baku dov'],
  ])('finds %s by %s', (name, typed) => {
    expect(finds([name], typed)).toBe(true);
  });

  it.each([
    ['Azərişıq ASC', 'azerbaijan'],
    ['Ganja Aluminium Complex', 'baku'],
    ['Azerbaijan Technical University', 'technical azerbaijan'],
    ['Baku State University', 'raktar'],
  ])('does not find %s by %s', (name, typed) => {
    expect(finds([name], typed)).toBe(false);
  });

  it('keeps sorting on plain folded text', () => {
    expect(foldText('Azərişıq')).toBe('azerishiq');
  });

  it('rebuilds a search text stored by earlier rules into the text built now, and leaves a current one as it is', () => {
    // A folded text no longer knows which "e" was an "ə" (typed "a" as well since), so
    // names with "ə" are rebuilt from the names themselves (RefreshSchwaSpellings).
    const names = ['Azerishiq ASC', 'Ganja Aluminium Complex'];
    const stored = `|${names.map(foldText).join('|')}|`;
    expect(rebuildSearchText(stored)).toBe(buildSearchText(names));
    expect(rebuildSearchText(buildSearchText(names))).toBe(buildSearchText(names));
    const schwa = ['Azərişıq ASC', 'Gəncə'];
    expect(rebuildSearchText(buildSearchText(schwa))).toBe(buildSearchText(schwa));
  });

  it("brings every stored row of a table up to today's rules in a migration", async () => {
    const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await dataSource.initialize();
    try {
      await dataSource.query('CREATE TABLE records (id varchar(64) PRIMARY KEY, search_text text NOT NULL)');
      const rows = Array.from({ length: 1_203 }, (_, i) => [
        `r${String(i).padStart(5, '0')}`,
        i % 2 ? `|ganja aluminium complex ${i}|` : `|azerishiq ${i}|`,
      ]);
      for (const [id, text] of rows)
        await dataSource.query('INSERT INTO records (id, search_text) VALUES (?, ?)', [id, text]);
      const runner = dataSource.createQueryRunner();
      await refreshSearchTexts(runner, ['records']);
      await runner.release();
      const after: Array<{ id: string; search_text: string }> = await dataSource.query(
        'SELECT id, search_text FROM records ORDER BY id',
      );
      expect(after).toHaveLength(rows.length);
      for (const [index, row] of after.entries()) expect(row.search_text).toBe(rebuildSearchText(rows[index][1]));
      expect(after[1].search_text).toContain('|gence aluminium complex 1|');
      expect(after[0].search_text).toBe('|azerisiq 0|');
    } finally {
      await dataSource.destroy();
    }
  });
});
