import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { repositoryRoot } from '@partnership-graph/shared';
import { startStack, type Stack } from '@partnership-graph/shared/testing';
import { coerceVariables, parseArgs, toCsv, toRows, toTable, usage } from '../query';

const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repositoryRoot, 'scripts', 'query.ts');

/** As runCli, without blocking this process (for a test that serves the CLI from here). */
function runCliAsync(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [cli, ...args], {
      cwd: repositoryRoot,
      env: { ...process.env, INIT_CWD: repositoryRoot, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function runCli(args: string[], env: Record<string, string> = {}, cwd = repositoryRoot) {
  const result = spawnSync(tsx, [cli, ...args], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The words of a shell command line: single and double quotes, backslash escapes; no expansion. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (; line[j] !== '"'; j++) text += line[j] === '\\' ? line[++j] : line[j];
      word = (word ?? '') + text;
      i = j;
    } else if (ch === '\\') {
      word = (word ?? '') + line[++i];
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** Every `pnpm query` command line in the README's code blocks (continuation lines joined), with leading VAR=value assignments. */
function readmeExamples(): Array<{ line: string; env: Record<string, string>; args: string[] }> {
  const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(?:sh|bash|shell)?\n([\s\S]*?)```/g)].map((m) =>
    m[1].replace(/\\\n\s*/g, ' '),
  );
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /^(\w+=\S+\s+)*pnpm query\b/.test(line))
    .map((line) => {
      const words = shellWords(line);
      const env: Record<string, string> = {};
      while (/^\w+=/.test(words[0])) {
        const [name, ...value] = words.shift()!.split('=');
        env[name] = value.join('=');
      }
      expect(words.slice(0, 2)).toEqual(['pnpm', 'query']);
      return { line, env, args: words.slice(2) };
    });
}

describe('pnpm query: flattening answers into rows', () => {
  const data = {
    institutions: {
      totalCount: 2,
      nodes: [
        {
          name: 'Azərişıq ASC',
          kind: 'COMPANY',
          parent: null,
          aliases: ['Azerishiq', 'Azerishig'],
          sources: [{ title: 'A', language: 'az' }],
        },
        { name: "=cmd|' /C calc'!A0", kind: 'OTHER', parent: { name: 'X, "quoted"' }, aliases: [], sources: [] },
      ],
    },
  };

  it('turns a connection into one row per node, nested fields into dotted columns', () => {
    expect(toRows(data)).toEqual([
      { name: 'Azərişıq ASC', kind: 'COMPANY', parent: null, aliases: 'Azerishiq; Azerishig', sources: 'A az' },
      { name: "=cmd|' /C calc'!A0", kind: 'OTHER', 'parent.name': 'X, "quoted"', aliases: '', sources: '' },
    ]);
  });

  it('writes CSV a spreadsheet opens: UTF-8 mark, quoting, and formulas defused', () => {
    const csv = toCsv(toRows(data));
    expect(csv.startsWith('\ufeffname,kind,parent,aliases,sources,parent.name\r\n')).toBe(true);
    expect(csv).toContain('Azərişıq ASC,COMPANY,,Azerishiq; Azerishig,A az,');
    expect(csv).toContain(`'=cmd|' /C calc'!A0,OTHER`);
    expect(csv).toContain('"X, ""quoted"""');
  });

  it('explodes a nested list into one row per item, repeating the parent columns, and keeps a row whose list is empty', () => {
    const answer = {
      agreements: {
        nodes: [
          {
            title: 'A',
            parties: [
              { institution: { name: 'X' }, signatory: { positions: [{ title: 'Rector' }, { title: 'Professor' }] } },
              { institution: { name: 'Y' }, signatory: null },
            ],
          },
          { title: 'B', parties: [] },
        ],
      },
    };
    expect(toRows(answer, ['parties'])).toEqual([
      { title: 'A', 'parties.institution.name': 'X', 'parties.signatory.positions': 'Rector; Professor' },
      { title: 'A', 'parties.institution.name': 'Y', 'parties.signatory': null },
      { title: 'B', parties: null },
    ]);
    expect(
      toRows(answer, ['parties', 'parties.signatory.positions']).map((r) => [
        r.title,
        r['parties.institution.name'],
        r['parties.signatory.positions.title'],
      ]),
    ).toEqual([
      ['A', 'X', 'Rector'],
      ['A', 'X', 'Professor'],
      ['A', 'Y', undefined],
      ['B', undefined, undefined],
    ]);
    // Rows come from the first list (here one institution's agreements); paths start at a row.
    expect(
      toRows({ institution: { name: 'I', agreements: { nodes: [{ title: 'A', areas: ['x', 'y'] }] } } }, ['areas']),
    ).toEqual([
      { title: 'A', areas: 'x' },
      { title: 'A', areas: 'y' },
    ]);
    // An answer without lists is one row, and its paths start at the answer.
    expect(toRows({ agreement: { title: 'A', signedOn: null } })).toEqual([
      { 'agreement.title': 'A', 'agreement.signedOn': null },
    ]);
    expect(() => toRows(answer, ['partys'])).toThrow(
      '--explode partys: no row has a list there; lists in a row: parties',
    );
  });

  it('cuts table cells at the chosen width, marks each cut, and counts them', () => {
    const rows = [
      { name: 'a'.repeat(70), note: 'short' },
      { name: 'b', note: 'line one\nline two' },
    ];
    const cut = toTable(rows);
    expect(cut.cut).toBe(1);
    expect(cut.text.split('\n')[2]).toBe(`${'a'.repeat(59)}… | short`);
    expect(cut.text).toContain('line one line two');
    expect(toTable(rows, 10)).toMatchObject({ cut: 2 });
    const whole = toTable(rows, 0);
    expect(whole.cut).toBe(0);
    expect(whole.text).toContain('a'.repeat(70));
  });

  it('refuses unknown options and malformed arguments, naming what is wrong', () => {
    expect(() => parseArgs(['q.graphql', '--format', 'xml'])).toThrow(/--format must be json, csv or table/);
    expect(() => parseArgs(['q.graphql', '--var', 'noequals'])).toThrow(/name=value/);
    expect(() => parseArgs(['q.graphql', '--max-width', 'wide'])).toThrow(/--max-width takes a whole number/);
    expect(() => parseArgs(['q.graphql', '--explode', 'parties'])).toThrow(/--explode needs --format csv or table/);
    expect(() => parseArgs(['q.graphql', '--explode', 'a..b', '--format', 'csv'])).toThrow(/dotted path/);
    expect(() => parseArgs(['q.graphql', '--verbose'])).toThrow('unknown option --verbose (see --help)');
    expect(parseArgs(['--help'])).toMatchObject({ help: true });
    expect(parseArgs(['q.graphql', '--var', 'first=5', '--var', '$id=aztu']).vars).toEqual({ first: '5', id: 'aztu' });
  });

  it('reads each --var by the type the operation declares for it', () => {
    const document = parse(`query Q($year: Date, $first: Int!, $ratio: Float, $online: Boolean, $id: ID, $name: String,
      $kinds: [CommitmentKind!], $filter: AgreementFilter, $ids: [ID!]) { __typename }`);
    const vars = {
      year: '2025',
      first: '5',
      ratio: '0.5',
      online: 'false',
      id: '2025',
      name: 'true',
      kinds: '["INTERNSHIPS","LABORATORY"]',
      filter: '{"areas":["künstliche Intelligenz"]}',
      ids: 'aztu',
    };
    expect(coerceVariables(document, null, vars)).toEqual({
      year: '2025',
      first: 5,
      ratio: 0.5,
      online: false,
      id: '2025',
      name: 'true',
      kinds: ['INTERNSHIPS', 'LABORATORY'],
      filter: { areas: ['künstliche Intelligenz'] },
      ids: 'aztu',
    });
    expect(coerceVariables(document, null, { year: 'null', kinds: 'INTERNSHIPS' })).toEqual({
      year: null,
      kinds: 'INTERNSHIPS',
    });
    expect(() => coerceVariables(document, null, { first: '2025-05' })).toThrow(
      '--var first: $first is Int!, which takes a whole number; got "2025-05"',
    );
    expect(() => coerceVariables(document, null, { first: 'null' })).toThrow(
      /Int!, which takes a value \(it is required\)/,
    );
    expect(() => coerceVariables(document, null, { online: 'yes' })).toThrow(/Boolean, which takes true or false/);
    expect(() => coerceVariables(document, null, { filter: '{"areas":' })).toThrow(
      /AgreementFilter, which takes a JSON object/,
    );
    expect(() => coerceVariables(document, null, { yaer: '2025' })).toThrow(
      '--var yaer: the operation declares no $yaer (it declares $year, $first, $ratio, $online, $id, $name, $kinds, $filter, $ids)',
    );
    const two = parse('query A($x: Int) { __typename } query B($y: String) { __typename }');
    expect(() => coerceVariables(two, null, {})).toThrow(
      /holds 2 operations \(A, B\); choose one with --operation NAME/,
    );
    expect(coerceVariables(two, 'B', { y: '7' })).toEqual({ y: '7' });
    expect(() => coerceVariables(two, 'C', {})).toThrow(/no such operation \(it has A, B\)/);
  });

  it('lists every option in --help, with examples', () => {
    const source = fs.readFileSync(cli, 'utf8');
    const options = [...new Set([...source.matchAll(/arg === '(--?[a-z-]+)'/g)].map((m) => m[1]))];
    expect(options.length).toBeGreaterThanOrEqual(9);
    for (const option of options)
      expect([option, usage.includes(`${option} `) || usage.includes(`${option},`)]).toEqual([option, true]);
    expect(usage).toMatch(/Examples:\n(\s+pnpm query .+\n){3,}/);
    const { code, stdout, stderr } = runCli(['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(usage);
  });
});

describe('pnpm query against a running gateway', () => {
  let stack: Stack;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-query-'));
  beforeAll(async () => {
    stack = await startStack({ subgraphs: ['institutions', 'agreements', 'talent'], database: 'sqlite' });
    // Paths in examples are relative to the repository root; a shell there would also write --out files there.
    fs.symlinkSync(path.join(repositoryRoot, 'schema'), path.join(dir, 'schema'));
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a CSV of a connection, with variables', () => {
    const file = path.join(dir, 'universities.graphql');
    fs.writeFileSync(
      file,
      'query($kinds: [InstitutionKind!]) { institutions(filter: { kinds: $kinds }, first: 100) { nodes { name acronym country } } }',
    );
    const out = path.join(dir, 'universities.csv');
    const { code, stderr } = runCli([
      file,
      '--var',
      'kinds=["UNIVERSITY"]',
      '--format',
      'csv',
      '--out',
      out,
      '--url',
      stack.gatewayUrl,
    ]);
    expect({ code, stderr: stderr.trim() }).toEqual({ code: 0, stderr: `wrote ${out}` });
    const lines = fs.readFileSync(out, 'utf8').replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('name,acronym,country');
    expect(lines).toContain('Azerbaijan Technical University,AzTU,AZ');
  });

  it('passes --var year=2025 to a Date variable as the string "2025", and a year given another way as the gateway reads it', () => {
    const file = path.join(repositoryRoot, 'schema/operations/AgreementsSignedInYear.graphql');
    const answer = (year: string) => {
      const { code, stdout, stderr } = runCli([file, '--var', `year=${year}`, '--url', stack.gatewayUrl]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      return JSON.parse(stdout).agreements;
    };
    expect(answer('2025')).toMatchObject({ totalCount: 1, nodes: [{ signedOn: '2025-07-04' }] });
    expect(answer('2020').totalCount).toBe(0);
    const notADate = runCli([file, '--var', 'year=2025-13', '--url', stack.gatewayUrl]);
    expect(notADate.code).toBe(1);
    expect(notADate.stderr).toMatch(/the query has errors:\n\s+- .*\$year.*\[BAD_USER_INPUT\]/);
  });

  it('explodes parties: one CSV row per agreement and party, and one table row per commitment with cut cells said', () => {
    const csv = runCli([
      'schema/operations/AgreementsSignedInYear.graphql',
      '--var',
      'year=2025',
      '--format',
      'csv',
      '--explode',
      'parties',
      '--url',
      stack.gatewayUrl,
    ]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('title,kind,signedOn,parties.role,parties.institution.name,parties.signatory.name');
    expect(lines.slice(1).map((l) => l.split(',').slice(-2).join(','))).toEqual([
      'Innovation Center,Vusal Rustamov',
      'Bayraktar Technology Azerbaijan LLC,Huseyin Topuz',
    ]);

    const table = runCli([
      'schema/operations/InternshipPromisesAndOutcomes.graphql',
      '--format',
      'table',
      '--explode',
      'commitments',
      '--max-width',
      '30',
      '--url',
      stack.gatewayUrl,
    ]);
    expect(table.code).toBe(0);
    const commitments = JSON.parse(
      runCli(['schema/operations/InternshipPromisesAndOutcomes.graphql', '--url', stack.gatewayUrl]).stdout,
    ).agreements.nodes.flatMap((n: { commitments: unknown[] }) => n.commitments);
    expect(table.stdout.trim().split('\n')).toHaveLength(2 + commitments.length);
    const [header, , ...body] = table.stdout.trim().split('\n');
    for (const line of [header, ...body])
      for (const cell of line.split(' | ')) expect([...cell].length).toBeLessThanOrEqual(30);
    expect(body.some((line) => line.includes('…'))).toBe(true);
    expect(table.stderr).toMatch(
      /^table: \d+ cells cut to 30 characters \(ending in …\); --max-width 0 shows them whole\n$/,
    );
    const whole = runCli([
      'schema/operations/InternshipPromisesAndOutcomes.graphql',
      '--format',
      'table',
      '--max-width',
      '0',
      '--url',
      stack.gatewayUrl,
    ]);
    expect({ code: whole.code, stderr: whole.stderr }).toEqual({ code: 0, stderr: '' });
    expect(whole.stdout).toContain(
      'Memorandum of Understanding between Baku State University and Bayraktar Technology Azerbaijan LLC',
    );
  });

  it('reaches a gateway on a port that fetch refuses (6000 and the other "bad ports")', async () => {
    // A loopback relay to the gateway on the first free port of the fetch standard's blocked list.
    const target = new URL(stack.gatewayUrl);
    const relay = net.createServer((socket) => {
      const upstream = net.connect(Number(target.port), target.hostname);
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    let port = 0;
    for (const candidate of [6000, 6665, 6666, 6667, 6668, 6669, 6697, 10080]) {
      const listening = await new Promise<boolean>((resolve) => {
        relay.once('error', () => resolve(false));
        relay.listen(candidate, '127.0.0.1', () => resolve(true));
      });
      if (listening) {
        port = candidate;
        break;
      }
    }
    expect(port).toBeGreaterThan(0);
    try {
      const url = `http://127.0.0.1:${port}/`;
      // fetch itself refuses the port: what the CLI used before failed here.
      await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
      const { code, stdout, stderr } = await runCliAsync(
        ['schema/operations/AllianceMembers.graphql', '--format', 'csv'],
        { GATEWAY_URL: url },
      );
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout.split('\r\n').length).toBeGreaterThan(2);
    } finally {
      await new Promise((resolve) => relay.close(resolve));
    }
  });

  it('runs every README example of pnpm query as written, and those of --help', () => {
    const fromHelp = [...usage.matchAll(/^ {2}(pnpm query .+)$/gm)].map((m) => ({
      line: m[1],
      env: {},
      args: shellWords(m[1]).slice(2),
    }));
    expect(fromHelp.length).toBeGreaterThanOrEqual(3);
    const examples = [...readmeExamples(), ...fromHelp];
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.map((e) => e.line).join('\n')).toContain('--var year=2025');
    // `pnpm query` is this script, run by tsx.
    expect(JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')).scripts.query).toBe(
      'tsx scripts/query.ts',
    );
    for (const { line, env, args } of examples) {
      const { code, stdout, stderr } = runCli(args, { GATEWAY_URL: stack.gatewayUrl, ...env }, dir);
      expect([line, code, stderr.replace(/^wrote .*\n/, '').replace(/^table: \d+ cells? cut .*\n/, '')]).toEqual([
        line,
        0,
        '',
      ]);
      const outAt = args.indexOf('--out');
      const output = outAt >= 0 ? fs.readFileSync(path.join(dir, args[outAt + 1]), 'utf8') : stdout;
      if (args.includes('--help')) expect(output).toBe(usage);
      else if (args.includes('csv')) expect(output.startsWith('\ufeff') && output.split('\r\n').length > 2).toBe(true);
      else if (args.includes('table')) expect(output.split('\n')[1]).toMatch(/^-+(-\+-+)*$/);
      // JSON: the answer's data, an object with at least one of the operation's root fields.
      else expect(Object.keys(JSON.parse(output) as object).length).toBeGreaterThan(0);
    }
  });

  it.each([
    [
      'an unreachable gateway',
      ['--url', 'http://127.0.0.1:9/'],
      /cannot be reached \(ECONNREFUSED\); is `pnpm start` running\?/,
    ],
    ['a gateway URL that is no URL', ['--url', 'localhost:4000'], /is not http or https/],
    ['a query with errors', [], /the query has errors:\n\s+- .*noSuchField/],
    [
      'a variable the operation does not declare',
      ['--var', 'x=1'],
      /--var x: the operation declares no \$x \(it declares no variables\)/,
    ],
  ])('exits 1 with a clear message for %s', (_case, extra, message) => {
    const file = path.join(dir, 'bad-field.graphql');
    fs.writeFileSync(file, '{ institutions { noSuchField } }');
    const { code, stderr } = runCli([file, '--url', stack.gatewayUrl, ...extra]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for a file that does not parse or does not exist', () => {
    const file = path.join(dir, 'broken.graphql');
    fs.writeFileSync(file, '{ institutions { ');
    expect(runCli([file]).stderr).toMatch(/does not parse/);
    expect(runCli([path.join(dir, 'missing.graphql')])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no such file/),
    });
  });
});
