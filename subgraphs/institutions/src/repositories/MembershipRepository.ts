import { In, type DataSource } from 'typeorm';
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
}
