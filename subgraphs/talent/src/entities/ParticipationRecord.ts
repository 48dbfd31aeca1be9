import { KeyColumn, LockVersionColumn, RefColumn } from '@partnership-graph/shared';
import { Column } from 'typeorm';

/** One student's place in a programme (an internship, a thesis, a training enrolment). */
export abstract class ParticipationRecord {
  @KeyColumn()
  id: string;

  @RefColumn('program_id')
  programId: string;

  @RefColumn('student_id')
  studentId: string;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  @LockVersionColumn()
  version: number;

  /** ISO timestamp of registration: the order records are listed in. */
  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  /** The indexes every participation table has: a programme's records in order, a student's. */
  static readonly indexes = { program_created: ['programId', 'createdAt'], student: ['studentId'] };
}
