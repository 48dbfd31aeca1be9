import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('positions')
export class Position {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index('idx_positions_person')
  @Column({ name: 'person_id', type: 'varchar', length: 64 })
  personId: string;

  @Index('idx_positions_institution')
  @Column({ name: 'institution_id', type: 'varchar', length: 64 })
  institutionId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  since: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  until: string | null;

  @Column({ name: 'observed_on', type: 'varchar', length: 10, nullable: true })
  observedOn: string | null;
}
