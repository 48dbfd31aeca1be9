import type { DataSource } from 'typeorm';
import { Internship } from '../entities/Internship';
import { internshipStatuses } from '../statuses';
import { SeatRecordTable } from './StudentRecordTable';

/** Every SQL statement about individual internships lives here (the shared ones in StudentRecordTable). */
export class InternshipRepository extends SeatRecordTable<Internship> {
  constructor(dataSource: DataSource) {
    // Per institution: the programmes it hosts or sends students to (as host or university).
    super(dataSource, Internship, 'r', {
      links: (ids) =>
        `SELECT p.id AS program_id, p.host_id AS institution_id FROM internship_programs p WHERE p.host_id IN (${ids})
           UNION
           SELECT u.program_id AS program_id, u.institution_id AS institution_id FROM internship_program_universities u WHERE u.institution_id IN (${ids})`,
      linkParameterLists: 2,
      recordTable: 'internships',
      statuses: internshipStatuses,
    });
  }
}
