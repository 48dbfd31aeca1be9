import {
  coerceInputValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedInputType,
} from 'graphql';
import { naturalKey, type ImportProblem } from '@partnership-graph/shared';
import type { CsvTable } from './csv';
import { cellFieldOrder, type RecordType } from './recordTypes';

/** One row of an import file, turned into the row input of its import mutation. */
export interface InputRow {
  /** The CSV line the row starts on, or its position in a JSON array (from 1). */
  row: number;
  input: Record<string, unknown>;
  /** Problems found before anything is sent: cells that do not convert, formulas, duplicates. */
  problems: ImportProblem[];
  /** The row as the file gives it, for the report of rejected rows. */
  original: string[] | unknown;
}

/** A problem with the whole file (no header, unknown columns…): nothing is imported. */
export class FileProblem extends Error {}

/** Columns the command fills itself, so a file cannot give them. */
const commandColumns = new Set(['source.file', 'source.row']);
/** The column a report of rejected rows adds; ignored, so a fixed report imports as it is. */
export const PROBLEMS_COLUMN = 'import_problems';

/** A cell a spreadsheet would run as a formula: =, +, @, tab or CR first, or - not followed by a digit. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+@\t\r]/.test(text) || /^-[^\d.]/.test(text);
}

interface Column {
  path: string[];
  type: GraphQLInputType;
  required: boolean;
}

/** Every column a CSV of this input type may have: its fields, with input objects (the source) as dotted columns. */
export function columnsOf(inputType: GraphQLInputObjectType, prefix: string[] = []): Column[] {
  const columns: Column[] = [];
  for (const field of Object.values(inputType.getFields())) {
    const path = [...prefix, field.name];
    const required = isNonNullType(field.type) && field.defaultValue === undefined;
    const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
    if (isInputObjectType(inner))
      columns.push(...columnsOf(inner, path).map((c) => ({ ...c, required: c.required && required })));
    else if (!commandColumns.has(path.join('.'))) columns.push({ path, type: field.type, required });
  }
  return columns;
}

/** Turns a CSV table into rows, or refuses the file when its header does not fit the record type. */
export function rowsFromCsv(table: CsvTable, inputType: GraphQLInputObjectType, fileName: string): InputRow[] {
  const known = columnsOf(inputType);
  const byName = new Map(known.map((c) => [c.path.join('.'), c]));
  const header = table.header;
  const expected = known.map((c) => c.path.join('.')).join(',');
  if (!header.some((name) => byName.has(name))) {
    throw new FileProblem(`${fileName}: the first line is not a header; it must name the columns, e.g. ${expected}`);
  }
  const seen = new Set<string>();
  for (const [i, name] of header.entries()) {
    if (name === '') throw new FileProblem(`${fileName}: header column ${i + 1} has no name`);
    if (seen.has(name)) throw new FileProblem(`${fileName}: the header names column "${name}" twice`);
    seen.add(name);
    if (!byName.has(name) && name !== PROBLEMS_COLUMN) {
      const hint = closest(name, [...byName.keys()]);
      throw new FileProblem(
        `${fileName}: unknown column "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; the columns are ${expected}`,
      );
    }
  }
  const missing = known.filter((c) => c.required && !seen.has(c.path.join('.'))).map((c) => c.path.join('.'));
  if (missing.length)
    throw new FileProblem(
      `${fileName}: the header lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  if (!table.records.length)
    throw new FileProblem(`${fileName}: the header is there but no rows follow: nothing to import`);

  return table.records.map(({ line, cells }) => {
    const problems: ImportProblem[] = [];
    const input: Record<string, unknown> = {};
    if (cells.length !== header.length) {
      problems.push({
        field: '(row)',
        reason: `has ${cells.length} cells but the header has ${header.length}: a missing or extra delimiter shifts the columns`,
      });
    } else {
      for (const [i, name] of header.entries()) {
        const column = byName.get(name);
        const text = cells[i].trim();
        if (!column || text === '') continue;
        if (looksLikeFormula(text)) {
          problems.push({
            field: name,
            reason: `looks like a spreadsheet formula (${clip(text)}); formulas are never imported — remove the leading character`,
          });
          continue;
        }
        const value = cellValue(text, column.type, name, problems);
        if (value !== undefined) setPath(input, column.path, value);
      }
    }
    return { row: line, input, problems, original: cells };
  });
}

/** The value a JSON import file holds, or a FileProblem saying where it does not parse. */
export function parseJsonFile(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileProblem(`${fileName} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Turns a JSON array of row objects into rows; each object's fields are the input type's. */
export function rowsFromJson(text: string, fileName: string): InputRow[] {
  const data = parseJsonFile(text, fileName);
  if (!Array.isArray(data))
    throw new FileProblem(
      `${fileName}: the file must hold a JSON array of rows (objects), got ${data === null ? 'null' : typeof data}`,
    );
  if (!data.length) throw new FileProblem(`${fileName}: the array is empty: nothing to import`);
  return data.map((item, index) => {
    const problems: ImportProblem[] = [];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ field: '(row)', reason: 'is not an object' });
      return { row: index + 1, input: {}, problems, original: item };
    }
    findFormulas(item, '', problems);
    return { row: index + 1, input: structuredClone(item) as Record<string, unknown>, problems, original: item };
  });
}

