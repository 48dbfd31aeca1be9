import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  andSearchMatches,
  assertDateOrder,
  assertValidId,
  buildSearchText,
  endOfPeriod,
  foldText,
  optionalDate,
  type KeysetOrder,
} from '@partnership-graph/shared';
import { pipeListContains } from '../entities/pipeList';

/** Conditions every programme filter shares. */
export interface ProgramFilterBase {
  search?: string | null;
  institutionId?: string | null;
  agreementId?: string | null;
  statuses?: string[] | null;
  from?: string | null;
  to?: string | null;
  /** Only programmes this source document states (see `andCitedBy`). */
  sourceId?: string | null;
}

/** Programmes are listed by folded title, then id. */
export const programOrder = (alias: string): KeysetOrder => ({
  sortExpression: `${alias}.sort_title`,
  idExpression: `${alias}.id`,
  direction: 'ASC',
});

/** `withSearch: false` leaves the text condition to `findSearchablePage`. */
export function applyCommonProgramFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: ProgramFilterBase,
  withSearch = true,
): void {
  if (withSearch) andSearchMatches(query, alias, filter.search);
  if (filter.agreementId != null) {
    query.andWhere(`${alias}.agreement_id = :agreementId`, {
      agreementId: assertValidId(filter.agreementId, 'filter.agreementId'),
    });
  }
  if (filter.statuses?.length) query.andWhere(`${alias}.status IN (:...statuses)`, { statuses: filter.statuses });
  applyDateBounds(query, alias, filter.from, filter.to);
}

/**
 * Inclusive date bounds over a programme's period; dates may be partial (2025, 2025-07).
 * `from`: the programme ends on or after it (an unknown end counts as still running,
 * if the start is known). `to`: the programme starts on or before it.
 * Comparing a stored date with the bound cut to the stored date's length compares the
 * periods correctly: "2025-07" >= "2025-07-15" cut to 7 characters.
 */
export function applyDateBounds<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  from: string | null | undefined,
  to: string | null | undefined,
): void {
  const fromDate = optionalDate(from, 'filter.from');
  const toDate = optionalDate(to, 'filter.to');
  assertDateOrder(fromDate, toDate, 'filter.to', 'filter.from');
  if (fromDate) {
    query.andWhere(
      `((${alias}.ends_on IS NOT NULL AND ${alias}.ends_on >= SUBSTR(:fromDate, 1, LENGTH(${alias}.ends_on))) OR (${alias}.ends_on IS NULL AND ${alias}.starts_on IS NOT NULL))`,
      { fromDate },
    );
  }
  if (toDate) {
    query.andWhere(
      `(${alias}.starts_on IS NOT NULL AND ${alias}.starts_on <= SUBSTR(:toDate, 1, LENGTH(${alias}.starts_on)))`,
      {
        toDate: endOfPeriod(toDate),
      },
    );
  }
}

/** Programmes that offer any of these levels (a `pipeList` column). */
export function applyLevels<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  levels: string[] | null | undefined,
): void {
  if (!levels?.length) return;
  const params: Record<string, string> = {};
  const conditions = levels.map((level, i) => {
    params[`level${i}`] = pipeListContains(level);
    return `${alias}.levels LIKE :level${i}`;
  });
  query.andWhere(`(${conditions.join(' OR ')})`, params);
}

/** The folded sort key and search text of a programme. */
export function programSearchColumns(title: string, terms: ReadonlyArray<string | null | undefined>) {
  return { sortTitle: foldText(title), searchText: buildSearchText([title, ...terms]) };
}

/** `?, ?, ?` for raw statements (both drivers take `?` placeholders). */
export function placeholders(count: number): string {
  return new Array(count).fill('?').join(', ');
}
