import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphQLInputObjectType } from 'graphql';
import { parseImportArgs } from '../args';
import { batchRows } from '../batches';
import { buildImportSchema } from '../importFile';
import { parseCsv } from '../csv';
import { readInputFile } from '../readInputFile';
import { recordTypeFor, recordTypes } from '../recordTypes';
import { rowsFromRor } from '../ror';
import {
  checkRows,
  FileProblem,
  looksLikeFormula,
  rejectDuplicateRows,
  rowsFromCsv,
  rowsFromJson,
  type InputRow,
} from '../rowInputs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-import-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

// A small input type of the same shape as the import mutations' (the real ones live in schema/api.graphql).
const schema = buildImportSchema(`
  scalar Date
  enum Kind { UNIVERSITY COMPANY }
  input NameInput { language: String! value: String! }
  input SourceInput { title: String! url: String publishedOn: Date language: String! file: String! row: Int! }
  input RowInput { id: ID name: String! kind: Kind! country: String names: [NameInput!] aliases: [String!] seats: Int online: Boolean parentId: ID source: SourceInput! }
  type Query { ok: Boolean }
`);
const rowInput = schema.getType('RowInput') as GraphQLInputObjectType;
const header = 'id,name,kind,country,names,aliases,seats,online,parentId,source.title,source.language';
const institutions = recordTypes.find((t) => t.name === 'institutions')!;

describe('reading an import file', () => {
  it('refuses an empty file, saying so', () => {
    expect(() => readInputFile(write('empty.csv', ''))).toThrow(/empty\.csv is empty: nothing to import/);
  });

  it('refuses a Latin-1 file with the line of the first byte UTF-8 cannot hold, and says to save as UTF-8', () => {
    const latin1 = Buffer.from(
      `${header}\nx,Gence Universiteti,UNIVERSITY,AZ\ny,G\u00e6nc\u00e6 M\u00fch\u00e6ndislik,UNIVERSITY,AZ\n`,
      'latin1',
    );
    expect(() => readInputFile(write('latin1.csv', latin1))).toThrow(
      /latin1\.csv is not UTF-8: line 3 has the byte 0xE6.*Latin-1.*save the file as UTF-8/,
    );
  });

  it('refuses UTF-16 and strips a UTF-8 byte-order mark', () => {
    expect(() => readInputFile(write('utf16.csv', Buffer.from('\ufeffid,name', 'utf16le')))).toThrow(/UTF-16/);
    expect(readInputFile(write('bom.csv', '\ufeffid,name\n'))).toBe('id,name\n');
  });

  it('refuses a 200 MB file before reading it, saying how to split it', () => {
    const file = path.join(dir, 'huge.csv');
    const handle = fs.openSync(file, 'w');
    fs.ftruncateSync(handle, 200 * 1024 * 1024);
    fs.closeSync(handle);
    expect(() => readInputFile(file)).toThrow(/huge\.csv is 200 MB; one import takes at most 100 MB — split the file/);
  });
});

