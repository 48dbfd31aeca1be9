import { In, type DataSource, type EntityManager } from 'typeorm';
import { Membership } from '../entities/Membership';
import { RecordTable } from './RecordTable';

/** Every SQL statement about memberships lives here. */
export class MembershipRepository extends RecordTable<Membership> {
  constructor(private readonly dataSource: DataSource) {
    super(Membership);
  }

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
  findForImport(
    manager: EntityManager,
    keys: { ids: readonly string[]; memberIds: readonly string[] },
  ): Promise<Membership[]> {
    return this.findWhereIn(manager, [
      ['id', keys.ids],
      ['memberId', keys.memberIds],
    ]);
  }
}
