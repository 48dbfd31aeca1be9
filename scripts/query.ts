import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';

/**
 * `pnpm query <file.graphql> [options]` runs one operation against the gateway and
 * prints its answer as JSON, CSV or a table (see `usage`). Problems (no such file, a
 * query that does not parse, a variable that does not fit its type, an unreachable
 * gateway, GraphQL errors) are one clear line and exit code 1.
 */
export type Format = 'json' | 'csv' | 'table';

export interface QueryOptions {
  file: string;
  /** `--var name=value` as given; coerced by the operation's declared types in `runQuery`. */
  vars: Record<string, string>;
  operationName: string | null;
  format: Format;
  url: string;
  out: string | null;
  /** `--explode` paths, applied in order. */
  explode: string[];
  /** `--max-width`: the widest table cell (0: no limit). */
  maxWidth: number;
  help: boolean;
}

export class QueryCliError extends Error {}

export const DEFAULT_MAX_WIDTH = 60;

export const usage = `Usage: pnpm query <file.graphql> [options]

Runs the GraphQL operation in <file.graphql> against the gateway and prints the answer.

Options:
  --var name=value    A variable of the operation, read by the type the operation declares
                      for it: Int and Float as numbers, Boolean as true or false, lists and
                      input objects as JSON ([…], {…}; a single value for a list is a list of
                      one), and every other type (String, ID, Date, enums) as the text itself,
                      so --var year=2025 sends "2025" to a Date. null sends null. Repeatable.
  --operation NAME    The operation to run when the file holds several.
  --format FORMAT     json (default), csv or table. csv and table make the first list of the
                      answer (a connection's nodes) into rows and nested fields into dotted
                      columns; a nested list is one cell ("a; b") unless exploded. CSV is UTF-8
                      with a byte-order mark; cells a spreadsheet would run as formulas are
                      defused with a leading '.
  --explode PATH      csv and table: one row per item of the nested list at PATH (dotted, from
                      a row: parties, outcomes.internshipPrograms), repeating the row's other
                      columns; a row whose list is empty stays, with empty columns. Repeat it
                      for a list inside: --explode parties --explode parties.signatory.positions
  --max-width N       table: the widest a column gets (default ${DEFAULT_MAX_WIDTH}; 0: no limit). Longer cells
                      are cut and end in …, and the command says on stderr how many it cut.
  --out FILE          Write the answer to FILE instead of standard output.
  --url URL           The gateway (default: GATEWAY_URL, else http://127.0.0.1:4000/).
  -h, --help          Print this help.

Environment:
  GATEWAY_URL         the gateway's URL, when --url is not given
  GATEWAY_TOKEN       a token sent as Authorization: Bearer <token> (see pnpm token)

Examples:
  pnpm query schema/operations/AllianceMembers.graphql --format table
  pnpm query schema/operations/AgreementsSignedInYear.graphql --var year=2025 --format csv --out answer.csv
  pnpm query schema/operations/AgreementsSignedInYear.graphql --var year=2025 --format csv --explode parties
  pnpm query schema/operations/InternshipPromisesAndOutcomes.graphql --format table --explode commitments --max-width 40
`;

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): QueryOptions {
  const options: QueryOptions = {
    file: '',
    vars: {},
    operationName: null,
    format: 'json',
    url: env.GATEWAY_URL || 'http://127.0.0.1:4000/',
    out: null,
    explode: [],
    maxWidth: DEFAULT_MAX_WIDTH,
    help: false,
  };
  // pnpm runs scripts from the repository root; paths are relative to where the user typed.
  const here = env.INIT_CWD ?? process.cwd();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new QueryCliError(`${arg} needs a value (see --help)`);
      return next;
    };
    if (arg === '--help' || arg === '-h') {
      options.help = true;
    } else if (arg === '--var') {
      const pair = value();
      const eq = pair.indexOf('=');
      if (eq < 1) throw new QueryCliError(`--var takes name=value, got "${pair}"`);
      options.vars[pair.slice(0, eq).replace(/^\$/, '')] = pair.slice(eq + 1);
    } else if (arg === '--operation') {
      options.operationName = value();
    } else if (arg === '--format') {
      const format = value();
      if (format !== 'json' && format !== 'csv' && format !== 'table') {
        throw new QueryCliError(`--format must be json, csv or table, got "${format}"`);
      }
      options.format = format;
    } else if (arg === '--explode') {
      const explodePath = value();
      if (!/^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)*$/.test(explodePath)) {
        throw new QueryCliError(
          `--explode takes a dotted path of fields such as parties or outcomes.internshipPrograms, got "${explodePath}"`,
        );
      }
      options.explode.push(explodePath);
    } else if (arg === '--max-width') {
      const width = value();
      if (!/^\d+$/.test(width))
        throw new QueryCliError(`--max-width takes a whole number of characters (0: no limit), got "${width}"`);
      options.maxWidth = Number(width);
    } else if (arg === '--url') {
      options.url = value();
    } else if (arg === '--out') {
      options.out = path.resolve(here, value());
    } else if (arg.startsWith('-')) {
      throw new QueryCliError(`unknown option ${arg} (see --help)`);
    } else if (!options.file) {
      options.file = path.resolve(here, arg);
    } else {
      throw new QueryCliError(`unexpected argument "${arg}" (see --help)`);
    }
  }
  if (!options.file && !options.help)
    throw new QueryCliError('which operation? usage: pnpm query <file.graphql> [options] (see --help)');
  if (options.explode.length && options.format === 'json')
    throw new QueryCliError('--explode needs --format csv or table');
  return options;
}

