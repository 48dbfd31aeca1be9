import type { DataSource } from 'typeorm';
import { findRowsIn } from '@partnership-graph/shared';
import { Membership } from '../entities/Membership';
import { RecordTable } from './RecordTable';

/** Memberships of a member or of an organisation: by start, then id. */
const byStart = { since: 'ASC', id: 'ASC' } as const;

/** Every SQL statement about memberships lives here. */
export class MembershipRepository extends RecordTable<Membership> {
  constructor(private readonly dataSource: DataSource) {
    super(Membership);
  }

  findByMemberIds(ids: readonly string[]): Promise<Membership[]> {
    return findRowsIn(this.dataSource.manager, Membership, 'memberId', ids, byStart);
  }

  findByOrganizationIds(ids: readonly string[]): Promise<Membership[]> {
    return findRowsIn(this.dataSource.manager, Membership, 'organizationId', ids, byStart);
  }
}
