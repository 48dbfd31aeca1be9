import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  isInputObjectType,
  type GraphQLInputObjectType,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { DateScalar, repositoryRoot, type ImportRowResult } from '@partnership-graph/shared';
import { ProgressBar, type ProgressStream } from '../generate/progress';
import { batchRows } from './batches';
import { parseCsv, CsvSyntaxError } from './csv';
import { GatewayClient, ImportAborted } from './gatewayClient';
import { readInputFile } from './readInputFile';
import { recordTypeFor, recordTypes, type RecordType } from './recordTypes';
import { writeRejectedReport } from './report';
import { rowsFromRor } from './ror';
import { checkRows, FileProblem, rejectDuplicateRows, rowsFromCsv, rowsFromJson, type InputRow } from './rowInputs';

export type ImportFormat = 'csv' | 'json' | 'ror';

export interface ImportOptions {
  file: string;
  type: string | null;
  format: ImportFormat | null;
  dryRun: boolean;
  skipInvalid: boolean;
  /** Where rejected rows are written; by default `<name>.rejected.<ext>` in `workingDirectory`. */
  report: string | null;
  /** The directory the user ran the command in (pnpm runs scripts from the repository root). */
  workingDirectory: string;
  url: string;
  token: string;
  batchSize: number;
  /** How long to wait for one batch, in ms (--timeout-ms, IMPORT_TIMEOUT_MS). */
  timeoutMs: number;
}

export interface ImportSummary {
  fileName: string;
  type: RecordType;
  rows: InputRow[];
  rejected: InputRow[];
  created: number;
  updated: number;
  unchanged: number;
  /** Rows the write phase finished (all of them unless stopped). */
  writtenRows: number;
  /** Rows meant to be written. */
  toWrite: number;
  /** True when nothing was written because rows were rejected and --skip-invalid was not given. */
  refused: boolean;
  stopped: boolean;
  reportFile: string | null;
}

export interface ImportIo {
  progress: ProgressStream;
  /** Set when the user asks to stop (Ctrl-C): the batch in flight finishes, no new one starts. */
  stopRequested: () => boolean;
}

const apiSchemaFile = path.join(repositoryRoot, 'schema', 'api.graphql');

/** The row input type of a record type's import mutation, from the composed API schema. */
export function inputTypeOf(
  type: RecordType,
  schemaSdl = fs.readFileSync(apiSchemaFile, 'utf8'),
): GraphQLInputObjectType {
  const schema = buildImportSchema(schemaSdl);
  const inputType = schema.getType(type.inputType);
  if (!isInputObjectType(inputType) || !schema.getMutationType()?.getFields()[type.mutation]) {
    throw new FileProblem(
      `the graph has no ${type.mutation} mutation taking ${type.inputType} (see schema/api.graphql)`,
    );
  }
  return inputType;
}

/** A schema from SDL whose Date scalar checks dates as the subgraphs do (SDL alone declares it without rules). */
export function buildImportSchema(sdl: string): GraphQLSchema {
  const schema = buildSchema(sdl);
  const date = schema.getType('Date') as GraphQLScalarType | undefined;
  if (date) Object.assign(date, { parseValue: DateScalar.parseValue });
  return schema;
}

/**
 * Reads and checks a whole file, asks the owning subgraph to check every row (a dry
 * run: unknown references, matches), and only then writes — all rows, or with
 * `skipInvalid` the valid ones. Each batch is written whole or not at all.
 */