/** The operation the file holds (or the one named), for its variable definitions. */
function operationOf(document: DocumentNode, name: string | null): OperationDefinitionNode {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const names = operations.map((o) => o.name?.value ?? '(anonymous)');
  if (name) {
    const named = operations.find((o) => o.name?.value === name);
    if (!named)
      throw new QueryCliError(`--operation ${name}: the file has no such operation (it has ${names.join(', ')})`);
    return named;
  }
  if (operations.length !== 1)
    throw new QueryCliError(
      `the file holds ${operations.length} operations (${names.join(', ')}); choose one with --operation NAME`,
    );
  return operations[0];
}

function typeText(type: TypeNode): string {
  if (type.kind === Kind.NON_NULL_TYPE) return `${typeText(type.type)}!`;
  if (type.kind === Kind.LIST_TYPE) return `[${typeText(type.type)}]`;
  return type.name.value;
}

/** `raw` as a value of `type`; `name` and `declared` only for messages. */
function coerce(raw: string, type: TypeNode, name: string, declared: string): unknown {
  const refuse = (what: string) =>
    new QueryCliError(`--var ${name}: $${name} is ${declared}, which takes ${what}; got "${raw}"`);
  if (type.kind === Kind.NON_NULL_TYPE) {
    if (raw === 'null') throw refuse('a value (it is required)');
    return coerce(raw, type.type, name, declared);
  }
  if (raw === 'null') return null;
  const json = (shape: 'a JSON list' | 'a JSON object') => {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (
        shape === 'a JSON list'
          ? Array.isArray(parsed)
          : parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      )
        return parsed;
    } catch {
      // refused below
    }
    throw refuse(shape);
  };
  if (type.kind === Kind.LIST_TYPE) {
    // A single value for a list is a list of one, as GraphQL coerces it.
    return raw.trimStart().startsWith('[') ? json('a JSON list') : coerce(raw, type.type, name, declared);
  }
  switch (type.name.value) {
    case 'Int':
      if (!/^-?\d+$/.test(raw) || Math.abs(Number(raw)) > 2 ** 31 - 1) throw refuse('a whole number');
      return Number(raw);
    case 'Float':
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw refuse('a number');
      return Number(raw);
    case 'Boolean':
      if (raw !== 'true' && raw !== 'false') throw refuse('true or false');
      return raw === 'true';
    case 'String':
    case 'ID':
      return raw;
    default:
      // An input object is given as JSON; a custom scalar (Date) or an enum value as its text.
      return raw.trimStart().startsWith('{') ? json('a JSON object') : raw;
  }
}