/**
 * Checks each row against the mutation's input type (required fields, enum values,
 * numbers, dates — the same coercion the gateway applies) after adding the row's file
 * and number to its source, so a batch never fails as a whole on one row's value.
 */
export function checkRows(rows: InputRow[], inputType: GraphQLInputObjectType, fileName: string): void {
  for (const row of rows) {
    if (row.problems.some((p) => p.field === '(row)')) continue;
    const source = row.input.source;
    if (source !== null && typeof source === 'object' && !Array.isArray(source)) {
      row.input.source = { ...(source as object), file: fileName, row: row.row };
    }
    try {
      coerceInputValue(row.input, inputType, (path, _invalid, error) => {
        const missing = /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/.exec(error.message);
        const field = [fieldPath(path), missing?.[1]].filter(Boolean).join('.') || '(row)';
        // A cell refused above (a formula, say) is not also "missing".
        if (missing && row.problems.some((p) => p.field === field)) return;
        row.problems.push({ field, reason: missing ? `missing (required, ${missing[2]})` : error.message });
      });
    } catch (error) {
      row.problems.push({ field: '(row)', reason: (error as Error).message });
    }
  }
}

/** Rejects every row that repeats an earlier row's record, naming that row. */
export function rejectDuplicateRows(rows: InputRow[], type: RecordType): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    for (const fields of type.keys) {
      const value = row.input[fields[0]];
      if (value === undefined || value === null || value === '') continue;
      const key = `${fields.join('+')}=${naturalKey(...fields.map((f) => (row.input[f] == null ? null : String(row.input[f]))))}`;
      const earlier = first.get(key);
      if (earlier !== undefined) {
        row.problems.push({
          field: fields[0],
          reason: `duplicate in the file: the same record (same ${fields.join(' and ')}) as row ${earlier}`,
        });
        break;
      }
      first.set(key, row.row);
    }
  }
}

function cellValue(text: string, type: GraphQLInputType, column: string, problems: ImportProblem[]): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (text.startsWith('[')) {
      try {
        return JSON.parse(text);
      } catch (error) {
        problems.push({ field: column, reason: `not a JSON list: ${(error as Error).message}` });
        return undefined;
      }
    }
    const itemType = getNamedType(inner);
    const items = text
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    if (isInputObjectType(itemType)) {
      // "aztu:SIGNATORY_PARTY:person-id" — fields in the input type's order; the last one takes the rest.
      const fields = itemFieldOrder(itemType);
      return items.map((item) => {
        const parts = item.split(':');
        const head = parts.slice(0, fields.length - 1);
        const rest = parts.slice(fields.length - 1).join(':');
        const values = [...head, ...(parts.length >= fields.length ? [rest] : [])];
        const object: Record<string, unknown> = {};
        values.forEach((value, i) => {
          if (value.trim() !== '')
            object[fields[i]] = scalarValue(
              value.trim(),
              getNamedType(itemType.getFields()[fields[i]].type),
              `${column}`,
              problems,
            );
        });
        return object;
      });
    }
    return items.map((item) => scalarValue(item, itemType, column, problems));
  }
  return scalarValue(text, getNamedType(inner), column, problems);
}

/** The fields of an object in a CSV cell, in reading order (see cellFieldOrder). */
export function itemFieldOrder(type: GraphQLInputObjectType): readonly string[] {
  return cellFieldOrder[type.name] ?? Object.keys(type.getFields());
}

function scalarValue(text: string, type: GraphQLNamedInputType, column: string, problems: ImportProblem[]): unknown {
  if (isEnumType(type)) return text.toUpperCase().replace(/[\s-]+/g, '_');
  switch (type.name) {
    case 'Int': {
      if (!/^-?\d+$/.test(text)) {
        problems.push({ field: column, reason: `not a whole number: ${clip(text)}` });
        return undefined;
      }
      return Number(text);
    }
    case 'Boolean': {
      const lowered = text.toLowerCase();
      if (['true', 'yes', '1'].includes(lowered)) return true;
      if (['false', 'no', '0'].includes(lowered)) return false;
      problems.push({ field: column, reason: `not true or false: ${clip(text)}` });
      return undefined;
    }
    default:
      return text;
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

function findFormulas(value: unknown, path: string, problems: ImportProblem[]): void {
  if (typeof value === 'string') {
    if (looksLikeFormula(value))
      problems.push({
        field: path || '(row)',
        reason: `looks like a spreadsheet formula (${clip(value)}); formulas are never imported`,
      });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findFormulas(item, `${path}[${i}]`, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) findFormulas(child, path ? `${path}.${key}` : key, problems);
  }
}

function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

function clip(text: string): string {
  return JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text);
}

/** The known name closest to a misspelt one (edit distance at most 3), for "did you mean". */
function closest(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
