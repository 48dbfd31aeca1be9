import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropMysqlDatabase, repositoryRoot } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { openAgreementsDatabase } from '../../subgraphs/agreements/src/public';
import { openInstitutionsDatabase } from '../../subgraphs/institutions/src/public';
import { seedInstitutions } from '../../subgraphs/institutions/src/public';
import { openTalentDatabase } from '../../subgraphs/talent/src/public';
import { defaultOptions, runBench } from '../bench/harness';
import { checkMysqlUrl, DEFAULT_SEED, parseGenerateArgs, UsageError } from '../generate/args';
import { Dataset, SOURCE_ID, SOURCE_TITLE } from '../generate/dataset';
import { databaseNames, runGenerate, type GenerateIo, type GenerateResult } from '../generate/generate';
import { filterQueries, formatFilterTimes, measureFilterTimes, parseFilterTimesArgs } from '../generate/filterTimes';

/**
 * `pnpm generate` at the small scale, into throwaway databases `test_gen_<pid>_…`
 * (never `partnership_*`), dropped afterwards. MySQL only: skipped without MYSQL_URL,
 * a failure with REQUIRE_MYSQL=1 (testDatabases throws).
 */
const hasMysql = testDatabases().some((d) => d.label === 'mysql');
const mysqlUrl = process.env.MYSQL_URL ?? '';
const describeMysql = hasMysql ? describe : describe.skip;

function captured(onStderr?: (chunk: string) => void): { io: GenerateIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (chunk: string) => ((out += chunk), true) },
      stderr: {
        write: (chunk: string) => {
          err += chunk;
          onStderr?.(chunk);
          return true;
        },
        isTTY: false,
      },
    },
    out: () => out,
    err: () => err,
  };
}

type DataSource = Awaited<ReturnType<typeof openInstitutionsDatabase>>;

