import { subgraphNames, type DatabaseConfig } from '@partnership-graph/shared';
import { openAgreementsDatabase } from '../../subgraphs/agreements/src/public';
import { openInstitutionsDatabase } from '../../subgraphs/institutions/src/public';
import { openTalentDatabase } from '../../subgraphs/talent/src/public';
import { parseGenerateArgs, UsageError, type GenerateOptions } from './args';
import { Dataset, datasetLabel, ID_PREFIX, SOURCE_ID, type Job } from './dataset';
import { addMissingIndexes, declaredIndexes, dropIndexes } from './deferredIndexes';
import { formatProbes, runProbes, type ProbeResult } from './indexCheck';
import { formatCount, formatDuration, ProgressBar, type ProgressStream } from './progress';
import { insertStatements } from './sql';
import { dataTables, insertShapes, recordTables, type SubgraphName } from './tables';

/**
 * `pnpm generate`: writes the synthetic dataset into the three subgraphs' MySQL
 * databases. The databases are created and migrated by each subgraph's own
 * `open…Database`; the rows go in as multi-row INSERTs, one transaction per chunk of
 * records (a record, its parts and its citations always commit together).
 */

type DataSource = Awaited<ReturnType<typeof openInstitutionsDatabase>>;
type QueryRunner = ReturnType<DataSource['createQueryRunner']>;

const openers: Record<SubgraphName, (config: DatabaseConfig) => Promise<DataSource>> = {
  institutions: openInstitutionsDatabase,
  agreements: openAgreementsDatabase,
  talent: openTalentDatabase,
};
export const subgraphs: readonly SubgraphName[] = subgraphNames;

export interface GenerateIo {
  stdout: { write(chunk: string): boolean };
  stderr: ProgressStream;
  /** Aborting stops after the current chunk's transaction (the CLI aborts on Ctrl-C). */
  signal?: AbortSignal;
}

export interface GenerateResult {
  /** 0 written (or already there), 1 refused or failed, 130 interrupted. */
  exitCode: number;
  status: 'written' | 'already-generated' | 'refused' | 'interrupted' | 'failed';
  /** Rows written in this run, by table. */
  written: Record<string, number>;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  probes?: ProbeResult[];
}

export class Refusal extends Error {
  override name = 'Refusal';
}

/** The server URL without credentials, for messages. */
function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

export function databaseNames(prefix: string): Record<SubgraphName, string> {
  return { institutions: `${prefix}institutions`, agreements: `${prefix}agreements`, talent: `${prefix}talent` };
}

interface Inspection {
  /** A row that is not synthetic (the seed dataset or hand-made data), described. */
  foreign: string | null;
  /** Publisher of `src-synthetic` (which command wrote the data), null if absent. */
  marker: string | null;
  /** Any synthetic record present. */
  hasRecords: boolean;
}

async function inspect(dataSource: DataSource, subgraph: SubgraphName): Promise<Inspection> {
  const first = async (sql: string): Promise<string | null> => {
    const rows: Array<{ v: unknown }> = await dataSource.query(sql);
    return rows.length ? String(rows[0].v) : null;
  };
  let foreign: string | null = null;
  let hasRecords = false;
  for (const table of recordTables[subgraph]) {
    const id = await first(`SELECT id AS v FROM \`${table}\` WHERE id NOT LIKE '${ID_PREFIX}%' LIMIT 1`);
    if (id !== null && !foreign) foreign = `${table} row "${id}"`;
    if (!hasRecords && (await first(`SELECT id AS v FROM \`${table}\` LIMIT 1`)) !== null) hasRecords = true;
  }
  const source = await first(`SELECT id AS v FROM sources WHERE id <> '${SOURCE_ID}' LIMIT 1`);
  if (source !== null && !foreign) foreign = `sources row "${source}"`;
  const citation = await first(`SELECT record_key AS v FROM citations WHERE source_id <> '${SOURCE_ID}' LIMIT 1`);
  if (citation !== null && !foreign) foreign = `citation of "${citation}"`;
  const audit = await first(
    `SELECT entity_id AS v FROM audit_log WHERE entity_id NOT LIKE '${ID_PREFIX}%' LIMIT 1`,
  ).catch(() => null);
  if (audit !== null && !foreign) foreign = `audit_log entry of "${audit}"`;
  const marker = await first(`SELECT publisher AS v FROM sources WHERE id = '${SOURCE_ID}'`);
  return { foreign, marker, hasRecords: hasRecords || marker !== null };
}

/** Runs `pnpm generate` with these arguments; returns the exit code and what was written. */
export async function runGenerate(
  argv: readonly string[],
  io: GenerateIo,
  env: Record<string, string | undefined> = process.env,
): Promise<GenerateResult> {
  const empty = { written: {}, rows: 0, seconds: 0, rowsPerSecond: 0 };
  let options: GenerateOptions;
  try {
    options = parseGenerateArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`generate: ${error.message}\n`);
    return { exitCode: 1, status: 'refused', ...empty };
  }
  try {
    return await generate(options, io);
  } catch (error) {
    if (error instanceof Refusal) {
      io.stderr.write(`generate: ${error.message}\n`);
      return { exitCode: 1, status: 'refused', ...empty };
    }
    const e = error as { code?: string; message?: string };
    io.stderr.write(`generate: failed: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}\n`);
    return { exitCode: 1, status: 'failed', ...empty };
  }
}

