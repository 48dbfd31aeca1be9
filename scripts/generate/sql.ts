/**
 * Multi-row INSERT statements built as text. The generator controls every value, so
 * literals are simple: numbers, NULL, and strings in single quotes with quotes
 * doubled (which every sql_mode reads alike). A backslash or NUL in a generated
 * string is a bug in the generator and is refused rather than escaped.
 */

export type SqlValue = string | number | boolean | null;
/** One row to insert, by column name (the table's layout checks the names; see tables.ts). */
export type Row = Readonly<Record<string, SqlValue>>;

export function literal(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (/[\\\0]/.test(value)) throw new Error(`generated text holds a backslash or NUL: ${JSON.stringify(value)}`);
  return `'${value.includes("'") ? value.replace(/'/g, "''") : value}'`;
}

/** A table and the columns its INSERTs give, in the order of the table's entity. */
export interface TableShape {
  name: string;
  columns: readonly string[];
}

/**
 * Cuts `rows` of one table into INSERT statements of at most `maxRows` rows and about
 * `maxChars` characters each (below max_allowed_packet even for 4-byte characters).
 */
export function insertStatements(table: TableShape, rows: readonly Row[], maxRows: number, maxChars: number): string[] {
  const statements: string[] = [];
  const head = `INSERT INTO \`${table.name}\` (${table.columns.map((c) => `\`${c}\``).join(', ')}) VALUES `;
  let parts: string[] = [];
  let chars = head.length;
  const columns = table.columns;
  for (const row of rows) {
    let tuple = '(';
    for (let i = 0; i < columns.length; i++) {
      const value = row[columns[i]];
      if (value === undefined) throw new Error(`${table.name}: a row gives no value for column ${columns[i]}`);
      tuple += (i ? ',' : '') + literal(value);
    }
    tuple += ')';
    if (parts.length && (parts.length >= maxRows || chars + tuple.length + 1 > maxChars)) {
      statements.push(head + parts.join(','));
      parts = [];
      chars = head.length;
    }
    parts.push(tuple);
    chars += tuple.length + 1;
  }
  if (parts.length) statements.push(head + parts.join(','));
  return statements;
}