/** The `--var` values as the operation's declared variable types read them. */
export function coerceVariables(
  document: DocumentNode,
  operationName: string | null,
  vars: Record<string, string>,
): Record<string, unknown> {
  const definitions = operationOf(document, operationName).variableDefinitions ?? [];
  const byName = new Map(definitions.map((d) => [d.variable.name.value, d.type]));
  const variables: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(vars)) {
    const type = byName.get(name);
    if (!type) {
      const declared = [...byName.keys()].map((n) => `$${n}`).join(', ');
      throw new QueryCliError(
        `--var ${name}: the operation declares no $${name} (${declared ? `it declares ${declared}` : 'it declares no variables'})`,
      );
    }
    variables[name] = coerce(raw, type, name, typeText(type));
  }
  return variables;
}

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

/**
 * The rows of an answer: the first list found (depth-first; a connection's nodes), or
 * the answer itself when it has none; each `explode` path (from a row) turns a row
 * into one row per item of the list there. Each row is flattened into dotted columns.
 */
export function toRows(data: unknown, explode: readonly string[] = []): Row[] {
  const list = firstList(data);
  let items: unknown[] = list ?? (data && typeof data === 'object' ? [data] : []);
  for (const dotted of explode) {
    const parts = dotted.split('.');
    let found = false;
    items = items.flatMap((item) => {
      const nested = valueAt(item, parts);
      if (!Array.isArray(nested)) return [item];
      found = true;
      return nested.length
        ? nested.map((element) => withValueAt(item, parts, element))
        : [withValueAt(item, parts, null)];
    });
    if (!found && items.length) {
      const lists = listPaths(items[0]);
      throw new QueryCliError(
        `--explode ${dotted}: no row has a list there${lists.length ? `; lists in a row: ${lists.join(', ')}` : '; a row has no nested lists'}`,
      );
    }
  }
  return items.map((item) => (item !== null && typeof item === 'object' ? flatten(item) : { value: item as Cell }));
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

function valueAt(value: unknown, parts: readonly string[]): unknown {
  let current = value;
  for (const part of parts) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A copy of `value` with `replacement` at the path (objects along it copied, the rest shared). */
function withValueAt(value: unknown, parts: readonly string[], replacement: unknown): unknown {
  if (!parts.length) return replacement;
  const record = value as Record<string, unknown>;
  return { ...record, [parts[0]]: withValueAt(record[parts[0]], parts.slice(1), replacement) };
}

/** The dotted paths of the lists inside a row, for a message. */
function listPaths(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const at = prefix ? `${prefix}.${key}` : key;
    return Array.isArray(child) ? [at] : listPaths(child, at);
  });
}