export async function importFile(options: ImportOptions, io: ImportIo): Promise<ImportSummary> {
  const fileName = path.basename(options.file);
  const format: ImportFormat = options.format ?? (/\.json$/i.test(fileName) ? 'json' : 'csv');
  const type =
    format === 'ror' ? recordTypes.find((t) => t.name === 'institutions')! : recordTypeFor(options.type, fileName);
  if (!type) {
    throw new FileProblem(
      options.type
        ? `unknown --type "${options.type}"; one of: ${recordTypes.map((t) => t.name).join(', ')}`
        : `cannot tell what ${fileName} holds: start its name with the record type (e.g. institutions.csv) or pass --type (${recordTypes.map((t) => t.name).join(', ')})`,
    );
  }
  const inputType = inputTypeOf(type);
  const text = readInputFile(options.file);
  let rows: InputRow[];
  let csvHeader: string[] | null = null;
  let delimiter = ',';
  if (format === 'csv') {
    try {
      const table = parseCsv(text);
      if (!table.header.length) throw new FileProblem(`${fileName} holds no lines: nothing to import`);
      csvHeader = table.header;
      delimiter = table.delimiter;
      rows = rowsFromCsv(table, inputType, fileName);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new FileProblem(`${fileName}: ${error.message}`);
      throw error;
    }
  } else {
    rows = format === 'ror' ? rowsFromRor(text, fileName) : rowsFromJson(text, fileName);
  }
  checkRows(rows, inputType, fileName);
  rejectDuplicateRows(rows, type);

  const client = new GatewayClient(options.url, options.token, options.timeoutMs);
  const valid = () => rows.filter((r) => r.problems.length === 0);
  const outcomes = new Map<InputRow, ImportRowResult>();

  // Check every row with the subgraph before anything is written. Leaving rejected rows
  // out can orphan rows that refer to them, so with --skip-invalid check again until stable.
  for (let round = 0; round < 5; round++) {
    const candidates = valid();
    if (!candidates.length) break;
    const rejectedBefore = rows.length - candidates.length;
    await sendBatches(client, type, candidates, options.batchSize, true, io, `checking ${fileName}`, (row, result) => {
      outcomes.set(row, result);
      if (result.outcome === 'REJECTED') row.problems.push(...result.problems);
    });
    if (!options.skipInvalid || rows.length - valid().length === rejectedBefore) break;
  }

  const rejected = rows.filter((r) => r.problems.length > 0);
  let reportFile: string | null = null;
  if (rejected.length) {
    reportFile = path.resolve(
      options.workingDirectory,
      options.report ?? `${fileName.replace(/\.[^.]+$/, '')}.rejected.${csvHeader ? 'csv' : 'json'}`,
    );
    writeRejectedReport(reportFile, rejected, csvHeader, delimiter);
  }
  const toWrite = valid();
  const count = (outcome: string) => toWrite.filter((r) => outcomes.get(r)?.outcome === outcome).length;
  const summary: ImportSummary = {
    fileName,
    type,
    rows,
    rejected,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    writtenRows: 0,
    toWrite: toWrite.length,
    refused: rejected.length > 0 && !options.skipInvalid,
    stopped: false,
    reportFile,
  };
  if (summary.refused || options.dryRun || !toWrite.length) return summary;

  const written: ImportRowResult[] = [];
  summary.stopped = await sendBatches(
    client,
    type,
    toWrite,
    options.batchSize,
    false,
    io,
    `writing ${fileName}`,
    (row, result) => {
      written.push(result);
      outcomes.set(row, result);
    },
  );
  summary.writtenRows = written.length;
  summary.created = written.filter((r) => r.outcome === 'CREATED').length;
  summary.updated = written.filter((r) => r.outcome === 'UPDATED').length;
  summary.unchanged = written.filter((r) => r.outcome === 'UNCHANGED').length;
  return summary;
}

/**
 * Sends rows batch by batch; returns true when stopped early on request. A batch the
 * subgraph rejects at write time (something changed since the check) stops the import.
 */
async function sendBatches(
  client: GatewayClient,
  type: RecordType,
  rows: InputRow[],
  batchSize: number,
  dryRun: boolean,
  io: ImportIo,
  label: string,
  onRow: (row: InputRow, result: ImportRowResult) => void,
): Promise<boolean> {
  const progress = new ProgressBar(io.progress, rows.length);
  let done = 0;
  progress.update(0, label, true);
  let inFlight: number[] | null = null;
  try {
    for (const batch of batchRows(rows, type, batchSize)) {
      if (io.stopRequested()) return true;
      inFlight = batch.map((r) => r.row);
      const result = await client.importBatch(
        type,
        batch.map((r) => r.input),
        dryRun,
      );
      const byRow = new Map(result.rows.map((r) => [r.row, r]));
      for (const row of batch) {
        const outcome = byRow.get(row.row);
        if (!outcome)
          throw new ImportAborted(
            `${type.mutation} gave no outcome for row ${row.row}`,
            result.written ? 'unknown' : 'not written',
          );
        onRow(row, outcome);
      }
      if (!dryRun && result.rejected > 0) {
        const first = result.rows.find((r) => r.outcome === 'REJECTED')!;
        throw new ImportAborted(
          `the subgraph rejected a batch while writing (row ${first.row}, ${first.problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}): ` +
            `the data changed since the check; ${done} rows were written before it — run the import again (rows already written stay unchanged)`,
        );
      }
      done += batch.length;
      inFlight = null;
      progress.update(done, label);
    }
    return false;
  } catch (error) {
    if (error instanceof ImportAborted) {
      error.rowsWritten = dryRun ? null : done;
      error.batchRows = inFlight;
    }
    throw error;
  } finally {
    progress.finish();
  }
}
