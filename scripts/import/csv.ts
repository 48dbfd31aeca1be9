/**
 * RFC 4180 CSV: quoted cells may hold the delimiter, quotes ("") and line breaks.
 * The delimiter is the one of , ; or tab the header line uses most (spreadsheets in
 * German or Azerbaijani locales save with ;). Each record keeps the line it starts on,
 * so problems can name it.
 */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  records: CsvRecord[];
}

export class CsvSyntaxError extends Error {}

export function detectDelimiter(firstLine: string): string {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

export function parseCsv(text: string): CsvTable {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = detectDelimiter(firstLine);
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteOpenedOn = 0;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    // A line with nothing on it (e.g. the file's last line break) is no record.
    if (!(cells.length === 1 && cells[0].trim() === '')) rows.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteOpenedOn = line;
      cell = '';
      i += 1;
    } else if (ch === delimiter) {
      endCell();
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
      line += 1;
      recordLine = line;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += 1;
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) throw new CsvSyntaxError(`line ${quoteOpenedOn}: a quoted cell is never closed (a " is missing)`);
  if (cell !== '' || cells.length) endRecord();
  if (!rows.length) return { delimiter, header: [], records: [] };
  const [header, ...records] = rows;
  return { delimiter, header: header.cells.map((c) => c.trim()), records };
}

/** One CSV cell as written: quoted when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