function flatten(value: unknown, prefix = '', row: Row = {}): Row {
  if (Array.isArray(value)) {
    const scalars = value.every((v) => v === null || typeof v !== 'object');
    row[prefix] = scalars
      ? value.join('; ')
      : value
          .map((v) =>
            Object.values(flatten(v))
              .filter((x) => x !== null)
              .join(' '),
          )
          .join('; ');
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, row);
    }
  } else {
    row[prefix || 'value'] = value as Cell;
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
  const cell = (value: Cell | undefined) => {
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/**
 * A text table, each column as wide as its widest cell up to `maxWidth` characters
 * (0: no limit); a longer cell is cut and ends in "…". `cut` counts the cut cells.
 */
export function toTable(rows: Row[], maxWidth = DEFAULT_MAX_WIDTH): { text: string; cut: number } {
  const columns = columnsOf(rows);
  // One line per row: line breaks inside a cell become spaces.
  const text = (v: Cell | undefined) => (v === null || v === undefined ? '' : String(v).replace(/\s*[\r\n]+\s*/g, ' '));
  const length = (s: string) => [...s].length;
  const limit = (n: number) => (maxWidth > 0 ? Math.min(maxWidth, n) : n);
  const widths = columns.map((c) => limit(Math.max(length(c), ...rows.map((r) => length(text(r[c]))))));
  let cut = 0;
  const fit = (cell: string, width: number) => {
    const chars = [...cell];
    if (chars.length <= width) return cell + ' '.repeat(width - chars.length);
    cut += 1;
    return chars.slice(0, Math.max(width - 1, 0)).join('') + '…';
  };
  const line = (cells: string[]) =>
    cells
      .map((c, i) => fit(c, widths[i]))
      .join(' | ')
      .trimEnd();
  const lines = [
    line(columns),
    widths.map((w) => '-'.repeat(w)).join('-+-'),
    ...rows.map((r) => line(columns.map((c) => text(r[c])))),
  ];
  return { text: lines.join('\n') + '\n', cut };
}

/** POSTs JSON with node:http(s), which, unlike fetch, connects to any port (fetch refuses 6000 and other "bad ports"). */
function postJson(
  url: URL,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on('error', reject);
    request.end(body);
  });
}

export interface QueryResult {
  output: string;
  /** Table cells cut to `--max-width`. */
  cut: number;
}

export async function runQuery(options: QueryOptions, env: NodeJS.ProcessEnv = process.env): Promise<QueryResult> {
  if (!fs.existsSync(options.file)) throw new QueryCliError(`no such file: ${options.file}`);
  const query = fs.readFileSync(options.file, 'utf8');
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    throw new QueryCliError(`${options.file} does not parse: ${(error as Error).message}`);
  }
  const variables = coerceVariables(document, options.operationName, options.vars);
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new QueryCliError(`the gateway URL "${options.url}" is not a URL (--url or GATEWAY_URL)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new QueryCliError(`the gateway URL "${options.url}" is not http or https (--url or GATEWAY_URL)`);
  let response: { status: number; text: string };
  try {
    response = await postJson(
      url,
      JSON.stringify({ query, variables, ...(options.operationName ? { operationName: options.operationName } : {}) }),
      {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(env.GATEWAY_TOKEN ? { authorization: `Bearer ${env.GATEWAY_TOKEN}` } : {}),
      },
      30_000,
    );
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new QueryCliError(`the gateway at ${options.url} cannot be reached (${reason}); is \`pnpm start\` running?`);
  }
  let body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(response.text) as typeof body;
  } catch {
    throw new QueryCliError(
      `the gateway at ${options.url} answered HTTP ${response.status} without a GraphQL response`,
    );
  }
  if (body.errors?.length) {
    throw new QueryCliError(
      `the query has errors:\n${body.errors.map((e) => `  - ${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`).join('\n')}`,
    );
  }
  if (options.format === 'json') return { output: JSON.stringify(body.data, null, 2) + '\n', cut: 0 };
  const rows = toRows(body.data, options.explode);
  if (options.format === 'csv') return { output: toCsv(rows), cut: 0 };
  const table = toTable(rows, options.maxWidth);
  return { output: table.text, cut: table.cut };
}

async function main(): Promise<void> {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options.help) {
      process.stdout.write(usage);
      return;
    }
    const { output, cut } = await runQuery(options);
    if (options.out) {
      fs.writeFileSync(options.out, output);
      console.error(`wrote ${options.out}`);
    } else {
      process.stdout.write(output);
    }
    if (cut)
      console.error(
        `table: ${cut} cell${cut === 1 ? '' : 's'} cut to ${options.maxWidth} characters (ending in …); --max-width 0 shows them whole`,
      );
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
