import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('memberships')
export class Membership {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index('idx_memberships_member')
  @Column({ name: 'member_id', type: 'varchar', length: 64 })
  memberId: string;

  @Index('idx_memberships_organization')
  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId: string;

  @Column({ type: 'varchar', length: 40 })
  role: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  since: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  until: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
