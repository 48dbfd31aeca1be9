import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { chunks } from '../database/chunks';
import { parseIsoDate } from '../graphql/dateScalar';
import { Citation } from '../sources/Citation';
import { SourceDocument } from '../sources/SourceDocument';
import type { ImportProblem } from './importPlan';

/**
 * The source an imported row gives (the document that states its facts) and where the
 * row sits in the imported file. Every import mutation takes one per row.
 */
export interface ImportSource {
  title: string;
  publisher?: string | null;
  url?: string | null;
  publishedOn?: string | null;
  language: string;
  quote?: string | null;
  file: string;
  row: number;
}

/**
 * The id of the source document a row cites: the same title, publisher, URL, date and
 * language always give the same id, so rows citing one document share it and a second
 * import of the same file finds it already cited.
 */
export function importSourceId(source: ImportSource): string {
  const identity = JSON.stringify([
    source.title.trim(),
    source.publisher ?? null,
    source.url ?? null,
    source.publishedOn ?? null,
    source.language,
  ]);
  return `src-${createHash('sha256').update(identity).digest('hex').slice(0, 24)}`;
}

/** Problems with a row's `source`, each naming the field under `source.`. */
export function checkImportSource(source: ImportSource | null | undefined): ImportProblem[] {
  if (!source) return [{ field: 'source', reason: 'missing: every imported row needs the document that states it' }];
  const problems: ImportProblem[] = [];
  const text = (field: keyof ImportSource, value: string | null | undefined, max: number, required = false) => {
    if (value == null || value.trim() === '') {
      if (required) problems.push({ field: `source.${field}`, reason: 'missing' });
    } else if (value.length > max) problems.push({ field: `source.${field}`, reason: `longer than ${max} characters` });
  };
  text('title', source.title, 500, true);
  text('publisher', source.publisher, 300);
  text('url', source.url, 1000);
  text('quote', source.quote, 5000);
  text('file', source.file, 300, true);
  if (source.url && !/^https?:\/\/\S+$/i.test(source.url))
    problems.push({ field: 'source.url', reason: `not an http(s) URL: ${source.url}` });
  if (!/^[a-z]{2}$/.test(source.language ?? ''))
    problems.push({
      field: 'source.language',
      reason: `not an ISO 639-1 code (two lowercase letters): ${source.language}`,
    });
  if (source.publishedOn != null && parseIsoDate(source.publishedOn) === null) {
    problems.push({
      field: 'source.publishedOn',
      reason: `not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${source.publishedOn}`,
    });
  }
  if (!Number.isSafeInteger(source.row) || source.row < 1)
    problems.push({ field: 'source.row', reason: `not a row number: ${source.row}` });
  return problems;
}

/** One record citing one import source. */
export interface ImportCitation {
  recordKey: string;
  source: ImportSource;
  /** The row's columns that gave values (named after the record's fields): the imported values' basis. */
  fields?: readonly string[];
}

/**
 * Writes the cited documents and the records' citations, with file, row and import time,
 * in the caller's transaction: one statement per 500 documents and per 500 citations.
 */
export async function citeImportSources(
  manager: EntityManager,
  citations: readonly ImportCitation[],
  importedAt: string,
): Promise<void> {
  const documents = new Map<string, SourceDocument>();
  for (const { source } of citations) {
    const id = importSourceId(source);
    if (!documents.has(id)) {
      documents.set(id, {
        id,
        title: source.title.trim(),
        titleIsDescriptive: false,
        publisher: source.publisher ?? null,
        url: source.url ?? null,
        publishedOn: source.publishedOn ?? null,
        language: source.language,
      });
    }
  }
  const rows: Citation[] = citations.map(({ recordKey, source, fields }) => ({
    recordKey,
    sourceId: importSourceId(source),
    quote: source.quote ?? null,
    importFile: source.file,
    importRow: source.row,
    importedAt,
    fields: fields ? [...fields] : null,
  }));
  for (const chunk of chunks([...documents.values()], 500))
    await manager.getRepository(SourceDocument).upsert(chunk, ['id']);
  for (const chunk of chunks(rows, 500)) await manager.getRepository(Citation).upsert(chunk, ['recordKey', 'sourceId']);
}

/**
 * The record keys among `recordKeys` that already cite each source id, in one statement
 * per 500 keys: a row whose record already cites its document adds nothing new.
 */
export async function findCitedSources(
  manager: EntityManager,
  recordKeys: readonly string[],
): Promise<Map<string, Set<string>>> {
  const cited = new Map<string, Set<string>>();
  for (const chunk of chunks([...new Set(recordKeys)], 500)) {
    const rows = await manager
      .getRepository(Citation)
      .createQueryBuilder('c')
      .select(['c.record_key AS record_key', 'c.source_id AS source_id'])
      .where('c.record_key IN (:...keys)', { keys: chunk })
      .getRawMany<{ record_key: string; source_id: string }>();
    for (const row of rows) {
      const set = cited.get(row.record_key) ?? new Set<string>();
      set.add(row.source_id);
      cited.set(row.record_key, set);
    }
  }
  return cited;
}
