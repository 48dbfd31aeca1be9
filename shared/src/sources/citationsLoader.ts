import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Citation } from './Citation';
import { SourceDocument } from './SourceDocument';

/** Where in which imported file a record's citation was given, and when it was imported. */
export interface ImportedFrom {
  file: string;
  row: number;
  importedAt: string;
}

/**
 * One record's citation of a document: the document itself (the same wherever it is
 * cited) and what belongs to this record only, the quoted passage and the import row.
 */
export interface RecordCitation {
  source: SourceDocument;
  quote: string | null;
  /** Set when the record came in through an import: where in which file, and when. */
  importedFrom: ImportedFrom | null;
  /** The record's fields this citation states (GraphQL names); empty when none are declared. */
  fields: string[];
}

/** `citations.fields` as any driver returns it (JSON text), as a list. */
function parseFields(raw: unknown): string[] {
  if (raw == null || raw === '') return [];
  const parsed: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

export function recordKey(type: string, id: string): string {
  return `${type}:${id}`;
}

/** Turns a raw `sources` row (any driver) into the document. */
export function toSourceDocument(row: Record<string, unknown>): SourceDocument {
  return {
    id: String(row.id),
    title: String(row.title),
    titleIsDescriptive: Boolean(Number(row.title_is_descriptive)),
    publisher: (row.publisher as string | null) ?? null,
    url: (row.url as string | null) ?? null,
    publishedOn: (row.published_on as string | null) ?? null,
    language: String(row.language),
  };
}

/** Loads the citations of many records in one statement (keys are `recordKey`s), oldest document first. */
export function createCitationsLoader(dataSource: DataSource): DataLoader<string, RecordCitation[]> {
  return new DataLoader(async (keys) => {
    const rows: Array<Record<string, unknown>> = await dataSource
      .getRepository(Citation)
      .createQueryBuilder('c')
      .innerJoin(SourceDocument, 's', 's.id = c.source_id')
      .select([
        'c.record_key AS record_key',
        'c.quote AS quote',
        'c.import_file AS import_file',
        'c.import_row AS import_row',
        'c.imported_at AS imported_at',
        'c.fields AS fields',
        's.id AS id',
        's.title AS title',
        's.title_is_descriptive AS title_is_descriptive',
        's.publisher AS publisher',
        's.url AS url',
        's.published_on AS published_on',
        's.language AS language',
      ])
      .where({ recordKey: In([...keys]) })
      .orderBy('s.published_on', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getRawMany();
    const byKey = new Map<string, RecordCitation[]>();
    for (const row of rows) {
      const list = byKey.get(String(row.record_key)) ?? [];
      list.push({
        source: toSourceDocument(row),
        quote: (row.quote as string | null) ?? null,
        importedFrom:
          row.import_file == null
            ? null
            : { file: String(row.import_file), row: Number(row.import_row), importedAt: String(row.imported_at) },
        fields: parseFields(row.fields),
      });
      byKey.set(String(row.record_key), list);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
