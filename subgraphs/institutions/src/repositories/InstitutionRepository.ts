import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  applyKeyset,
  cachedQuery,
  assertValidId,
  badUserInput,
  foldText,
  likeContains,
  type Connection,
  type KeysetOrder,
  type PageRequest,
} from '@partnership-graph/shared';
import { Institution } from '../entities/Institution';

export interface InstitutionFilter {
  search?: string | null;
  kinds?: string[] | null;
  country?: string | null;
  city?: string | null;
  parentId?: string | null;
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
    sortExpression: "COALESCE(i.founded_on, '9999')",
    idExpression: 'i.id',
    direction: 'ASC',
    keyOf: (i) => i.foundedOn ?? '9999',
  },
};

/** Every SQL statement about institutions lives here. */
export class InstitutionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private filtered(filter: InstitutionFilter | null | undefined): SelectQueryBuilder<Institution> {
    const query = this.dataSource.getRepository(Institution).createQueryBuilder('i');
    if (!filter) return query;
    if (filter.search != null) {
      const needle = foldText(filter.search);
      if (filter.search.length > 200) throw badUserInput('filter.search', 'at most 200 characters');
      if (needle) query.andWhere('i.search_text LIKE :search', { search: likeContains(needle) });
    }
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
    return query;
  }

  findPage(filter: InstitutionFilter | null | undefined, orderBy: InstitutionOrderBy, page: PageRequest): Promise<Institution[]> {
    return applyKeyset(this.filtered(filter), orders[orderBy], page.after, page.limit).getMany();
  }

  /** Read through the aggregate cache (see `cachedRead`): a COUNT reads every matching row. */
  count(filter: InstitutionFilter | null | undefined): Promise<number> {
    return cachedQuery('institutions.count', this.filtered(filter), (query) => query.getCount());
  }

  /** How many institutions matching the filter have each value of `column` (one grouped statement). */
  async countBy(filter: InstitutionFilter | null | undefined, column: 'kind' | 'country'): Promise<Array<{ key: string | null; count: number }>> {
    const grouped = this.filtered(filter)
      .select(`i.${column}`, 'key')
      .addSelect('COUNT(*)', 'count')
      .groupBy(`i.${column}`)
      .orderBy('count', 'DESC')
      .addOrderBy(`i.${column}`, 'ASC');
    // Read through the aggregate cache: a GROUP BY reads every matching institution.
    const rows: Array<{ key: string | null; count: string | number }> = await cachedQuery('institutions.countBy', grouped, (query) => query.getRawMany());
    return rows.map((row) => ({ key: row.key ?? null, count: Number(row.count) }));
  }

  cursorKey(orderBy: InstitutionOrderBy, institution: Institution): string {
    return orders[orderBy].keyOf(institution);
  }

  findByIds(ids: readonly string[]): Promise<Institution[]> {
    return this.dataSource.getRepository(Institution).findBy({ id: In([...ids]) });
  }

  findByParentIds(parentIds: readonly string[]): Promise<Institution[]> {
    return this.dataSource
      .getRepository(Institution)
      .find({ where: { parentId: In([...parentIds]) }, order: { sortName: 'ASC', id: 'ASC' } });
  }
}