/** Schema statements TypeORM would still run to match the entities: [] when every index and column is there. */
async function pendingSchemaChanges(databases: Record<string, DataSource>): Promise<Record<string, string[]>> {
  const pending: Record<string, string[]> = {};
  for (const [name, dataSource] of Object.entries(databases)) {
    pending[name] = (await dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  }
  return pending;
}

async function openAll(prefix: string): Promise<Record<'institutions' | 'agreements' | 'talent', DataSource>> {
  const names = databaseNames(prefix);
  const server = checkMysqlUrl(mysqlUrl, true);
  return {
    institutions: await openInstitutionsDatabase({ kind: 'mysql', url: server, database: names.institutions }),
    agreements: await openAgreementsDatabase({ kind: 'mysql', url: server, database: names.agreements }),
    talent: await openTalentDatabase({ kind: 'mysql', url: server, database: names.talent }),
  };
}

async function scalar(dataSource: DataSource, sql: string): Promise<number> {
  const rows: Array<Record<string, unknown>> = await dataSource.query(sql);
  return Number(Object.values(rows[0])[0]);
}

describe('pnpm generate: bad input', () => {
  it('refuses a MySQL server that is not on loopback unless --allow-remote', () => {
    const result = spawnSync(
      path.join(repositoryRoot, 'node_modules', '.bin', 'tsx'),
      ['scripts/generate/index.ts', '--scale', 'small', '--mysql-url', 'mysql://root@db.example.com:3306'],
      { cwd: repositoryRoot, encoding: 'utf8', env: { ...process.env, MYSQL_URL: '' } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /refusing to write into the MySQL server on "db\.example\.com", which is not a loopback address/,
    );
    expect(result.stderr).toMatch(/--allow-remote/);
    expect(() => parseGenerateArgs(['--scale', 'small', '--mysql-url', 'mysql://root@10.0.0.5:3306'], {})).toThrow(
      UsageError,
    );
    expect(
      parseGenerateArgs(['--scale', 'small', '--mysql-url', 'mysql://root@10.0.0.5:3306', '--allow-remote'], {})
        .mysqlUrl,
    ).toBe('mysql://root@10.0.0.5:3306/');
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '[::1]']) {
      expect(parseGenerateArgs(['--scale', 'small', '--mysql-url', `mysql://root@${host}:3306`], {}).allowRemote).toBe(
        false,
      );
    }
  });

  it('pnpm generate:filters refuses a server that is not on loopback, and needs --datasets', () => {
    expect(() =>
      parseFilterTimesArgs(['--datasets', 'gsmall_', '--mysql-url', 'mysql://root@db.example.com:3306'], {}),
    ).toThrow(/not a loopback address/);
    expect(() => parseFilterTimesArgs([], {})).toThrow(/--datasets/);
    expect(() => parseFilterTimesArgs(['--datasets', 'a_', '--runs', '0'], {})).toThrow(/--runs/);
    expect(parseFilterTimesArgs(['--datasets', 'gsmall_,glarge_', '--runs', '5'], {})).toEqual({
      datasets: ['gsmall_', 'glarge_'],
      runs: 5,
      mysqlUrl: 'mysql://root@127.0.0.1:3306/',
    });
  });

  it('refuses a missing or unknown scale, a bad seed, a database in the URL and unknown flags', () => {
    expect(() => parseGenerateArgs([], {})).toThrow(/--scale is required/);
    expect(() => parseGenerateArgs(['--scale', 'huge'], {})).toThrow(/--scale must be one of small, medium, large/);
    expect(() => parseGenerateArgs(['--scale', 'small', '--seed', '-1'], {})).toThrow(/--seed must be an integer/);
    expect(() =>
      parseGenerateArgs(
        ['--scale', 'small', '--mysql-url', 'mysql://root@127.0.0.1:3306/partnership_institutions'],
        {},
      ),
    ).toThrow(/--database-prefix/);
    expect(() => parseGenerateArgs(['--scale', 'small', '--database-prefix', 'x;drop'], {})).toThrow(
      /--database-prefix/,
    );
    expect(() => parseGenerateArgs(['--scale', 'small', '--fast'], {})).toThrow(/unknown argument "--fast"/);
  });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    const a = new Dataset('small', 7);
    const b = new Dataset('small', 7);
    const c = new Dataset('small', 8);
    expect(a.agreementRow(1234)).toEqual(b.agreementRow(1234));
    expect(a.partyRows(1234)).toEqual(b.partyRows(1234));
    expect(a.jobs().map((j) => j.rows())).toEqual(b.jobs().map((j) => j.rows()));
    expect(a.agreementRow(1234)).not.toEqual(c.agreementRow(1234));
  });
});