export async function generate(options: GenerateOptions, io: GenerateIo): Promise<GenerateResult> {
  const { stdout, stderr, signal } = io;
  const dataset = new Dataset(options.scale, options.seed);
  const label = datasetLabel(options.scale, options.seed);
  const names = databaseNames(options.databasePrefix);
  const sources: Partial<Record<SubgraphName, DataSource>> = {};
  const written: Record<string, number> = {};
  const startedAt = Date.now();
  let rows = 0;
  let writeStartedAt = 0;
  const rate = () => {
    const seconds = writeStartedAt ? (Date.now() - writeStartedAt) / 1000 : 0;
    return { rows, seconds, rowsPerSecond: seconds > 0 ? rows / seconds : 0 };
  };
  const explain = async (): Promise<ProbeResult[] | undefined> => {
    if (!options.explain) return undefined;
    const probes = await runProbes((db, sql) => sources[db]!.query(sql));
    stdout.write(`Query plans on the synthetic data (EXPLAIN):\n${formatProbes(probes)}\n`);
    return probes;
  };

  // Before any database is touched: the rows against the entities' tables.
  const shapes = await insertShapes(dataset);
  const shapeOf = (subgraph: SubgraphName, table: string) => {
    const shape = shapes[subgraph].get(table);
    if (!shape) throw new Error(`table ${table} of ${subgraph}: its rows were not checked against its entity`);
    return shape;
  };

  try {
    stderr.write(
      `generate: opening ${subgraphs.map((s) => names[s]).join(', ')} on ${redact(options.mysqlUrl)} (created and migrated if missing)\n`,
    );
    for (const subgraph of subgraphs) {
      sources[subgraph] = await openers[subgraph]({ kind: 'mysql', url: options.mysqlUrl, database: names[subgraph] });
    }
    const inspections = {} as Record<SubgraphName, Inspection>;
    for (const subgraph of subgraphs) inspections[subgraph] = await inspect(sources[subgraph]!, subgraph);

    const foreign = subgraphs.filter((s) => inspections[s].foreign);
    if (foreign.length) {
      throw new Refusal(
        foreign.map((s) => `${names[s]} holds data that is not synthetic (${inspections[s].foreign})`).join('; ') +
          '. Refusing to mix the synthetic dataset with the seed dataset or real data: nothing written. ' +
          'Generate into other databases, e.g. --database-prefix bench_.',
      );
    }
    const holding = subgraphs.filter((s) => inspections[s].hasRecords);
    if (holding.length && !options.replace) {
      const complete = subgraphs.every((s) => inspections[s].marker === label);
      if (complete) {
        stdout.write(
          `The databases ${subgraphs.map((s) => names[s]).join(', ')} already hold the synthetic dataset (${label}): nothing written.\n`,
        );
        const probes = await explain();
        return { exitCode: 0, status: 'already-generated', written, ...rate(), probes };
      }
      const found = holding
        .map((s) => `${names[s]}: ${inspections[s].marker ?? 'synthetic rows without their source document'}`)
        .join('; ');
      throw new Refusal(
        `the databases already hold other or incomplete synthetic data (${found}), not the complete dataset of "${label}": nothing written. ` +
          'Run again with --replace to wipe the synthetic data and generate it afresh.',
      );
    }
    if (signal?.aborted) return interrupted();

    const jobs = dataset.jobs();
    const total = jobs.reduce((n, job) => n + job.rows(), 0) + subgraphs.length;
    const runners: Partial<Record<SubgraphName, QueryRunner>> = {};
    try {
      for (const subgraph of subgraphs) {
        const runner = sources[subgraph]!.createQueryRunner();
        runners[subgraph] = runner;
        await runner.connect();
        // Bulk load: this session only. No table has foreign keys; the ids are unique by construction.
        await runner.query('SET SESSION foreign_key_checks = 0');
        await runner.query('SET SESSION unique_checks = 0');
      }
      const packet = Number((await runners.institutions!.query('SELECT @@max_allowed_packet AS p'))[0].p);
      // Characters per statement: below max_allowed_packet even when every character takes 4 bytes.
      const maxChars = Math.max(64 * 1024, Math.min(4 * 1024 * 1024, Math.floor(packet / 4) - 1024));

      if (holding.length) {
        stderr.write(
          `generate: --replace: emptying the synthetic tables of ${holding.map((s) => names[s]).join(', ')}\n`,
        );
        for (const subgraph of holding) {
          for (const table of dataTables[subgraph]) await runners[subgraph]!.query(`TRUNCATE TABLE \`${table}\``);
        }
      }

      const progress = new ProgressBar(stderr, total);
      writeStartedAt = Date.now();
      stderr.write(`generate: writing ${formatCount(total)} rows (${label}) into ${options.databasePrefix}*\n`);
      const transaction = async (runner: QueryRunner, statements: readonly string[]) => {
        await runner.startTransaction();
        try {
          for (const statement of statements) await runner.query(statement);
          await runner.commitTransaction();
        } catch (error) {
          await runner.rollbackTransaction().catch(() => undefined);
          throw error;
        }
      };
      const count = (table: string, n: number) => {
        written[table] = (written[table] ?? 0) + n;
        rows += n;
      };

      // The three databases are written side by side, one connection each: the server
      // inserts on its cores while this process builds the next statements.
      // Ctrl-C stops every database after its current transaction; so does a failure in one of them.
      const stop = new AbortController();
      const onAbort = () => stop.abort();
      signal?.addEventListener('abort', onAbort);
      const writeDatabase = async (subgraph: SubgraphName) => {
        const runner = runners[subgraph]!;
        if (stop.signal.aborted) return;
        const query = (sql: string) => runner.query(sql);
        // Secondary indexes are built once the rows are in (see deferredIndexes), whatever stops the load.
        const indexes = declaredIndexes(
          sources[subgraph]!,
          dataTables[subgraph].filter((table) => table !== 'sources' && table !== 'audit_log'),
        );
        const buildIndexes = () =>
          addMissingIndexes(query, indexes, (table, n) =>
            progress.update(rows, `${names[subgraph]}.${table}: building ${n} indexes`, true),
          );
        const load = async () => {
          await dropIndexes(query, indexes);
          // The source document first, marked incomplete until the last chunk of this database commits.
          await transaction(
            runner,
            insertStatements(shapeOf(subgraph, 'sources'), [dataset.sourceRow(false)], 1, maxChars),
          );
          count('sources', 1);
          for (const job of jobs.filter((j: Job) => j.database === subgraph)) {
            for (let start = 0; start < job.count; start += job.chunkSize) {
              if (stop.signal.aborted) return;
              const chunk = job.build(start, Math.min(job.count, start + job.chunkSize));
              const statements = chunk.flatMap(([table, list]) =>
                insertStatements(shapeOf(subgraph, table), list, 2000, maxChars),
              );
              await transaction(runner, statements);
              for (const [table, list] of chunk) count(table, list.length);
              progress.update(rows, `${names[subgraph]}.${job.label}`);
            }
          }
        };
        try {
          await load();
        } catch (error) {
          await buildIndexes().catch(() => undefined);
          throw error;
        }
        await buildIndexes();
        if (stop.signal.aborted) return;
        // Only now is the dataset complete: rows and indexes.
        await runner.query(`UPDATE sources SET publisher = ? WHERE id = ?`, [label, SOURCE_ID]);
        // Fresh statistics, so the optimizer plans the benchmark's queries on the real sizes.
        await runner.query(`ANALYZE TABLE ${dataTables[subgraph].map((t) => `\`${t}\``).join(', ')}`);
      };
      const outcomes = await Promise.allSettled(
        subgraphs.map((subgraph) =>
          writeDatabase(subgraph).catch((error: unknown) => {
            stop.abort();
            throw error;
          }),
        ),
      );
      signal?.removeEventListener('abort', onAbort);
      const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failure) {
        progress.finish();
        throw failure.reason;
      }
      progress.update(rows, signal?.aborted ? 'stopped' : 'done', true);
      progress.finish();
    } finally {
      for (const runner of Object.values(runners)) await runner?.release().catch(() => undefined);
    }
    if (signal?.aborted) return interrupted();

    const r = rate();
    stdout.write(summary('Wrote', r));
    stdout.write(
      `Bulk insertion: ${formatCount(r.rowsPerSecond)} rows/s (${formatCount(r.rows)} rows in ${r.seconds.toFixed(1)} s; ${formatDuration((Date.now() - startedAt) / 1000)} in all with migrations)\n`,
    );
    const probes = await explain();
    return { exitCode: 0, status: 'written', written, ...r, probes };
  } finally {
    for (const dataSource of Object.values(sources)) await dataSource?.destroy().catch(() => undefined);
  }

  function summary(verb: string, r: { rows: number; seconds: number; rowsPerSecond: number }): string {
    const tables = Object.entries(written)
      .map(([table, n]) => `  ${table.padEnd(32)} ${formatCount(n).padStart(12)}`)
      .join('\n');
    return `${verb} ${formatCount(r.rows)} rows of the synthetic dataset (${label}) into ${options.databasePrefix}{institutions,agreements,talent}:\n${tables}\n`;
  }

  function interrupted(): GenerateResult {
    const r = rate();
    stderr.write(
      `\ngenerate: interrupted — every committed chunk is whole (records with their parts and citations); no half-written batch.\n`,
    );
    stdout.write(summary('Interrupted after writing', r));
    if (rows) {
      stdout.write(
        `The databases hold an incomplete synthetic dataset (source document marked "(incomplete)"); ` +
          `run again with --replace to regenerate it.\n`,
      );
    }
    return { exitCode: 130, status: 'interrupted', written, ...r };
  }
}
