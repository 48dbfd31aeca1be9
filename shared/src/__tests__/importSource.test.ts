import { checkImportSource, importSourceId, type ImportSource } from '../import/importSource';

const source: ImportSource = {
  title: 'Annual report 2025',
  publisher: 'AzTU',
  url: 'https://aztu.edu.az/report-2025.pdf',
  publishedOn: '2025-03',
  language: 'az',
  quote: 'Signed with Azərişıq',
  file: 'agreements.csv',
  row: 2,
};

describe('importSourceId', () => {
  it('gives the same id for the same document, whatever the row, file or quote citing it', () => {
    expect(importSourceId({ ...source, row: 9, file: 'other.csv', quote: null })).toBe(importSourceId(source));
    expect(importSourceId({ ...source, title: '  Annual report 2025 ' })).toBe(importSourceId(source));
    expect(importSourceId(source)).toMatch(/^src-[0-9a-f]{24}$/);
  });

  it('gives another id when the title, publisher, URL, date or language differ', () => {
    const variants: Array<Partial<ImportSource>> = [
      { title: 'Annual report 2024' },
      { publisher: null },
      { url: null },
      { publishedOn: '2025' },
      { language: 'en' },
    ];
    const ids = new Set([importSourceId(source), ...variants.map((v) => importSourceId({ ...source, ...v }))]);
    expect(ids.size).toBe(variants.length + 1);
  });

  it('treats an absent optional part like null', () => {
    const { publisher: _p, url: _u, publishedOn: _d, ...bare } = source;
    expect(importSourceId(bare)).toBe(importSourceId({ ...bare, publisher: null, url: null, publishedOn: null }));
  });
});

describe('checkImportSource', () => {
  it('finds nothing wrong with a complete source, or one with only title, language, file and row', () => {
    expect(checkImportSource(source)).toEqual([]);
    expect(checkImportSource({ title: 'T', language: 'de', file: 'f.csv', row: 1 })).toEqual([]);
  });

  it('refuses a missing source', () => {
    expect(checkImportSource(null)).toEqual([
      { field: 'source', reason: 'missing: every imported row needs the document that states it' },
    ]);
    expect(checkImportSource(undefined)).toHaveLength(1);
  });

  it('names each field that is missing, too long or malformed, under `source.`', () => {
    const problems = checkImportSource({
      title: '  ',
      publisher: 'p'.repeat(301),
      url: 'www.example.com',
      publishedOn: '2025-02-30',
      language: 'aze',
      quote: 'q'.repeat(5001),
      file: '',
      row: 0,
    });
    expect(problems).toEqual([
      { field: 'source.title', reason: 'missing' },
      { field: 'source.publisher', reason: 'longer than 300 characters' },
      { field: 'source.quote', reason: 'longer than 5000 characters' },
      { field: 'source.file', reason: 'missing' },
      { field: 'source.url', reason: 'not an http(s) URL: www.example.com' },
      { field: 'source.language', reason: 'not an ISO 639-1 code (two lowercase letters): aze' },
      { field: 'source.publishedOn', reason: 'not a date (YYYY, YYYY-MM or YYYY-MM-DD): 2025-02-30' },
      { field: 'source.row', reason: 'not a row number: 0' },
    ]);
  });

  it('takes text at its limit and refuses one character more', () => {
    expect(checkImportSource({ ...source, title: 't'.repeat(500) })).toEqual([]);
    expect(checkImportSource({ ...source, title: 't'.repeat(501) })).toEqual([
      { field: 'source.title', reason: 'longer than 500 characters' },
    ]);
  });

  it('refuses a fractional or unsafe row number and a URL with spaces', () => {
    expect(checkImportSource({ ...source, row: 2.5 }).map((p) => p.field)).toEqual(['source.row']);
    expect(checkImportSource({ ...source, row: Number.MAX_SAFE_INTEGER + 1 }).map((p) => p.field)).toEqual([
      'source.row',
    ]);
    expect(checkImportSource({ ...source, url: 'https://x.az/a b' }).map((p) => p.field)).toEqual(['source.url']);
    expect(checkImportSource({ ...source, url: 'HTTP://X.AZ/' })).toEqual([]);
  });
});
