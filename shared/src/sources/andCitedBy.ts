import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { assertValidId } from '../graphql/ids';

/**
 * Keeps the records of `type` (the `recordKey` prefix, e.g. "agreement") that cite the
 * source `sourceId`: the `sourceId` filter of every list. The citations of one source are
 * read through idx_citations_source; `argument` names the filter field in errors.
 */
export function andCitedBy<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  idExpression: string,
  type: string,
  sourceId: string,
  argument = 'filter.sourceId',
): SelectQueryBuilder<T> {
  return query.andWhere(
    `${idExpression} IN (SELECT SUBSTR(cited_by.record_key, ${type.length + 2}) FROM citations cited_by WHERE cited_by.source_id = :citedBySourceId AND cited_by.record_key LIKE :citedByType)`,
    { citedBySourceId: assertValidId(sourceId, argument), citedByType: `${type}:%` },
  );
}
