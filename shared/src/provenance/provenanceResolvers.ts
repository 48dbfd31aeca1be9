import type DataLoader from 'dataloader';
import { recordKey, type ImportedFrom, type RecordCitation } from '../sources/citationsLoader';
import type { SourceDocument } from '../sources/SourceDocument';
import type { Claim } from './Claim';

export type ClaimBasis = 'STATED' | 'INFERRED' | 'EDITORIAL' | 'IMPORTED';

const basisOrder: readonly ClaimBasis[] = ['STATED', 'INFERRED', 'EDITORIAL', 'IMPORTED'];

/** One value's basis as the API shows it (GraphQL `Claim`). */
export interface ClaimView {
  field: string;
  value: string | null;
  basis: ClaimBasis;
  /** STATED: the citations that state the value; IMPORTED: the imported row's citation. */
  citations: RecordCitation[];
  quote: string | null;
  rule: string | null;
  reason: string | null;
  addedBy: string | null;
  /** IMPORTED: the file, the row and the column (named after the field) that gave the value. */
  importedFrom: (ImportedFrom & { column: string }) | null;
}

/** What the provenance resolvers need from a subgraph's request context. */
export interface ProvenanceContext {
  loaders: {
    citations: DataLoader<string, RecordCitation[]>;
    claims: DataLoader<string, Claim[]>;
  };
}

/** The claims of one record: stated and imported values from its citations, the rest from `claims`. */
export function recordClaims(citations: readonly RecordCitation[], claims: readonly Claim[]): ClaimView[] {
  const views: ClaimView[] = [];
  const stated = new Map<string, ClaimView>();
  const empty = { value: null, quote: null, rule: null, reason: null, addedBy: null, importedFrom: null };
  for (const citation of citations) {
    for (const field of citation.fields) {
      if (citation.importedFrom) {
        views.push({
          ...empty,
          field,
          basis: 'IMPORTED',
          citations: [citation],
          importedFrom: { ...citation.importedFrom, column: field },
        });
        continue;
      }
      const view = stated.get(field);
      if (view) {
        view.citations.push(citation);
        view.quote ??= citation.quote;
      } else {
        const created: ClaimView = { ...empty, field, basis: 'STATED', citations: [citation], quote: citation.quote };
        stated.set(field, created);
        views.push(created);
      }
    }
  }
  for (const claim of claims) {
    views.push({
      ...empty,
      field: claim.field,
      value: claim.value,
      basis: claim.basis as ClaimBasis,
      citations: [],
      rule: claim.rule,
      reason: claim.reason,
      addedBy: claim.addedBy,
    });
  }
  return views.sort(
    (a, b) =>
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0) ||
      basisOrder.indexOf(a.basis) - basisOrder.indexOf(b.basis) ||
      (a.value ?? '').localeCompare(b.value ?? ''),
  );
}

/** The resolver of a record's `provenance(field, basis)`, for records of `type` (the `recordKey` prefix). */
export function provenanceOf(type: string) {
  return async (
    record: { id: string },
    args: { field?: string | null; basis?: readonly string[] | null },
    ctx: ProvenanceContext,
  ): Promise<ClaimView[]> => {
    const key = recordKey(type, record.id);
    const [citations, claims] = await Promise.all([ctx.loaders.citations.load(key), ctx.loaders.claims.load(key)]);
    return recordClaims(citations, claims).filter(
      (c) => (args.field == null || c.field === args.field) && (!args.basis?.length || args.basis.includes(c.basis)),
    );
  };
}

/** A document naming another as its source (GraphQL `SourceMention`). */
export interface SourceMentionView {
  source: SourceDocument;
  quote: string | null;
}

/**
 * `Source.citedIn`: the document that names this one as its source, with its words;
 * null when none does (or this subgraph holds no copy of the document).
 */
export async function sourceCitedIn(
  source: { id: string },
  _: unknown,
  ctx: { loaders: { sourceDocument: DataLoader<string, SourceDocument | null> } },
): Promise<SourceMentionView | null> {
  const document = await ctx.loaders.sourceDocument.load(source.id);
  if (!document?.citedInId) return null;
  const citing = await ctx.loaders.sourceDocument.load(document.citedInId);
  return citing ? { source: citing, quote: document.citedInQuote ?? null } : null;
}

/** `Source.cites`: the documents this one names as its sources (the outlets an article cites), each with its words. */
export async function sourceCites(
  source: { id: string },
  _: unknown,
  ctx: { loaders: { sourcesCited: DataLoader<string, SourceDocument[]> } },
): Promise<SourceMentionView[]> {
  return (await ctx.loaders.sourcesCited.load(source.id)).map((outlet) => ({
    source: outlet,
    quote: outlet.citedInQuote ?? null,
  }));
}
