import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { applyKeyset, cachedQuery, assertValidId, badUserInput, foldText, likeContains, type PageRequest } from '@partnership-graph/shared';
import { Person } from '../entities/Person';
import { Position } from '../entities/Position';
import { RecordTable } from './RecordTable';

export interface PersonFilter {
  search?: string | null;
  institutionId?: string | null;
}

/** Every SQL statement about people lives here. */
export class PersonRepository extends RecordTable<Person> {
  constructor(private readonly dataSource: DataSource) {
    super(Person);
  }

  private filtered(filter: PersonFilter | null | undefined): SelectQueryBuilder<Person> {
    const query = this.dataSource.getRepository(Person).createQueryBuilder('p');
    if (filter?.search != null) {
      if (filter.search.length > 200) throw badUserInput('filter.search', 'at most 200 characters');
      const needle = foldText(filter.search);
      if (needle) query.andWhere('p.search_text LIKE :search', { search: likeContains(needle) });
    }
    if (filter?.institutionId != null) {
      const institutionId = assertValidId(filter.institutionId, 'filter.institutionId');
      query.andWhere(
        `p.id IN ${query.subQuery().select('pos.person_id').from(Position, 'pos').where('pos.institution_id = :institutionId').getQuery()}`,
        { institutionId },
      );
    }
    return query;
  }

  findPage(filter: PersonFilter | null | undefined, page: PageRequest): Promise<Person[]> {
    return applyKeyset(
      this.filtered(filter),
      { sortExpression: 'p.sort_name', idExpression: 'p.id', direction: 'ASC' },
      page.after,
      page.limit,
    ).getMany();
  }

  /** Read through the aggregate cache (see `cachedRead`): a COUNT reads every matching row. */
  count(filter: PersonFilter | null | undefined): Promise<number> {
    return cachedQuery('people.count', this.filtered(filter), (query) => query.getCount());
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.dataSource.getRepository(Person).findBy({ id: In([...ids]) });
  }

  // ---- imports: every read takes a bounded IN list, every write a chunk of rows ----

  /** The people with these ids or folded default names (`sort_name`), in one statement per list. */
  findForImport(manager: EntityManager, keys: { ids: readonly string[]; sortNames: readonly string[] }): Promise<Person[]> {
    return this.findWhereIn(manager, [
      ['id', keys.ids],
      ['sortName', keys.sortNames],
    ]);
  }
}
