import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('training_enrollments')
@Index('idx_training_enrollments_program_created', ['programId', 'createdAt'])
export class TrainingEnrollment {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'program_id', type: 'varchar', length: 64 })
  programId: string;

  @Index('idx_training_enrollments_student')
  @Column({ name: 'student_id', type: 'varchar', length: 64 })
  studentId: string;

  @Column({ name: 'starts_on', type: 'varchar', length: 10, nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'varchar', length: 10, nullable: true })
  endsOn: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;
}