describe('CSV files', () => {
  it("parses quoted cells with delimiters, quotes and line breaks, and keeps each record's first line", () => {
    const table = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n\r\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('takes ; as the delimiter when the header uses it (spreadsheets in many locales)', () => {
    expect(parseCsv('id;name\na;Bakı\n').records[0].cells).toEqual(['a', 'Bakı']);
  });

  it('refuses a file whose first line is data, not a header', () => {
    const table = parseCsv('aztu,Azerbaijan Technical University,UNIVERSITY\n');
    expect(() => rowsFromCsv(table, rowInput, 'f.csv')).toThrow(
      /the first line is not a header; it must name the columns, e\.g\. id,name,kind/,
    );
  });

  it('refuses an unknown column with the closest known one, and missing required columns', () => {
    expect(() => rowsFromCsv(parseCsv('id,nmae,kind,source.title,source.language\n'), rowInput, 'f.csv')).toThrow(
      /unknown column "nmae" \(did you mean "name"\?\)/,
    );
    expect(() => rowsFromCsv(parseCsv('id,name,kind\nx,y,COMPANY\n'), rowInput, 'f.csv')).toThrow(
      /lacks the required columns source\.title, source\.language/,
    );
  });

  it('refuses a header without rows', () => {
    expect(() => rowsFromCsv(parseCsv(`${header}\n`), rowInput, 'f.csv')).toThrow(FileProblem);
  });

  it('converts cells by the input type: lists by ;, objects by :, numbers, booleans, enums, dotted source columns', () => {
    const [row] = rowsFromCsv(
      parseCsv(`${header}\nx,Xəzər,university,AZ,en:Caspian;de:Kaspisch,Khazar;Xezer,12,yes,,Register,en\n`),
      rowInput,
      'f.csv',
    );
    expect(row.problems).toEqual([]);
    expect(row.input).toEqual({
      id: 'x',
      name: 'Xəzər',
      kind: 'UNIVERSITY',
      country: 'AZ',
      names: [
        { language: 'en', value: 'Caspian' },
        { language: 'de', value: 'Kaspisch' },
      ],
      aliases: ['Khazar', 'Xezer'],
      seats: 12,
      online: true,
      source: { title: 'Register', language: 'en' },
    });
  });

  it('names each bad cell: shifted columns, formulas, numbers, booleans, enums, dates, missing fields', () => {
    const rows = rowsFromCsv(
      parseCsv(
        `${header}\n` +
          'a,Shifted,COMPANY,AZ,,,,,,Register,en,extra\n' +
          `b,"=cmd|' /C calc'!A0",COMPANY,AZ,,,,,,Register,en\n` +
          'c,Seats,COMPANY,AZ,,,ten,maybe,,Register,en\n' +
          'd,Kind,PLANET,AZ,,,,,,Register,en\n' +
          'e,,COMPANY,AZ,,,,,,,en\n',
      ),
      rowInput,
      'f.csv',
    );
    checkRows(rows, rowInput, 'f.csv');
    const problems = Object.fromEntries(rows.map((r) => [r.row, r.problems.map((p) => `${p.field}: ${p.reason}`)]));
    expect(problems[2]).toEqual([
      expect.stringMatching(
        /^\(row\): has 12 cells but the header has 11: a missing or extra delimiter shifts the columns/,
      ),
    ]);
    expect(problems[3]).toEqual([expect.stringMatching(/^name: looks like a spreadsheet formula/)]);
    expect(problems[4]).toEqual(['seats: not a whole number: "ten"', 'online: not true or false: "maybe"']);
    expect(problems[5]).toEqual([expect.stringMatching(/^kind: Value "PLANET" does not exist in "Kind" enum/)]);
    expect(problems[6]).toEqual([
      expect.stringMatching(/^name: missing/),
      expect.stringMatching(/^source\.title: missing/),
    ]);
  });

  it('checks dates as the graph does', () => {
    const rows = rowsFromJson(
      JSON.stringify([
        { name: 'n', kind: 'COMPANY', source: { title: 't', language: 'en', publishedOn: '2025-02-30' } },
      ]),
      'f.json',
    );
    checkRows(rows, rowInput, 'f.json');
    expect(rows[0].problems).toEqual([
      { field: 'source.publishedOn', reason: expect.stringMatching(/Date must be an ISO date/) },
    ]);
  });

  it('tells formulas from negative numbers', () => {
    expect(['=1+1', '+49 221', '@SUM(A1)', '-cmd', '\tx'].every(looksLikeFormula)).toBe(true);
    expect(['-5', '-0.5', 'Bakı', 'a=b'].some(looksLikeFormula)).toBe(false);
  });
});

describe('one file, one record per row', () => {
  const row = (n: number, input: Record<string, unknown>): InputRow => ({
    row: n,
    input,
    problems: [],
    original: null,
  });

  it('rejects a row repeating an earlier row by id, by ROR id, or by folded name and country', () => {
    const rows = [
      row(2, { id: 'a', name: 'Azərişıq', country: 'AZ' }),
      row(3, { id: 'a', name: 'Other' }),
      row(4, { name: 'AZERISHIQ', country: 'AZ' }),
      row(5, { rorId: 'https://ror.org/0samp1e23', name: 'R' }),
      row(6, { rorId: 'https://ror.org/0samp1e23', name: 'R2' }),
      row(7, { name: 'Azərişıq', country: 'TR' }),
    ];
    rejectDuplicateRows(rows, institutions);
    expect(rows.map((r) => r.problems.map((p) => p.reason))).toEqual([
      [],
      ['duplicate in the file: the same record (same id) as row 2'],
      ['duplicate in the file: the same record (same name and country) as row 2'],
      [],
      ['duplicate in the file: the same record (same rorId) as row 5'],
      [],
    ]);
  });

  it('keeps a unit and its parent in one batch even when the parent comes later in the file', () => {
    const rows = [
      row(2, { id: 'lab', parentId: 'uni' }),
      row(3, { id: 'x' }),
      row(4, { id: 'y' }),
      row(5, { id: 'uni' }),
    ];
    const batches = batchRows(rows, institutions, 2);
    expect(batches.map((b) => b.map((r) => r.row))).toEqual([
      [2, 5],
      [3, 4],
    ]);
  });
});

describe('ROR v2 records', () => {
  const records = readInputFile(path.join(__dirname, '..', '..', '..', 'docs', 'import', 'ror-sample.json'));

  it('become institution rows: names with languages, acronym, aliases, kind, place, website, founding year, parent, ROR as the source', () => {
    const [university, laboratory, company] = rowsFromRor(records, 'ror-sample.json');
    expect(university.input).toMatchObject({
      rorId: 'https://ror.org/0samp1e23',
      name: 'Caspian Sample Technical University',
      nameLanguage: 'en',
      names: [{ language: 'az', value: 'Xəzər Nümunə Texniki Universiteti' }],
      acronym: 'CSTU',
      aliases: ['Caspian Sample Tech'],
      kind: 'UNIVERSITY',
      country: 'AZ',
      city: 'Baku',
      website: 'https://example.org/cstu',
      foundedOn: '1950',
      source: {
        publisher: 'Research Organization Registry (ROR)',
        url: 'https://ror.org/0samp1e23',
        publishedOn: '2025-04-02',
        language: 'en',
      },
    });
    // The laboratory names no parent itself; the university lists it as a child.
    expect(laboratory.input).toMatchObject({
      kind: 'RESEARCH_CENTER',
      parentRorId: 'https://ror.org/0samp1e23',
      city: 'Ganja',
    });
    expect(company.input).toMatchObject({
      kind: 'COMPANY',
      country: 'DE',
      names: [{ language: 'de', value: 'Rheinisches Beispiel-Ingenieurzentrum' }],
    });
  });

  it('rejects withdrawn records and anything that is not a ROR record', () => {
    const rows = rowsFromRor(
      JSON.stringify([
        { id: 'https://ror.org/0samp1e89', names: [{ value: 'Gone', types: ['ror_display'] }], status: 'withdrawn' },
        { hello: 1 },
      ]),
      'r.json',
    );
    expect(rows.map((r) => r.problems.map((p) => p.reason))).toEqual([
      ['the ROR record is withdrawn, not active'],
      ['not a ROR v2 record (it needs "id" and "names")'],
    ]);
  });
});

describe('the command line', () => {
  it('tells the record type from --type or the file name', () => {
    expect(recordTypeFor(null, 'institutions-2025.csv')?.mutation).toBe('importInstitutions');
    expect(recordTypeFor(null, 'thesis-programmes.json')?.mutation).toBe('importThesisPrograms');
    expect(recordTypeFor('events', 'anything.csv')?.mutation).toBe('importEvents');
    expect(recordTypeFor(null, 'partners.csv')).toBeNull();
  });

  it('refuses a gateway that is not on this machine unless --allow-remote, and bad options', () => {
    expect(() => parseImportArgs(['f.csv', '--url', 'https://graph.example.org/'], {})).toThrow(
      /not a loopback address; pass --allow-remote/,
    );
    expect(parseImportArgs(['f.csv', '--url', 'https://graph.example.org/', '--allow-remote'], {}).url).toBe(
      'https://graph.example.org/',
    );
    expect(() => parseImportArgs(['f.csv', '--batch-size', '5000'], {})).toThrow(/from 1 to 1000/);
    expect(() => parseImportArgs(['f.csv', '--type', 'planets'], {})).toThrow(/unknown --type "planets"/);
    expect(() => parseImportArgs([], {})).toThrow(/usage: pnpm load <file>/);
  });
});
