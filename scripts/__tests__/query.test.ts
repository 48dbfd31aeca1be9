import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { startStack, type Stack } from '@partnership-graph/shared/testing';
import { parseArgs, toCsv, toRows } from '../query';

const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repositoryRoot, 'scripts', 'query.ts');

function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [cli, ...args], { cwd: repositoryRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pnpm query: flattening answers into rows', () => {
  const data = {
    institutions: {
      totalCount: 2,
      nodes: [
        { name: 'Azərişıq ASC', kind: 'COMPANY', parent: null, aliases: ['Azerishiq', 'Azerishig'], sources: [{ title: 'A', language: 'az' }] },
        { name: '=cmd|\' /C calc\'!A0', kind: 'OTHER', parent: { name: 'X, "quoted"' }, aliases: [], sources: [] },
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

  it('refuses unknown options and malformed variables', () => {
    expect(() => parseArgs(['q.graphql', '--format', 'xml'])).toThrow(/--format must be json, csv or table/);
    expect(() => parseArgs(['q.graphql', '--var', 'noequals'])).toThrow(/name=value/);
    expect(parseArgs(['q.graphql', '--var', 'first=5', '--var', 'id=aztu']).variables).toEqual({ first: 5, id: 'aztu' });
  });
});

describe('pnpm query against a running gateway', () => {
  let stack: Stack;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-query-'));
  beforeAll(async () => {
    stack = await startStack({ subgraphs: ['institutions'], database: 'sqlite' });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a CSV of a connection, with variables', () => {
    const file = path.join(dir, 'universities.graphql');
    fs.writeFileSync(file, 'query($kinds: [InstitutionKind!]) { institutions(filter: { kinds: $kinds }, first: 100) { nodes { name acronym country } } }');
    const out = path.join(dir, 'universities.csv');
    const { code, stderr } = runCli([file, '--var', 'kinds=["UNIVERSITY"]', '--format', 'csv', '--out', out, '--url', stack.gatewayUrl]);
    expect({ code, stderr: stderr.trim() }).toEqual({ code: 0, stderr: `wrote ${out}` });
    const lines = fs.readFileSync(out, 'utf8').replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('name,acronym,country');
    expect(lines).toContain('Azerbaijan Technical University,AzTU,AZ');
  });

  it('prints a table', () => {
    const { code, stdout } = runCli([path.join(repositoryRoot, 'schema/operations/AztuUnitsAndPeople.graphql'), '--format', 'table', '--url', stack.gatewayUrl]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^name\s+\|/);
  });

  it.each([
    ['an unreachable gateway', ['--url', 'http://127.0.0.1:9/'], /cannot be reached/],
    ['a query with errors', ['--var', 'x=1'], /the query has errors:\n\s+- .*noSuchField/],
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
    expect(runCli([path.join(dir, 'missing.graphql')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file/) });
  });
});
