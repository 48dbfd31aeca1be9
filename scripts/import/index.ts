import { ConfigError, mintToken, readAuthConfig } from '@partnership-graph/shared';
import { parseImportArgs, UsageError } from './args';
import { ImportAborted } from './gatewayClient';
import { importFile, type ImportSummary } from './importFile';
import { ImportFileError } from './readInputFile';
import { recordTypeFor, recordTypes } from './recordTypes';
import { describeProblems } from './report';
import { FileProblem } from './rowInputs';

/**
 * `pnpm load <file>` (`pnpm import` is pnpm's own lockfile command; `pnpm run import` is another name): imports a CSV or JSON file of institutions, people, positions,
 * memberships, agreements, events or programmes (or ROR records with --format ror)
 * through the gateway. Exit code 0 when everything asked for was done, 1 on any
 * problem (nothing written unless --skip-invalid), 130 when stopped with Ctrl-C.
 */
const rowsText = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

export function describeSummary(summary: ImportSummary, dryRun: boolean): string[] {
  const lines = describeProblems(summary.fileName, summary.rejected);
  const { fileName, rows, rejected } = summary;
  const counts = `${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged`;
  if (rejected.length)
    lines.push(`${rejected.length} of ${rowsText(rows.length)} rejected; they are listed in ${summary.reportFile}`);
  if (summary.refused) {
    lines.push(
      `nothing written: fix the rows above and import again, or pass --skip-invalid to write the ${summary.toWrite} valid row${summary.toWrite === 1 ? '' : 's'}`,
    );
  } else if (dryRun) {
    lines.push(`dry run, nothing written: ${rowsText(summary.toWrite)} would give ${counts}`);
  } else if (summary.stopped) {
    lines.push(
      `stopped: ${summary.writtenRows} of ${rowsText(summary.toWrite)} written (${counts}); each batch is written whole, so nothing is half-written — run the same import again to finish it`,
    );
  } else if (summary.toWrite === 0) {
    lines.push(`${fileName}: no valid rows, nothing written`);
  } else if (summary.created + summary.updated === 0) {
    lines.push(
      `${fileName}: nothing changed — all ${rowsText(summary.unchanged)} match records that already say what they say`,
    );
  } else {
    lines.push(`${fileName}: ${rowsText(summary.writtenRows)} imported: ${counts}`);
  }
  return lines;
}

const RUN_AGAIN = 'import is idempotent: run the same import again, and rows already written come back unchanged';

/** What an aborted import wrote, saying "unknown" when no answer tells (never claiming a batch wrote nothing unless refused). */
export function describeAbort(error: ImportAborted): string {
  if (error.rowsWritten === null) return 'nothing was written (the rows were being checked)';
  const earlier = `${rowsText(error.rowsWritten)} of earlier batches are written`;
  if (error.batchOutcome === 'not written')
    return `the batch that failed wrote nothing; ${earlier} — the same import run again goes on from there`;
  const rows = error.batchRows ?? [];
  const span =
    rows.length === 1
      ? `file row ${rows[0]}`
      : `${rowsText(rows.length)}, file rows ${Math.min(...rows)} to ${Math.max(...rows)}`;
  const batch = rows.length ? ` (${span})` : '';
  return `whether the batch in flight${batch} was written is unknown: it commits whole or not at all, and no answer said which; ${earlier} — ${RUN_AGAIN}`;
}

async function main(): Promise<void> {
  let stop = false;
  process.on('SIGINT', () => {
    if (stop) process.exit(130);
    stop = true;
    process.stderr.write(
      '\nstopping after the batch in flight (Ctrl-C again to quit at once; that batch then commits or not as a whole)\n',
    );
  });
  try {
    const args = parseImportArgs(process.argv.slice(2));
    let token = args.token;
    if (!token) {
      const type = args.format === 'ror' ? recordTypes[0] : recordTypeFor(args.type, args.file.split('/').pop() ?? '');
      const { jwtSecret } = readAuthConfig();
      if (!type || !jwtSecret)
        throw new UsageError(
          'pass --token (or set GATEWAY_TOKEN) with a token holding an editor role for these records, or admin',
        );
      token = await mintToken(jwtSecret, { sub: 'pnpm-import', roles: [type.role], institutionId: null }, '2h');
      process.stderr.write(`import: no --token given; using a local development token with the role ${type.role}\n`);
    }
    const summary = await importFile({ ...args, token }, { progress: process.stderr, stopRequested: () => stop });
    for (const line of describeSummary(summary, args.dryRun)) console.log(line);
    process.exit(summary.stopped ? 130 : summary.refused || (summary.rejected.length > 0 && args.dryRun) ? 1 : 0);
  } catch (error) {
    const known = [UsageError, FileProblem, ImportFileError, ImportAborted, ConfigError].some(
      (kind) => error instanceof kind,
    );
    console.error(`import: ${known ? '' : 'unexpected failure: '}${(error as Error).message}`);
    if (error instanceof ImportAborted) console.error(describeAbort(error));
    else if (!known) console.error(`whether a batch in flight was written is unknown — ${RUN_AGAIN}`);
    process.exit(1);
  }
}

if (require.main === module) void main();
