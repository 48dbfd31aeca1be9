import type { DataSource } from 'typeorm';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { enrollmentStatuses } from '../statuses';
import { SeatRecordTable } from './StudentRecordTable';

/** Every SQL statement about training enrolments lives here (the shared ones in StudentRecordTable). */
export class TrainingEnrollmentRepository extends SeatRecordTable<TrainingEnrollment> {
  constructor(dataSource: DataSource) {
    // Per institution: the programmes it provides.
    super(dataSource, TrainingEnrollment, 'r', {
      links: (ids) =>
        `SELECT pp.program_id AS program_id, pp.institution_id AS institution_id FROM training_program_providers pp WHERE pp.institution_id IN (${ids})`,
      linkParameterLists: 1,
      recordTable: 'training_enrollments',
      statuses: enrollmentStatuses,
    });
  }
}
