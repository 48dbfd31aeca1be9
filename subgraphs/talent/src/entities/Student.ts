import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A student or training participant. `name` and `email` are personal data. */
@Entity('students')
export class Student {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Index('idx_students_university')
  @Column({ name: 'university_id', type: 'varchar', length: 64, nullable: true })
  universityId: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;
}
