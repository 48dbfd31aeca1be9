import { type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  andCitedBy,
  findRowsIn,
  andSearchMatches,
  assertValidId,
  badUserInput,
  cachedQuery,
  endOfPeriod,
  findSearchablePage,
  startOfPeriod,
  type Cursor,
  type KeysetOrder,
  type PageRequest,
} from '@partnership-graph/shared';
import { Position } from '../entities/Position';
import type { PositionStatus } from '../positions/positionEvidence';
import type { PositionRole } from '../positions/positionRoles';
import { RecordTable } from './RecordTable';

export interface PositionFilter {
  search?: string | null;
  roles?: PositionRole[] | null;
  institutionIds?: string[] | null;
  at?: string | null;
  status?: PositionStatus[] | null;
  sourceId?: string | null;
}

/** Positions across institutions: by institution, then id (`idx_positions_role_institution` with a role filter). */
const order: KeysetOrder = { sortExpression: 'pos.institution_id', idExpression: 'pos.id', direction: 'ASC' };

/**
 * The SQL form of `positionStatus` over the stored evidence columns: the positions whose
 * status on the period [first, last] is one of `statuses`. Both sides of each test are
 * guarded against NULL, so a negation never meets an unknown value.
 */
function andStatusIn(query: SelectQueryBuilder<Position>, statuses: readonly PositionStatus[], at: string): void {
  const held = '(pos.held_from IS NOT NULL AND pos.held_from <= :statusLast AND pos.held_to >= :statusFirst)';
  const notHeld =
    '((pos.not_before IS NOT NULL AND pos.not_before > :statusLast) OR (pos.not_after IS NOT NULL AND pos.not_after < :statusFirst))';
  const conditions: Record<PositionStatus, string> = {
    HELD: held,
    NOT_HELD: `(NOT ${held} AND ${notHeld})`,
    UNKNOWN: `(NOT ${held} AND NOT ${notHeld})`,
  };
  const wanted = [...new Set(statuses)];
  query.andWhere(wanted.length ? `(${wanted.map((s) => conditions[s]).join(' OR ')})` : '1 = 0', {
    statusFirst: startOfPeriod(at),
    statusLast: endOfPeriod(at),
  });
}

/** An institution's or a person's positions: by the day they were observed, then id. */
const byObservation = { observedOn: 'ASC', id: 'ASC' } as const;

/** Every SQL statement about positions lives here. */
export class PositionRepository extends RecordTable<Position> {
  constructor(private readonly dataSource: DataSource) {
    super(Position);
  }

  /** `withSearch: false` leaves the text condition to `findSearchablePage`. */
  private filtered(filter: PositionFilter | null | undefined, withSearch = true): SelectQueryBuilder<Position> {
    const query = this.dataSource.getRepository(Position).createQueryBuilder('pos');
    if (!filter) return query;
    if (withSearch) andSearchMatches(query, 'pos', filter.search);
    if (filter.roles?.length) query.andWhere('pos.role IN (:...roles)', { roles: filter.roles });
    if (filter.institutionIds != null) {
      if (filter.institutionIds.length > 100) throw badUserInput('filter.institutionIds', 'at most 100 ids');
      const ids = filter.institutionIds.map((id) => assertValidId(id, 'filter.institutionIds'));
      query.andWhere(ids.length ? 'pos.institution_id IN (:...institutionIds)' : '1 = 0', { institutionIds: ids });
    }
    if (filter.sourceId != null) andCitedBy(query, 'pos.id', 'position', filter.sourceId);
    if (filter.at != null) andStatusIn(query, filter.status ?? ['HELD'], filter.at);
    else if (filter.status != null) throw badUserInput('filter.status', 'needs `at`: the day the status is asked for');
    return query;
  }

  findPage(filter: PositionFilter | null | undefined, page: PageRequest): Promise<Position[]> {
    return findSearchablePage((withSearch) => this.filtered(filter, withSearch), 'pos', order, filter?.search, page);
  }

  /** Read through the aggregate cache (see `cachedRead`): a COUNT reads every matching row. */
  count(filter: PositionFilter | null | undefined): Promise<number> {
    return cachedQuery('positions.count', this.filtered(filter), (query) => query.getCount());
  }

  /** A position's place in the list's order (by institution, then id). */
  cursorOf(position: Position): Cursor {
    return { key: position.institutionId, id: position.id };
  }

  findByInstitutionIds(ids: readonly string[]): Promise<Position[]> {
    return findRowsIn(this.dataSource.manager, Position, 'institutionId', ids, byObservation);
  }

  findByPersonIds(ids: readonly string[]): Promise<Position[]> {
    return findRowsIn(this.dataSource.manager, Position, 'personId', ids, byObservation);
  }
}
