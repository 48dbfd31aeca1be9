import { recordClaims } from '../provenance/provenanceResolvers';
import { seedValues, type SeedCheckRecord } from '../seed/seedValues';
import { checkSeedProvenance } from '../testing/checkSeedProvenance';

const { text, date, fact } = seedValues;
const documents: Record<string, string> = {
  doc: 'Baku, 4 July 2025 – The  Innovation Center and “Bayraktar” signed a memorandum.',
};
const documentText = (id: string) => documents[id] ?? null;

/** A record that passes: every value stated by the document or covered by a claim. */
function record(overrides: Partial<SeedCheckRecord> = {}): SeedCheckRecord {
  return {
    recordKey: 'agreement:x',
    values: {
      title: text('the Innovation Center and Bayraktar signed'),
      signedOn: date('2025-07-04'),
      parties: fact(['innovation-center', 'bayraktar']),
      areas: text('science', 'innovation'),
    },
    citations: [
      {
        sourceId: 'doc',
        quote: 'The Innovation Center and “Bayraktar” signed',
        fields: ['title', 'signedOn', 'parties'],
      },
    ],
    claims: [
      { field: 'areas', value: 'science', basis: 'EDITORIAL', reason: 'The memorandum is about science.' },
      { field: 'areas', value: 'innovation', basis: 'INFERRED', rule: 'An innovation centre signs about innovation.' },
    ],
    ...overrides,
  };
}

describe('the seed check', () => {
  it('passes a record whose quotes are verbatim and whose values all have a basis', () => {
    expect(checkSeedProvenance([record()], documentText)).toEqual([]);
  });

  it('finds a quote that is not verbatim in its document', () => {
    const problems = checkSeedProvenance(
      [record({ citations: [{ sourceId: 'doc', quote: 'The Innovation Centre signed', fields: [] }] })],
      documentText,
    );
    expect(problems.map((p) => p.problem)).toContainEqual(expect.stringMatching(/^quote not verbatim in doc/));
  });

  it('finds a citation declared to state a value its document does not contain', () => {
    const problems = checkSeedProvenance(
      [
        record({
          values: { ...record().values, city: text('Ganja') },
          citations: [{ ...record().citations[0], fields: ['title', 'city'] }],
        }),
      ],
      documentText,
    );
    expect(problems).toContainEqual({
      recordKey: 'agreement:x',
      field: 'city',
      problem: 'doc does not contain any of: Ganja',
    });
  });

  it('finds a date whose year the document does not give', () => {
    const problems = checkSeedProvenance(
      [record({ values: { ...record().values, signedOn: date('2024-07-04') } })],
      documentText,
    );
    expect(problems.map((p) => p.field)).toContain('signedOn');
  });

  it('finds a value with no basis, and a list element no claim covers', () => {
    const problems = checkSeedProvenance(
      [record({ values: { ...record().values, kind: fact('MOU') }, claims: record().claims.slice(1) })],
      documentText,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'kind', problem: expect.stringMatching(/has no basis/) }),
        expect.objectContaining({ field: 'areas', problem: expect.stringMatching(/^"science" has no basis/) }),
      ]),
    );
  });

  it('finds a reference stated without a quote, a claim without its rule and a claim for a value not held', () => {
    const problems = checkSeedProvenance(
      [
        record({
          citations: [{ sourceId: 'doc', fields: ['parties'] }],
          claims: [
            { field: 'areas', basis: 'INFERRED', rule: ' ' },
            { field: 'title', basis: 'EDITORIAL', reason: 'described' },
            { field: 'signedOn', basis: 'EDITORIAL', reason: 'known' },
            { field: 'parties', value: 'aztu', basis: 'EDITORIAL', reason: 'known' },
          ],
        }),
      ],
      documentText,
    );
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual(
      expect.arrayContaining([
        'parties: doc states it without a quote',
        'areas: a INFERRED claim without its rule',
        'parties: a EDITORIAL claim for "aztu", which the field does not hold',
      ]),
    );
  });

  it('refuses a document the project keeps no text of as the source of a value', () => {
    const problems = checkSeedProvenance(
      [record({ citations: [...record().citations, { sourceId: 'outlet', fields: ['title'] }] })],
      documentText,
    );
    expect(problems).toContainEqual({
      recordKey: 'agreement:x',
      field: 'title',
      problem: 'outlet is declared to state it, but the project keeps no text of it',
    });
  });
});

describe('recordClaims', () => {
  const source = {
    id: 'doc',
    title: 'T',
    titleIsDescriptive: false,
    publisher: null,
    url: null,
    publishedOn: null,
    language: 'en',
  };
  it('groups the citations stating a field into one STATED claim, and shows imported columns as IMPORTED', () => {
    const claims = recordClaims(
      [
        { source, quote: 'first', importedFrom: null, fields: ['name', 'city'] },
        { source: { ...source, id: 'doc2' }, quote: 'second', importedFrom: null, fields: ['name'] },
        {
          source: { ...source, id: 'file' },
          quote: null,
          importedFrom: { file: 'a.csv', row: 3, importedAt: '2026-01-01T00:00:00Z' },
          fields: ['country'],
        },
      ],
      [
        {
          id: 'c1',
          recordKey: 'institution:x',
          field: 'city',
          value: null,
          basis: 'EDITORIAL',
          rule: null,
          reason: 'known',
          addedBy: 'seed editors',
        },
      ],
    );
    expect(claims.map((c) => [c.field, c.basis, c.citations.map((x) => x.source.id), c.quote])).toEqual([
      ['city', 'STATED', ['doc'], 'first'],
      ['city', 'EDITORIAL', [], null],
      ['country', 'IMPORTED', ['file'], null],
      ['name', 'STATED', ['doc', 'doc2'], 'first'],
    ]);
    expect(claims[2].importedFrom).toEqual({
      file: 'a.csv',
      row: 3,
      importedAt: '2026-01-01T00:00:00Z',
      column: 'country',
    });
  });
});