describeMysql('pnpm generate --scale small (MySQL)', () => {
  const prefix = `test_gen_${process.pid}_`;
  const prefixes = [prefix, `${prefix}seed_`, `${prefix}int_`];
  let first: GenerateResult;
  let firstOut: ReturnType<typeof captured>;
  let db: Awaited<ReturnType<typeof openAll>>;

  beforeAll(async () => {
    firstOut = captured();
    first = await runGenerate(
      ['--scale', 'small', '--database-prefix', prefix, '--mysql-url', mysqlUrl, '--explain'],
      firstOut.io,
      {},
    );
    if (first.exitCode !== 0) throw new Error(`generate failed: ${firstOut.err()}`);
    console.log(
      `pnpm generate --scale small: ${Math.round(first.rowsPerSecond).toLocaleString('en-US')} rows/s ` +
        `(${first.rows.toLocaleString('en-US')} rows in ${first.seconds.toFixed(1)} s)`,
    );
    db = await openAll(prefix);
  }, 120_000);

  afterAll(async () => {
    for (const dataSource of Object.values(db ?? {})) await dataSource.destroy();
    for (const p of prefixes) {
      for (const name of Object.values(databaseNames(p))) await dropMysqlDatabase(checkMysqlUrl(mysqlUrl, true), name);
    }
  }, 60_000);

  it('writes the small dataset: 1,000 institutions, 10,000 agreements with 2–5 parties each, internships, theses', async () => {
    expect(first.status).toBe('written');
    expect(await scalar(db.institutions, 'SELECT COUNT(*) FROM institutions')).toBe(1_000);
    expect(await scalar(db.institutions, 'SELECT COUNT(*) FROM people')).toBe(2_000);
    expect(await scalar(db.agreements, 'SELECT COUNT(*) FROM agreements')).toBe(10_000);
    const parties: Array<Record<string, unknown>> = await db.agreements.query(
      'SELECT COUNT(*) AS agreements, MIN(n) AS fewest, MAX(n) AS most FROM (SELECT agreement_id, COUNT(*) AS n FROM agreement_parties GROUP BY agreement_id) x',
    );
    expect(Number(parties[0].agreements)).toBe(10_000);
    expect(Number(parties[0].fewest)).toBe(2);
    expect(Number(parties[0].most)).toBe(5);
    expect(await scalar(db.talent, 'SELECT COUNT(*) FROM internships')).toBe(10_000);
    expect(await scalar(db.talent, 'SELECT COUNT(*) FROM theses')).toBe(2_000);
    expect(await scalar(db.talent, 'SELECT COUNT(*) FROM internship_programs')).toBe(500);
    // Every party is an institution that exists, every signatory a person that exists.
    const institutionIds = new Set(
      (await db.institutions.query('SELECT id FROM institutions')).map((r: { id: string }) => r.id),
    );
    const personIds = new Set((await db.institutions.query('SELECT id FROM people')).map((r: { id: string }) => r.id));
    const links: Array<{ institution_id: string; signatory_id: string | null }> = await db.agreements.query(
      'SELECT institution_id, signatory_id FROM agreement_parties',
    );
    expect(links.filter((l) => !institutionIds.has(l.institution_id))).toEqual([]);
    expect(links.filter((l) => l.signatory_id !== null && !personIds.has(l.signatory_id))).toEqual([]);
    // The rows are the dataset's rows (determinism end to end).
    const dataset = new Dataset('small', DEFAULT_SEED);
    const [stored] = await db.agreements.query(
      'SELECT id, title, kind, status, signed_on FROM agreements WHERE id = ?',
      ['syn-agr-0004242'],
    );
    const expected = dataset.agreementRow(4242);
    expect(stored).toEqual({
      id: expected.id,
      title: expected.title,
      kind: expected.kind,
      status: expected.status,
      signed_on: expected.signed_on,
    });
    // The ascending sort keys hold the date, or '9999' for undated records, as the subgraphs write them.
    expect(
      await scalar(
        db.agreements,
        "SELECT COUNT(*) FROM agreements WHERE signed_on_sort <> COALESCE(signed_on, '9999')",
      ),
    ).toBe(0);
    expect(
      await scalar(db.agreements, "SELECT COUNT(*) FROM events WHERE starts_on_sort <> COALESCE(starts_on, '9999')"),
    ).toBe(0);
    expect(
      await scalar(
        db.institutions,
        "SELECT COUNT(*) FROM institutions WHERE founded_on_sort <> COALESCE(founded_on, '9999')",
      ),
    ).toBe(0);
    expect(await scalar(db.agreements, 'SELECT COUNT(*) FROM agreements WHERE signed_on IS NULL')).toBeGreaterThan(0);
    // The secondary indexes, built after the rows went in, are exactly the ones the migrations create.
    expect(await pendingSchemaChanges(db)).toEqual({ institutions: [], agreements: [], talent: [] });
  });

  it('marks everything synthetic: syn- ids, one source document src-synthetic cited by every record, "Synthetic" names', async () => {
    const records: Record<'institutions' | 'agreements' | 'talent', Array<[string, string, string | null]>> = {
      institutions: [
        ['institutions', 'institution', 'name'],
        ['people', 'person', 'name'],
        ['positions', 'position', null],
        ['memberships', 'membership', null],
      ],
      agreements: [
        ['agreements', 'agreement', 'title'],
        ['events', 'event', 'title'],
      ],
      talent: [
        ['internship_programs', 'internship-program', 'title'],
        ['internships', 'internship', null],
        ['thesis_programs', 'thesis-program', 'title'],
        ['theses', 'thesis', 'title'],
        ['training_programs', 'training-program', 'title'],
        ['training_enrollments', 'training-enrollment', null],
        ['students', 'student', 'name'],
      ],
    };
    for (const [subgraph, tables] of Object.entries(records) as Array<
      [keyof typeof records, Array<[string, string, string | null]>]
    >) {
      const dataSource = db[subgraph];
      const sources = await dataSource.query('SELECT id, title, publisher FROM sources');
      expect(sources).toEqual([
        { id: SOURCE_ID, title: SOURCE_TITLE, publisher: 'pnpm generate --scale small --seed 20250515' },
      ]);
      expect(await scalar(dataSource, `SELECT COUNT(*) FROM citations WHERE source_id <> '${SOURCE_ID}'`)).toBe(0);
      for (const [table, type, nameColumn] of tables) {
        expect(await scalar(dataSource, `SELECT COUNT(*) FROM ${table}`)).toBeGreaterThan(0);
        expect(await scalar(dataSource, `SELECT COUNT(*) FROM ${table} WHERE id NOT LIKE 'syn-%'`)).toBe(0);
        const uncited = await scalar(
          dataSource,
          `SELECT COUNT(*) FROM ${table} t LEFT JOIN citations c ON c.record_key = CONCAT('${type}:', t.id) AND c.source_id = '${SOURCE_ID}' WHERE c.record_key IS NULL`,
        );
        expect({ table, uncited }).toEqual({ table, uncited: 0 });
        if (nameColumn)
          expect(
            await scalar(dataSource, `SELECT COUNT(*) FROM ${table} WHERE ${nameColumn} NOT LIKE 'Synthetic %'`),
          ).toBe(0);
      }
    }
    // Foreign ids in link tables point at synthetic records too.
    expect(
      await scalar(
        db.agreements,
        "SELECT COUNT(*) FROM agreement_parties WHERE institution_id NOT LIKE 'syn-%' OR agreement_id NOT LIKE 'syn-%'",
      ),
    ).toBe(0);
    expect(
      await scalar(
        db.talent,
        "SELECT COUNT(*) FROM internship_programs WHERE agreement_id NOT LIKE 'syn-%' OR host_id NOT LIKE 'syn-%'",
      ),
    ).toBe(0);
  });

  it('is served through the gateway: pnpm bench --dataset runs V1–V4 and S1–S4 on it, every answer checked, no errors (the scale bench at the small scale)', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-small-'));
    try {
      const bench = await runBench({
        ...defaultOptions,
        duration: 1,
        connections: 2,
        rounds: 1,
        warmup: 0,
        scenarios: ['V1', 'V2', 'V3', 'V4', 'S1', 'S2', 'S3', 'S4'],
        contenders: ['gateway', 'direct'],
        database: 'mysql',
        dataset: prefix,
        // Every request reaches the generated databases.
        responseCacheMs: 0,
        sql: false,
        outDir,
      });
      expect(bench.results.map((r) => `${r.contender}/${r.scenario}`).sort()).toEqual([
        'direct/S1',
        'direct/V4',
        'gateway/S1',
        'gateway/S2',
        'gateway/S3',
        'gateway/S4',
        'gateway/V1',
        'gateway/V2',
        'gateway/V3',
        'gateway/V4',
      ]);
      // V4 answers were compared request by request between this gateway and the subgraph direct.
      expect(bench.varied?.answersCompared).toBeGreaterThan(0);
      for (const cell of bench.results) {
        expect({
          cell: `${cell.contender}/${cell.scenario}`,
          answered: cell.requests > 0,
          errors: cell.errors.total,
        }).toEqual({
          cell: `${cell.contender}/${cell.scenario}`,
          answered: true,
          errors: 0,
        });
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('answers every filter and order of every list on it (pnpm generate:filters)', async () => {
    const times = await measureFilterTimes({ datasets: [prefix], runs: 1, mysqlUrl: checkMysqlUrl(mysqlUrl, true) });
    expect(times.map((t) => t.name)).toEqual(filterQueries.map(([name]) => name));
    expect(times.filter((t) => t.errors[0] !== null).map((t) => `${t.name}: ${t.errors[0]}`)).toEqual([]);
    expect(formatFilterTimes([prefix], times)).toMatch(/\| agreements: search \(no match\) \| [\d.]+ \| 1\.00× \|/);
  }, 120_000);

  it('uses the keyset indexes: EXPLAIN of the institutions and agreements pages (filtered too), the internships of a programme and the theses page', () => {
    const byName = new Map(first.probes!.map((p) => [p.probe.name, p]));
    for (const name of [
      'institutions page (NAME_ASC, first page of 20, the default)',
      'S1 institutions page (NAME_ASC, deep keyset page)',
      'internships of one programme (created_at keyset)',
      'theses page (created_at keyset)',
      'S4/S3 agreements page (TITLE_ASC)',
      'S3 agreements page (SIGNED_ON_DESC, the default order)',
      'agreements page (SIGNED_ON_DESC, deep keyset page)',
      'agreements of one kind (SIGNED_ON_DESC)',
      'institutions page filtered by country',
      'institutions page filtered by kind',
      // Ascending date orders put undated records last through a stored sort key, so an index serves them too.
      'agreements page (SIGNED_ON_ASC, undated last: signed_on_sort)',
      'agreements page (SIGNED_ON_ASC, deep keyset page)',
      'agreements of one status (SIGNED_ON_ASC)',
      'institutions page FOUNDED_ON_ASC (deep keyset page)',
      'institutions page filtered by country, FOUNDED_ON_ASC',
      'agreements of one kind (TITLE_ASC)',
      'internship programmes of one institution (host or university)',
    ]) {
      const probe = byName.get(name)!;
      expect({ name, key: probe.key, ok: probe.ok }).toEqual({ name, key: probe.probe.expect, ok: true });
    }
    expect(firstOut.out()).toMatch(/Query plans on the synthetic data/);
    expect(firstOut.out()).toMatch(/Bulk insertion: [\d,]+ rows\/s/);
  });

  it('writes nothing on a second run and says so (exit 0)', async () => {
    const second = captured();
    const result = await runGenerate(
      ['--scale', 'small', '--database-prefix', prefix, '--mysql-url', mysqlUrl],
      second.io,
      {},
    );
    expect(result).toMatchObject({ exitCode: 0, status: 'already-generated', rows: 0 });
    expect(second.out()).toMatch(
      /already hold the synthetic dataset \(pnpm generate --scale small --seed 20250515\): nothing written/,
    );
    expect(await scalar(db.agreements, 'SELECT COUNT(*) FROM agreements')).toBe(10_000);
    // Another scale on the same databases is not a re-run: refused without --replace.
    const other = captured();
    expect(
      (await runGenerate(['--scale', 'medium', '--database-prefix', prefix, '--mysql-url', mysqlUrl], other.io, {}))
        .exitCode,
    ).toBe(1);
    expect(other.err()).toMatch(/--replace/);
  });

  it('refuses to generate into a database that holds the seed dataset', async () => {
    const seedPrefix = `${prefix}seed_`;
    const server = checkMysqlUrl(mysqlUrl, true);
    const seeded = await openInstitutionsDatabase({
      kind: 'mysql',
      url: server,
      database: `${seedPrefix}institutions`,
    });
    try {
      await seedInstitutions(seeded);
      const before = await scalar(seeded, 'SELECT COUNT(*) FROM institutions');
      const run = captured();
      const result = await runGenerate(
        ['--scale', 'small', '--database-prefix', seedPrefix, '--mysql-url', mysqlUrl],
        run.io,
        {},
      );
      expect(result).toMatchObject({ exitCode: 1, status: 'refused', rows: 0 });
      expect(run.err()).toMatch(
        new RegExp(`${seedPrefix}institutions holds data that is not synthetic \\(institutions row "[a-z0-9-]+"\\)`),
      );
      expect(run.err()).toMatch(/Refusing to mix the synthetic dataset with the seed dataset/);
      expect(await scalar(seeded, 'SELECT COUNT(*) FROM institutions')).toBe(before);
      expect(await scalar(seeded, "SELECT COUNT(*) FROM institutions WHERE id LIKE 'syn-%'")).toBe(0);
      expect(await scalar(seeded, `SELECT COUNT(*) FROM sources WHERE id = '${SOURCE_ID}'`)).toBe(0);
      // --replace does not override the refusal.
      const replace = captured();
      expect(
        (
          await runGenerate(
            ['--scale', 'small', '--database-prefix', seedPrefix, '--mysql-url', mysqlUrl, '--replace'],
            replace.io,
            {},
          )
        ).exitCode,
      ).toBe(1);
      expect(await scalar(seeded, 'SELECT COUNT(*) FROM institutions')).toBe(before);
    } finally {
      await seeded.destroy();
    }
  });

  it('stops cleanly when interrupted: whole batches only, exit 130; --replace regenerates', async () => {
    const intPrefix = `${prefix}int_`;
    const controller = new AbortController();
    let chunks = 0;
    const run = captured((chunk) => {
      // The progress line follows each committed chunk: interrupt after a few of them.
      if (chunk.startsWith('[') && ++chunks === 3) controller.abort();
    });
    const result = await runGenerate(
      ['--scale', 'small', '--database-prefix', intPrefix, '--mysql-url', mysqlUrl],
      { ...run.io, signal: controller.signal },
      {},
    );
    expect(result).toMatchObject({ exitCode: 130, status: 'interrupted' });
    expect(result.rows).toBeGreaterThan(0);
    expect(result.rows).toBeLessThan(first.rows);
    expect(run.out()).toMatch(/Interrupted after writing [\d,]+ rows/);
    const partial = await openAll(intPrefix);
    try {
      // Every agreement that exists has all its parties, commitments and its citation: no half-written batch.
      const agreements = await scalar(partial.agreements, 'SELECT COUNT(*) FROM agreements');
      expect(agreements % 1000).toBe(0);
      expect(await scalar(partial.agreements, 'SELECT COUNT(DISTINCT agreement_id) FROM agreement_parties')).toBe(
        agreements,
      );
      expect(await scalar(partial.agreements, 'SELECT COUNT(DISTINCT agreement_id) FROM agreement_commitments')).toBe(
        agreements,
      );
      expect((await scalar(partial.institutions, 'SELECT COUNT(*) FROM institutions')) % 1000).toBe(0);
      expect(
        await scalar(partial.agreements, "SELECT COUNT(*) FROM citations WHERE record_key LIKE 'agreement:%'"),
      ).toBe(agreements);
      const counted = Object.entries(result.written);
      for (const [table, n] of counted.filter(([t]) =>
        ['institutions', 'agreements', 'agreement_parties', 'students'].includes(t),
      )) {
        const dataSource =
          table === 'institutions' ? partial.institutions : table === 'students' ? partial.talent : partial.agreements;
        expect(await scalar(dataSource, `SELECT COUNT(*) FROM ${table}`)).toBe(n);
      }
      // The indexes dropped for the load are back even though it was interrupted.
      expect(await pendingSchemaChanges(partial)).toEqual({ institutions: [], agreements: [], talent: [] });
      // A run killed outright leaves indexes missing: the next --replace run mends them.
      await partial.agreements.query('ALTER TABLE agreements DROP INDEX idx_agreements_sort_title');
      // A plain re-run sees the incomplete dataset and refuses; --replace wipes it and writes the whole.
      const again = captured();
      expect(
        (await runGenerate(['--scale', 'small', '--database-prefix', intPrefix, '--mysql-url', mysqlUrl], again.io, {}))
          .exitCode,
      ).toBe(1);
      expect(again.err()).toMatch(/incomplete/);
      const replace = captured();
      const replaced = await runGenerate(
        ['--scale', 'small', '--database-prefix', intPrefix, '--mysql-url', mysqlUrl, '--replace'],
        replace.io,
        {},
      );
      expect(replaced).toMatchObject({ exitCode: 0, status: 'written', rows: first.rows });
      expect(await scalar(partial.agreements, 'SELECT COUNT(*) FROM agreements')).toBe(10_000);
      expect(await scalar(partial.agreements, 'SELECT COUNT(*) FROM agreement_parties')).toBe(
        first.written.agreement_parties,
      );
      expect(await pendingSchemaChanges(partial)).toEqual({ institutions: [], agreements: [], talent: [] });
    } finally {
      for (const dataSource of Object.values(partial)) await dataSource.destroy();
    }
  }, 90_000);
});
