import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { applyKeyset, cachedQuery, assertValidId, badUserInput, foldText, likeContains, type PageRequest } from '@partnership-graph/shared';
import { Person } from '../entities/Person';
import { Position } from '../entities/Position';

export interface PersonFilter {
  search?: string | null;
  institutionId?: string | null;
}

/** Every SQL statement about people lives here. */
export class PersonRepository {
  constructor(private readonly dataSource: DataSource) {}

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
  async findForImport(manager: EntityManager, keys: { ids: readonly string[]; sortNames: readonly string[] }): Promise<Person[]> {
    const repository = manager.getRepository(Person);
    const found = new Map<string, Person>();
    for (const ids of chunks(keys.ids)) for (const row of await repository.findBy({ id: In(ids) })) found.set(row.id, row);
    for (const names of chunks(keys.sortNames)) for (const row of await repository.findBy({ sortName: In(names) })) found.set(row.id, row);
    return [...found.values()];
  }

  /** Which of these ids are people (one statement per 1000 ids). */
  async existingIds(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const chunk of chunks(ids)) {
      const rows = await manager.getRepository(Person).find({ select: { id: true }, where: { id: In(chunk) } });
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async insertMany(manager: EntityManager, rows: readonly Person[]): Promise<void> {
    for (const chunk of chunks(rows, 500)) await manager.getRepository(Person).insert(chunk);
  }

  async updateMany(manager: EntityManager, rows: readonly Person[]): Promise<void> {
    for (const chunk of chunks(rows, 500)) await manager.getRepository(Person).upsert(chunk, ['id']);
  }
}

function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
