import { DateColumn, IndexedEntity, KeyColumn, RefColumn } from '@partnership-graph/shared';
import { Column } from 'typeorm';

@IndexedEntity('memberships', { member: ['memberId'], organization: ['organizationId'] })
export class Membership {
  @KeyColumn()
  id: string;

  @RefColumn('member_id')
  memberId: string;

  @RefColumn('organization_id')
  organizationId: string;

  @Column({ type: 'varchar', length: 40 })
  role: string;

  @DateColumn()
  since: string | null;

  @DateColumn()
  until: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
