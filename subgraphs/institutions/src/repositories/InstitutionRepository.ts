import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  andCitedBy,
  andSearchMatches,
  cachedQuery,
  findSearchablePage,
  assertValidId,
  badUserInput,
  buildSearchText,
  foldText,
  type Connection,
  type Cursor,
  type KeysetOrder,
  type PageRequest,
  undatedLast,
} from '@partnership-graph/shared';
import { Institution } from '../entities/Institution';
import { RecordTable } from './RecordTable';

export interface InstitutionFilter {
  search?: string | null;
  kinds?: string[] | null;
  country?: string | null;
  city?: string | null;
  parentId?: string | null;
  sourceId?: string | null;
}

/** What the facets of a page are counted over: every institution the filter matches. */
export interface InstitutionFacetScope {
  filter: InstitutionFilter | null;
}

/** A page of institutions as the resolvers pass it on: the connection and its facet scope. */
export type InstitutionPage = Connection<Institution> & { facets: InstitutionFacetScope };

export type InstitutionOrderBy = 'NAME_ASC' | 'NAME_DESC' | 'FOUNDED_ON_ASC';

const orders: Record<InstitutionOrderBy, KeysetOrder & { keyOf: (i: Institution) => string }> = {
  NAME_ASC: { sortExpression: 'i.sort_name', idExpression: 'i.id', direction: 'ASC', keyOf: (i) => i.sortName },
  NAME_DESC: { sortExpression: 'i.sort_name', idExpression: 'i.id', direction: 'DESC', keyOf: (i) => i.sortName },
  // Undated institutions sort after every date.
  FOUNDED_ON_ASC: {
    sortExpression: 'i.founded_on_sort',
    idExpression: 'i.id',
    direction: 'ASC',
    keyOf: (i) => i.foundedOnSort,
  },
};

/** The columns an institution's own values determine: its sort keys and search text. */
export function institutionDerivedColumns(
  i: Pick<Institution, 'name' | 'names' | 'acronym' | 'aliases' | 'foundedOn'>,
): Pick<Institution, 'sortName' | 'foundedOnSort' | 'searchText'> {
  return {
    sortName: foldText(i.name),
    foundedOnSort: undatedLast(i.foundedOn),
    searchText: buildSearchText([i.name, ...i.names.map((n) => n.value), i.acronym, ...i.aliases]),
  };
}

/** Every SQL statement about institutions lives here. */
export class InstitutionRepository extends RecordTable<Institution> {
  constructor(private readonly dataSource: DataSource) {
    super(Institution);
  }

  /** `withSearch: false` leaves the text condition to `findSearchablePage`. */
  private filtered(filter: InstitutionFilter | null | undefined, withSearch = true): SelectQueryBuilder<Institution> {
    const query = this.dataSource.getRepository(Institution).createQueryBuilder('i');
    if (!filter) return query;
    if (withSearch) andSearchMatches(query, 'i', filter.search);
    if (filter.kinds?.length) query.andWhere('i.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.country != null) {
      if (!/^[A-Za-z]{2}$/.test(filter.country)) {
        throw badUserInput('filter.country', 'must be an ISO 3166-1 alpha-2 code such as AZ');
      }
      query.andWhere('i.country = :country', { country: filter.country.toUpperCase() });
    }
    if (filter.city != null) query.andWhere('LOWER(i.city) = LOWER(:city)', { city: filter.city });
    if (filter.parentId != null) {
      query.andWhere('i.parent_id = :parentId', { parentId: assertValidId(filter.parentId, 'filter.parentId') });
    }
    if (filter.sourceId != null) andCitedBy(query, 'i.id', 'institution', filter.sourceId);
    return query;
  }

  findPage(
    filter: InstitutionFilter | null | undefined,
    orderBy: InstitutionOrderBy,
    page: PageRequest,
  ): Promise<Institution[]> {
    return findSearchablePage(
      (withSearch) => this.filtered(filter, withSearch),
      'i',
      orders[orderBy],
      filter?.search,
      page,
    );
  }

  /** Read through the aggregate cache (see `cachedRead`): a COUNT reads every matching row. */
  count(filter: InstitutionFilter | null | undefined): Promise<number> {
    return cachedQuery('institutions.count', this.filtered(filter), (query) => query.getCount());
  }

  /** How many institutions matching the filter have each value of `column` (one grouped statement). */
  async countBy(
    filter: InstitutionFilter | null | undefined,
    column: 'kind' | 'country',
  ): Promise<Array<{ key: string | null; count: number }>> {
    const grouped = this.filtered(filter)
      .select(`i.${column}`, 'key')
      .addSelect('COUNT(*)', 'count')
      .groupBy(`i.${column}`)
      .orderBy('count', 'DESC')
      .addOrderBy(`i.${column}`, 'ASC');
    // Read through the aggregate cache: a GROUP BY reads every matching institution.
    const rows: Array<{ key: string | null; count: string | number }> = await cachedQuery(
      'institutions.countBy',
      grouped,
      (query) => query.getRawMany(),
    );
    return rows.map((row) => ({ key: row.key ?? null, count: Number(row.count) }));
  }

  /** An institution's place in the list's order. */
  cursorOf(orderBy: InstitutionOrderBy, institution: Institution): Cursor {
    return { key: orders[orderBy].keyOf(institution), id: institution.id };
  }

  findByIds(ids: readonly string[]): Promise<Institution[]> {
    return this.dataSource.getRepository(Institution).findBy({ id: In([...ids]) });
  }

  /**
   * Each of these institutions and all their ancestors, as id → parent id, in one
   * recursive statement: what a new parent must not create a cycle with.
   */
  async findAncestry(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string | null>> {
    const parents = new Map<string, string | null>();
    for (const chunk of chunks(ids)) {
      const rows: Array<{ id: string; parent_id: string | null }> = await manager.query(
        `WITH RECURSIVE ancestry (id, parent_id) AS (
           SELECT id, parent_id FROM institutions WHERE id IN (${chunk.map(() => '?').join(', ')})
           UNION
           SELECT i.id, i.parent_id FROM institutions i INNER JOIN ancestry a ON i.id = a.parent_id
         )
         SELECT id, parent_id FROM ancestry`,
        [...chunk],
      );
      for (const row of rows) parents.set(String(row.id), row.parent_id == null ? null : String(row.parent_id));
    }
    return parents;
  }

  findByParentIds(parentIds: readonly string[]): Promise<Institution[]> {
    return this.dataSource
      .getRepository(Institution)
      .find({ where: { parentId: In([...parentIds]) }, order: { sortName: 'ASC', id: 'ASC' } });
  }
}

function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
