import fs from 'node:fs';
import { csvCell } from './csv';
import { PROBLEMS_COLUMN, type InputRow } from './rowInputs';

/** One line per problem: "institutions.csv row 4, country: not an ISO 3166-1 alpha-2 code". */
export function describeProblems(fileName: string, rows: readonly InputRow[]): string[] {
  return rows.flatMap((row) => row.problems.map((p) => `${fileName} row ${row.row}, ${p.field}: ${p.reason}`));
}

/**
 * Writes the rejected rows where a person can fix them: for a CSV, the same header and
 * cells after an `import_problems` column (the command ignores that column, so the fixed
 * file imports as it is); for JSON, each row with its problems.
 */
export function writeRejectedReport(
  file: string,
  rejected: readonly InputRow[],
  csvHeader: string[] | null,
  delimiter = ',',
): void {
  const problems = (row: InputRow) => row.problems.map((p) => `${p.field}: ${p.reason}`).join(' | ');
  if (csvHeader) {
    // The problems come first, so a row with too many or too few cells keeps them all and the problems stay in place.
    const keep = csvHeader.map((c, i) => (c === PROBLEMS_COLUMN ? -1 : i)).filter((i) => i >= 0);
    const header = keep.map((i) => csvHeader[i]);
    const lines = [[PROBLEMS_COLUMN, ...header].map((c) => csvCell(c, delimiter)).join(delimiter)];
    for (const row of rejected) {
      const cells = row.original as string[];
      const own = cells.length === csvHeader.length ? keep.map((i) => cells[i]) : cells;
      lines.push([problems(row), ...own].map((c) => csvCell(c, delimiter)).join(delimiter));
    }
    fs.writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
  } else {
    const entries = rejected.map((row) => ({ row: row.row, problems: row.problems, record: row.original }));
    fs.writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
  }
}
