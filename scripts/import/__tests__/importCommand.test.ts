import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_JWT_SECRET, mintToken, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, testDatabases, type Stack } from '@partnership-graph/shared/testing';
import { csvCell, parseCsv } from '../csv';

const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repositoryRoot, 'scripts', 'import', 'index.ts');
const samples = path.join(repositoryRoot, 'docs', 'import');

describe.each(testDatabases().map((db) => [db.label] as const))('pnpm load through the gateway on %s', (database) => {
  let stack: Stack;
  let adminToken: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-import-'));

  beforeAll(async () => {
    stack = await startStack({ subgraphs: ['institutions', 'agreements', 'talent'], database });
    adminToken = await mintToken(DEV_JWT_SECRET, { sub: 'import-test-admin', roles: ['admin'] });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Runs `pnpm load` as a child process without blocking this process's event loop: a
   * blocked loop (spawnSync over many imports) keeps an idle keep-alive socket past the
   * server's timeout and then sends into it, which no real client of the gateway does.
   */
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      // From the repository root, as `pnpm load` runs it; INIT_CWD is where the user typed the command.
      const child = spawn(tsx, [cli, ...args], {
        cwd: repositoryRoot,
        env: { ...process.env, GATEWAY_URL: stack.gatewayUrl, GATEWAY_TOKEN: '', INIT_CWD: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.once('error', reject);
      child.once('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  const query = async (text: string, variables?: Record<string, unknown>) => {
    const { body } = await postGraphQL(stack.gatewayUrl, text, variables, { authorization: `Bearer ${adminToken}` });
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const sampleCount = async () =>
    (await query('{ institutions(filter: { search: "sample" }, first: 0) { totalCount } }')).institutions
      .totalCount as number;

  it('reports each bad row of a mixed spreadsheet by row, field and reason, and writes nothing', async () => {
    const { code, stdout } = await run([path.join(samples, 'institutions-with-problems.csv')]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    const about = (row: number) =>
      lines.filter((l) => l.startsWith(`institutions-with-problems.csv row ${row},`)).join('\n');
    expect(about(2)).toBe('');
    expect(about(3)).toMatch(/foundedOn: .*ISO date/);
    expect(about(4)).toMatch(/kind: Value "PLANET" does not exist/);
    expect(about(5)).toMatch(/name: looks like a spreadsheet formula/);
    expect(about(6)).toMatch(/id: duplicate in the file: the same record \(same id\) as row 2/);
    expect(about(7)).toMatch(/source\.title: missing/);
    expect(about(8)).toMatch(/\(row\): has 22 cells but the header has 21/);
    expect(about(9)).toMatch(/parentId: .*sample-nowhere/);
    expect(about(10)).toMatch(/country: .*Azerbaijan/);
    expect(stdout).toMatch(/8 of 9 rows rejected/);
    expect(stdout).toMatch(/nothing written/);
    expect(await sampleCount()).toBe(0);
    const report = parseCsv(
      fs.readFileSync(path.join(dir, 'institutions-with-problems.rejected.csv'), 'utf8').replace(/^\ufeff/, ''),
    );
    expect(report.header[0]).toBe('import_problems');
    expect(report.records).toHaveLength(8);
  }, 120_000);

  it('with --skip-invalid writes the valid rows; the fixed report then imports each record once', async () => {
    const skipped = await run([path.join(samples, 'institutions-with-problems.csv'), '--skip-invalid']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(/1 row imported: 1 created, 0 updated, 0 unchanged/);
    expect(await sampleCount()).toBe(1);

    // Fix every rejected row in the report, as a person would, and import the report itself.
    const reportFile = path.join(dir, 'institutions-with-problems.rejected.csv');
    const report = parseCsv(fs.readFileSync(reportFile, 'utf8').replace(/^\ufeff/, ''));
    const column = (name: string) => report.header.indexOf(name);
    const fixed = report.records.map(({ cells }) => {
      const row = [...cells];
      // The shifted row has one cell too many: an empty one after the city.
      if (row.length > report.header.length) row.splice(column('website'), 1);
      const set = (name: string, value: string) => (row[column(name)] = value);
      if (row[column('foundedOn')] === '2025-13-01') set('foundedOn', '2025-12-01');
      if (row[column('kind')] === 'PLANET') set('kind', 'OTHER');
      if (row[column('name')].startsWith('=')) set('name', 'Sample Formula Company');
      if (row[column('name')].endsWith('(again)')) set('id', 'sample-design-centre-annex');
      if (row[column('source.title')] === '')
        set('source.title', 'Sample partner-office register (illustrative data for the import format)');
      if (row[column('parentId')] === 'sample-nowhere') set('parentId', 'sample-design-centre');
      if (row[column('country')] === 'Azerbaijan') set('country', 'AZ');
      return row;
    });
    const fixedFile = path.join(dir, 'institutions-fixed.csv');
    fs.writeFileSync(
      fixedFile,
      [report.header, ...fixed].map((cells) => cells.map((c) => csvCell(c)).join(',')).join('\n') + '\n',
    );
    const imported = await run([fixedFile]);
    expect(imported.stdout).toMatch(/8 rows imported: 8 created, 0 updated, 0 unchanged/);
    expect(imported.code).toBe(0);
    expect(await sampleCount()).toBe(9);
    const again = await run([fixedFile]);
    expect(again.stdout).toMatch(/nothing changed — all 8 rows match records/);
    expect(await sampleCount()).toBe(9);
  }, 180_000);

  it('imports a unit before its parent named later in the file, with provenance, and says so on a second import', async () => {
    const dry = await run([path.join(samples, 'institutions.csv'), '--dry-run']);
    expect(dry.stdout).toMatch(/dry run, nothing written: 4 rows would give 4 created, 0 updated, 0 unchanged/);
    expect(await sampleCount()).toBe(9);
    const first = await run([path.join(samples, 'institutions.csv')]);
    expect(first.stdout).toMatch(/4 rows imported: 4 created/);
    const data = await query(`{ institution(id: "sample-ganja-lab") {
      name(lang: "en") parent { id } sources { title url importedFrom { file row importedAt } } } }`);
    expect(data.institution.parent).toEqual({ id: 'sample-caspian-university' });
    expect(data.institution.name).toBe('Ganja Sample Laboratory');
    expect(data.institution.sources).toEqual([
      {
        title: 'Sample partner-office register (illustrative data for the import format)',
        url: 'https://example.org/import-samples/register',
        importedFrom: { file: 'institutions.csv', row: 2, importedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      },
    ]);
    expect((await run([path.join(samples, 'institutions.csv')])).stdout).toMatch(/nothing changed — all 4 rows match/);
  }, 120_000);

  it('updates a changed row in place and keeps the record as it was in the audit log', async () => {
    const changed = path.join(dir, 'institutions-changed.csv');
    fs.writeFileSync(
      changed,
      fs.readFileSync(path.join(samples, 'institutions.csv'), 'utf8').replace(',DE,Köln,', ',DE,Bonn,'),
    );
    const result = await run([changed]);
    expect(result.stdout).toMatch(/4 rows imported: 0 created, 1 updated, 3 unchanged/);
    const data = await query(`{ institution(id: "sample-rhine-tech") { city }
      institutionAuditLog(entityId: "sample-rhine-tech") { nodes { action before after } } }`);
    expect(data.institution.city).toBe('Bonn');
    const [latest] = data.institutionAuditLog.nodes;
    expect(latest.action).toBe('IMPORT_UPDATE');
    expect(latest.before).toContain('Köln');
    expect(latest.after).toContain('Bonn');
  }, 120_000);

  it('reads ROR v2 records into institutions with names, kinds, places and parents, and matches them again by ROR id or folded name', async () => {
    const ror = path.join(samples, 'ror-sample.json');
    expect((await run([ror, '--format', 'ror'])).stdout).toMatch(/3 rows imported: 3 created/);
    expect((await run([ror, '--format', 'ror'])).stdout).toMatch(/nothing changed — all 3 rows/);
    const data = await query(`{ institutions(filter: { search: "caspian sample materials" }) { nodes {
      kind city country rorId names { language value } parent { name acronym kind } sources { publisher url } } } }`);
    expect(data.institutions.nodes).toEqual([
      {
        kind: 'RESEARCH_CENTER',
        city: 'Ganja',
        country: 'AZ',
        rorId: 'https://ror.org/0samp1e45',
        names: expect.arrayContaining([{ language: 'az', value: 'Xəzər Nümunə Materiallar Laboratoriyası' }]),
        parent: { name: 'Caspian Sample Technical University', acronym: 'CSTU', kind: 'UNIVERSITY' },
        sources: [{ publisher: 'Research Organization Registry (ROR)', url: 'https://ror.org/0samp1e45' }],
      },
    ]);
    // A spreadsheet row without id or ROR id finds the same university by its name, however it is spelt.
    const byName = path.join(dir, 'institutions-by-name.json');
    fs.writeFileSync(
      byName,
      JSON.stringify([
        {
          name: 'CASPİAN SAMPLE TECHNICAL UNIVERSITY',
          kind: 'UNIVERSITY',
          country: 'AZ',
          city: 'Baku',
          source: { title: 'A later register', language: 'en' },
        },
      ]),
    );
    const matched = await run([byName, '--dry-run']);
    expect(matched.stdout).toMatch(/1 row would give 0 created, 1 updated, 0 unchanged/);
  }, 120_000);

  it('imports people, positions, memberships, agreements, events and programmes through their subgraphs, each once', async () => {
    const files = [
      'people.csv',
      'positions.csv',
      'memberships.csv',
      'agreements.csv',
      'events.json',
      'internship-programmes.csv',
      'thesis-programmes.json',
      'training-programmes.csv',
    ];
    for (const file of files) {
      const first = await run([path.join(samples, file)]);
      expect({ file, out: first.stdout, err: first.code === 0 ? '' : first.stderr }).toEqual({
        file,
        out: expect.stringMatching(/rows? imported: \d+ created, 0 updated, 0 unchanged/),
        err: '',
      });
    }
    for (const file of files) expect((await run([path.join(samples, file)])).stdout).toMatch(/nothing changed/);
    const data = await query(`{ agreement(id: "sample-mou-xnu-rbt-2026") {
      kind signedOn parties { institution { id } role } sources { importedFrom { file row } }
      outcomes { internshipPrograms { id seats } thesisPrograms { id } } } }`);
    expect(data.agreement).toMatchObject({
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      signedOn: '2026-10-14',
      sources: [{ importedFrom: { file: 'agreements.csv', row: 2 } }],
    });
    expect(data.agreement.outcomes).toEqual({
      internshipPrograms: [{ id: 'sample-rbt-internships-2027', seats: 12 }],
      thesisPrograms: [{ id: 'sample-materials-theses' }],
    });
    expect(data.agreement.parties.map((p: { institution: { id: string } }) => p.institution.id).sort()).toEqual([
      'sample-caspian-university',
      'sample-rhine-tech',
    ]);
  }, 300_000);

  it('refuses a Latin-1 file and an empty file with a clear message, writing nothing', async () => {
    const before = await sampleCount();
    const latin1 = path.join(dir, 'institutions-latin1.csv');
    fs.writeFileSync(
      latin1,
      Buffer.from(
        fs
          .readFileSync(path.join(samples, 'institutions.csv'), 'utf8')
          .replace(/ə/g, 'æ')
          .replace(/[\u0100-\u{10ffff}]/gu, '?'),
        'latin1',
      ),
    );
    const refused = await run([latin1]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/import: institutions-latin1\.csv is not UTF-8: line 2 .*save the file as UTF-8/);
    const empty = path.join(dir, 'institutions-empty.csv');
    fs.writeFileSync(empty, '');
    expect((await run([empty])).stderr).toMatch(/institutions-empty\.csv is empty: nothing to import/);
    expect(await sampleCount()).toBe(before);
  }, 60_000);

  it('stops cleanly on Ctrl-C after a whole batch, and the same import run again finishes the rest', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `sample-bulk-${i},Sample Bulk Institute ${i},RESEARCH_INSTITUTE,AZ,Bulk sample register,en`,
    );
    const file = path.join(dir, 'institutions-bulk.csv');
    fs.writeFileSync(file, `id,name,kind,country,source.title,source.language\n${rows.join('\n')}\n`);
    const child = spawn(tsx, [cli, file, '--batch-size', '20'], {
      cwd: repositoryRoot,
      env: { ...process.env, GATEWAY_URL: stack.gatewayUrl, GATEWAY_TOKEN: '', INIT_CWD: dir },
      detached: true,
    });
    let output = '';
    // 'close', not 'exit': the last lines the command wrote may still be on their way after it exits.
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // The progress lines on stderr: interrupt once writing has begun.
        if (output.includes('writing institutions-bulk.csv')) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
    });
    await new Promise((r) => setTimeout(r, 1000));
    process.kill(-child.pid!, 'SIGINT');
    const code = await exited;
    expect(output).toMatch(/stopping after the batch in flight/);
    const stopped = /stopped: (\d+) of 3000 rows written/.exec(output);
    expect(code).toBe(130);
    expect(stopped).not.toBeNull();
    const written = Number(stopped![1]);
    expect(written % 20).toBe(0);
    expect(written).toBeLessThan(3000);
    const bulkCount = async () =>
      (await query('{ institutions(filter: { search: "sample bulk institute" }, first: 0) { totalCount } }'))
        .institutions.totalCount;
    expect(await bulkCount()).toBe(written);
    const rest = await run([file, '--batch-size', '500']);
    expect(rest.stdout).toMatch(
      new RegExp(`3000 rows imported: ${3000 - written} created, 0 updated, ${written} unchanged`),
    );
    expect(await bulkCount()).toBe(3000);
  }, 300_000);
});
