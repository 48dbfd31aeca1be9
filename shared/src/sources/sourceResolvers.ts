import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupRows, indexRows } from '../database/keyset';
import { sourceCitedIn, sourceCites } from '../provenance/provenanceResolvers';
import { recordKey, type ImportedFrom, type RecordCitation } from './citationsLoader';
import type { SourceDocument } from './SourceDocument';
import { parseSourceFilter, SourceDocumentRepository, type SourceFilterInput } from './SourceDocumentRepository';

/**
 * A `Source` as the resolvers pass it on: the document. `quote` and `importedFrom` are
 * set only under the deprecated `sources` fields, which show one record's citation as
 * a source; everywhere else a source is the document alone, the same wherever it appears.
 */
export type SourceParent = Partial<Omit<SourceDocument, 'id'>> & {
  id: string;
  quote?: string | null;
  importedFrom?: ImportedFrom | null;
};

/** What the citation resolvers need from a subgraph's request context. */
export interface CitationContext {
  loaders: {
    citations: DataLoader<string, RecordCitation[]>;
    sourceDocument: DataLoader<string, SourceDocument | null>;
  };
}

/** The resolver of a record's `citations`, for records of `type` (the `recordKey` prefix). */
export function citationsOf(type: string) {
  return (record: { id: string }, _: unknown, ctx: CitationContext): Promise<RecordCitation[]> =>
    ctx.loaders.citations.load(recordKey(type, record.id));
}

/** The resolver of a record's deprecated `sources`: each citation shown as its document with the record's quote. */
export function citedSourcesOf(type: string) {
  return async (record: { id: string }, _: unknown, ctx: CitationContext): Promise<SourceParent[]> =>
    (await ctx.loaders.citations.load(recordKey(type, record.id))).map((c) => ({
      ...c.source,
      quote: c.quote,
      importedFrom: c.importedFrom,
    }));
}

/** Loads the documents this subgraph holds by id, in one statement per batch. */
export function createSourceDocumentLoader(dataSource: DataSource): DataLoader<string, SourceDocument | null> {
  const documents = new SourceDocumentRepository(dataSource);
  return new DataLoader(async (ids) => indexRows(ids, await documents.findByIds(ids), (d) => d.id));
}

/** Loads, per document id, the documents held here that name it as their source, in one statement per batch. */
export function createSourcesCitedLoader(dataSource: DataSource): DataLoader<string, SourceDocument[]> {
  const documents = new SourceDocumentRepository(dataSource);
  return new DataLoader(async (ids) => groupRows(ids, await documents.findCitedIn(ids), (d) => d.citedInId!));
}

/**
 * `Query._sourceDocuments` of a subgraph that holds documents: the ones meeting the filter,
 * for the subgraph that answers `sources` (see SourceCatalogue). Not in the client API.
 */
export function sourceDocumentsField(
  _: unknown,
  args: { filter?: SourceFilterInput | null; ids?: readonly string[] | null },
  ctx: { sourceDocuments: SourceDocumentRepository },
): Promise<SourceDocument[]> {
  return ctx.sourceDocuments.findMatching(parseSourceFilter(args.filter), args.ids ?? null);
}

/**
 * `Source.__resolveReference`: the document when this subgraph holds it, else the id
 * alone, which is all the fields this subgraph adds to `Source` need (the records here
 * that cite it: none, when it holds no copy).
 */
export async function resolveSourceReference(ref: { id: string }, ctx: CitationContext): Promise<SourceParent> {
  return (await ctx.loaders.sourceDocument.load(ref.id)) ?? { id: ref.id };
}

/** The `Source` fields every subgraph serves alike: the reference, and the documents it names and is named in. */
export const sharedSourceFields = {
  __resolveReference: (ref: { id: string }, ctx: CitationContext) => resolveSourceReference(ref, ctx),
  citedIn: sourceCitedIn,
  cites: sourceCites,
};

/**
 * A `Source` list field (e.g. `Source.agreements`): the subgraph's page of that list
 * with `sourceId` as its filter, so it lists the records that cite the source.
 */
export function citingRecords<TArgs, TContext, TResult>(
  page: (args: TArgs & { filter: { sourceId: string } }, ctx: TContext) => TResult,
) {
  return (source: { id: string }, args: TArgs, ctx: TContext): TResult =>
    page({ ...args, filter: { sourceId: source.id } }, ctx);
}
