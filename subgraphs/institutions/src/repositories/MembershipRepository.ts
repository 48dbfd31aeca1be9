import { In, type DataSource, type EntityManager } from 'typeorm';
import { Membership } from '../entities/Membership';

/** Every SQL statement about memberships lives here. */
export class MembershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByMemberIds(ids: readonly string[]): Promise<Membership[]> {
    return this.dataSource.getRepository(Membership).find({
      where: { memberId: In([...ids]) },
      order: { since: 'ASC', id: 'ASC' },
    });
  }

  findByOrganizationIds(ids: readonly string[]): Promise<Membership[]> {
    return this.dataSource.getRepository(Membership).find({
      where: { organizationId: In([...ids]) },
      order: { since: 'ASC', id: 'ASC' },
    });
  }

  // ---- imports: every read takes a bounded IN list, every write a chunk of rows ----

  /** The memberships with these ids, or of these members (to match by natural key), in one statement per list. */
  async findForImport(manager: EntityManager, keys: { ids: readonly string[]; memberIds: readonly string[] }): Promise<Membership[]> {
    const repository = manager.getRepository(Membership);
    const found = new Map<string, Membership>();
    for (const ids of chunks(keys.ids)) for (const row of await repository.findBy({ id: In(ids) })) found.set(row.id, row);
    for (const ids of chunks(keys.memberIds)) for (const row of await repository.findBy({ memberId: In(ids) })) found.set(row.id, row);
    return [...found.values()];
  }

  async insertMany(manager: EntityManager, rows: readonly Membership[]): Promise<void> {
    for (const chunk of chunks(rows, 500)) await manager.getRepository(Membership).insert(chunk);
  }

  async updateMany(manager: EntityManager, rows: readonly Membership[]): Promise<void> {
    for (const chunk of chunks(rows, 500)) await manager.getRepository(Membership).upsert(chunk, ['id']);
  }
}

function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
