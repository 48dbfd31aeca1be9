import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  andCitedBy,
  andSearchMatches,
  cachedQuery,
  assertValidId,
  findSearchablePage,
  type PageRequest,
} from '@partnership-graph/shared';
import { Person } from '../entities/Person';
import { Position } from '../entities/Position';
import { RecordTable } from './RecordTable';

export interface PersonFilter {
  search?: string | null;
  institutionId?: string | null;
  sourceId?: string | null;
}

/** Every SQL statement about people lives here. */
export class PersonRepository extends RecordTable<Person> {
  constructor(private readonly dataSource: DataSource) {
    super(Person);
  }

  /** `withSearch: false` leaves the text condition to `findSearchablePage`. */
  private filtered(filter: PersonFilter | null | undefined, withSearch = true): SelectQueryBuilder<Person> {
    const query = this.dataSource.getRepository(Person).createQueryBuilder('p');
    if (withSearch) andSearchMatches(query, 'p', filter?.search);
    if (filter?.institutionId != null) {
      const institutionId = assertValidId(filter.institutionId, 'filter.institutionId');
      query.andWhere(
        `p.id IN ${query.subQuery().select('pos.person_id').from(Position, 'pos').where('pos.institution_id = :institutionId').getQuery()}`,
        { institutionId },
      );
    }
    if (filter?.sourceId != null) andCitedBy(query, 'p.id', 'person', filter.sourceId);
    return query;
  }

  findPage(filter: PersonFilter | null | undefined, page: PageRequest): Promise<Person[]> {
    const order = { sortExpression: 'p.sort_name', idExpression: 'p.id', direction: 'ASC' } as const;
    return findSearchablePage((withSearch) => this.filtered(filter, withSearch), 'p', order, filter?.search, page);
  }

  /** Read through the aggregate cache (see `cachedRead`): a COUNT reads every matching row. */
  count(filter: PersonFilter | null | undefined): Promise<number> {
    return cachedQuery('people.count', this.filtered(filter), (query) => query.getCount());
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.dataSource.getRepository(Person).findBy({ id: In([...ids]) });
  }
}
