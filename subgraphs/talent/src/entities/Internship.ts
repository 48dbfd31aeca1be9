import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('internships')
@Index('idx_internships_program_created', ['programId', 'createdAt'])
export class Internship {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'program_id', type: 'varchar', length: 64 })
  programId: string;

  @Index('idx_internships_student')
  @Column({ name: 'student_id', type: 'varchar', length: 64 })
  studentId: string;

  @Column({ type: 'varchar', length: 20 })
  level: string;

  @Column({ name: 'starts_on', type: 'varchar', length: 10, nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'varchar', length: 10, nullable: true })
  endsOn: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  /** ISO timestamp of registration: the order records are listed in. */
  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;
}
