import { In, type DataSource } from 'typeorm';
import { badUserInput } from '../graphql/errors';
import { endOfPeriod } from '../graphql/dateScalar';
import { assertDateOrder, optionalDate } from '../graphql/validate';
import { searchNeedle } from '../database/textSearch';
import { foldText } from '../text/foldText';
import { SourceDocument } from './SourceDocument';

/** `SourceFilter` as clients send it. */
export interface SourceFilterInput {
  language?: string | null;
  publisher?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

/** A checked `SourceFilter`: the language lower-cased, the publisher folded, the date bounds ordered. */
export interface SourceFilter {
  language: string | null;
  publisher: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
}

/** Checks a client's filter; throws BAD_USER_INPUT naming the field. */
export function parseSourceFilter(input: SourceFilterInput | null | undefined, prefix = 'filter'): SourceFilter {
  const f = input ?? {};
  const language = f.language == null ? null : f.language.trim().toLowerCase();
  if (language != null && !/^[a-z]{2}$/.test(language)) {
    throw badUserInput(
      `${prefix}.language`,
      `"${language.slice(0, 20)}" is not an ISO 639-1 code (two letters, e.g. de)`,
    );
  }
  const publishedFrom = optionalDate(f.publishedFrom, `${prefix}.publishedFrom`);
  const publishedTo = optionalDate(f.publishedTo, `${prefix}.publishedTo`);
  assertDateOrder(publishedFrom, publishedTo, `${prefix}.publishedTo`, `${prefix}.publishedFrom`);
  return { language, publisher: searchNeedle(f.publisher, `${prefix}.publisher`), publishedFrom, publishedTo };
}

/**
 * Whether a document meets the filter. The publisher matches folded, where a word starts
 * (`aztu`, `Azerbaijan Tech` find "Azerbaijan Technical University (AzTU)"), as names do;
 * a date known only to the month or year matches a bound its period reaches; undated
 * documents never match a date bound.
 */
export function sourceMatches(document: SourceDocument, filter: SourceFilter): boolean {
  if (filter.language != null && document.language.toLowerCase() !== filter.language) return false;
  if (filter.publisher != null && !` ${foldText(document.publisher ?? '')}`.includes(` ${filter.publisher}`))
    return false;
  const date = document.publishedOn;
  if ((filter.publishedFrom || filter.publishedTo) && !date) return false;
  if (date && filter.publishedFrom && endOfPeriod(date) < filter.publishedFrom) return false;
  if (date && filter.publishedTo && date > endOfPeriod(filter.publishedTo)) return false;
  return true;
}

/** Every SQL statement about the source documents a subgraph holds lives here (citations: `createCitationsLoader`). */
export class SourceDocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<SourceDocument[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(SourceDocument).findBy({ id: In([...ids]) });
  }

  /** The documents held here that name one of these as their source (the outlets an article cites). */
  findCitedIn(ids: readonly string[]): Promise<SourceDocument[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(SourceDocument)
      .find({ where: { citedInId: In([...ids]) }, order: { id: 'ASC' } });
  }

  /**
   * The documents held here that meet the filter (and, given `ids`, have one of them).
   * The language is compared in SQL; the folded publisher and the partial dates are
   * compared here, the same on every database. A subgraph holds one row per document
   * it cites, so this reads a catalogue, not the records.
   */
  async findMatching(filter: SourceFilter, ids?: readonly string[] | null): Promise<SourceDocument[]> {
    if (ids && !ids.length) return [];
    const query = this.dataSource.getRepository(SourceDocument).createQueryBuilder('s');
    if (filter.language != null) query.andWhere('LOWER(s.language) = :language', { language: filter.language });
    if (ids) query.andWhere('s.id IN (:...ids)', { ids: [...ids] });
    return (await query.getMany()).filter((document) => sourceMatches(document, filter));
  }
}
