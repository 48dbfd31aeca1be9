import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';

/**
 * `pnpm query <file.graphql> [--var name=value]… [--format json|csv|table] [--url URL] [--out FILE]`
 * runs one operation against the gateway. For csv and table, the first list in the
 * answer (a connection's nodes, or any list) becomes rows, nested fields become
 * dotted columns. Problems (no such file, a query that does not parse, an
 * unreachable gateway, GraphQL errors) are one clear line and exit code 1.
 */
export type Format = 'json' | 'csv' | 'table';

export interface QueryOptions {
  file: string;
  variables: Record<string, unknown>;
  format: Format;
  url: string;
  out: string | null;
}

export class QueryCliError extends Error {}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): QueryOptions {
  const options: QueryOptions = {
    file: '',
    variables: {},
    format: 'json',
    url: env.GATEWAY_URL || 'http://127.0.0.1:4000/',
    out: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new QueryCliError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--var') {
      const pair = value();
      const eq = pair.indexOf('=');
      if (eq < 1) throw new QueryCliError(`--var takes name=value, got "${pair}"`);
      const raw = pair.slice(eq + 1);
      let parsed: unknown = raw;
      // Numbers, booleans, null, lists and objects may be given as JSON; anything else is a string.
      if (/^(-?\d+(\.\d+)?|true|false|null|\[.*\]|\{.*\})$/s.test(raw)) {
        try {
          parsed = JSON.parse(raw);
        } catch {
          parsed = raw;
        }
      }
      options.variables[pair.slice(0, eq)] = parsed;
    } else if (arg === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'csv' && format !== 'table') {
        throw new QueryCliError(`--format must be json, csv or table, got "${format}"`);
      }
      options.format = format;
    } else if (arg === '--url') {
      options.url = value();
    } else if (arg === '--out') {
      options.out = value();
    } else if (arg.startsWith('--')) {
      throw new QueryCliError(`unknown option ${arg}`);
    } else if (!options.file) {
      // pnpm runs scripts from the repository root; paths are relative to where the user typed.
      options.file = path.resolve(env.INIT_CWD ?? process.cwd(), arg);
    } else {
      throw new QueryCliError(`unexpected argument "${arg}"`);
    }
  }
  if (!options.file) throw new QueryCliError('usage: pnpm query <file.graphql> [--var name=value] [--format json|csv|table] [--url URL] [--out FILE]');
  return options;
}

type Row = Record<string, string | number | boolean | null>;

/** The rows of an answer: the first list found (depth-first), each item flattened. */
export function toRows(data: unknown): Row[] {
  const list = firstList(data);
  if (!list) return data && typeof data === 'object' ? [flatten(data)] : [];
  return list.map((item) => (item !== null && typeof item === 'object' ? flatten(item) : { value: item as Row[string] }));
}

function firstList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.nodes)) return record.nodes;
    for (const child of Object.values(record)) {
      const found = firstList(child);
      if (found) return found;
    }
  }
  return null;
}

function flatten(value: unknown, prefix = '', row: Row = {}): Row {
  if (Array.isArray(value)) {
    const scalars = value.every((v) => v === null || typeof v !== 'object');
    row[prefix] = scalars ? value.join('; ') : value.map((v) => Object.values(flatten(v)).filter((x) => x !== null).join(' ')).join('; ');
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, row);
    }
  } else {
    row[prefix || 'value'] = value as Row[string];
  }
  return row;
}

function columnsOf(rows: Row[]): string[] {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark (so spreadsheets keep ə, ş, 兰); cells that a spreadsheet would run as formulas are defused. */
export function toCsv(rows: Row[]): string {
  const columns = columnsOf(rows);
  const cell = (value: Row[string] | undefined) => {
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

export function toTable(rows: Row[]): string {
  const columns = columnsOf(rows);
  const text = (v: Row[string] | undefined) => (v === null || v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => text(r[c]).length))));
  const line = (cells: string[]) => cells.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i])).join(' | ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map((r) => line(columns.map((c) => text(r[c]))))].join('\n') + '\n';
}

export async function runQuery(options: QueryOptions): Promise<string> {
  if (!fs.existsSync(options.file)) throw new QueryCliError(`no such file: ${options.file}`);
  const query = fs.readFileSync(options.file, 'utf8');
  try {
    parse(query);
  } catch (error) {
    throw new QueryCliError(`${options.file} does not parse: ${(error as Error).message}`);
  }
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(process.env.GATEWAY_TOKEN ? { authorization: `Bearer ${process.env.GATEWAY_TOKEN}` } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new QueryCliError(`the gateway at ${options.url} cannot be reached (${(error as Error).cause ?? (error as Error).message}); is \`pnpm start\` running?`);
  }
  let body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new QueryCliError(`the gateway at ${options.url} answered HTTP ${response.status} without a GraphQL response`);
  }
  if (body.errors?.length) {
    throw new QueryCliError(
      `the query has errors:\n${body.errors.map((e) => `  - ${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`).join('\n')}`,
    );
  }
  if (options.format === 'json') return JSON.stringify(body.data, null, 2) + '\n';
  const rows = toRows(body.data);
  return options.format === 'csv' ? toCsv(rows) : toTable(rows);
}

async function main(): Promise<void> {
  try {
    const options = parseArgs(process.argv.slice(2));
    const output = await runQuery(options);
    if (options.out) {
      fs.writeFileSync(options.out, output);
      console.error(`wrote ${options.out}`);
    } else {
      process.stdout.write(output);
    }
  } catch (error) {
    if (error instanceof QueryCliError) {
      console.error(`query: ${error.message}`);
    } else {
      console.error(`query: unexpected failure: ${(error as Error).message}`);
    }
    process.exit(1);
  }
}

if (require.main === module) void main();
