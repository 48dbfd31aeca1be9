import { In, Not, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { applyKeyset, type PageRequest } from '@partnership-graph/shared';
import { Internship } from '../entities/Internship';
import { internshipStatuses, seatFreeingStatuses } from '../statuses';
import { lockForUpdate } from '@partnership-graph/shared';
import {
  countByInstitution,
  countByProgramAndStatus,
  recordOrder,
  type InstitutionCounts,
  type StatusCounts,
} from './recordQuery';

export interface InternshipListFilter {
  programId: string;
  statuses?: string[] | null;
}

/** Every SQL statement about individual internships lives here. */
export class InternshipRepository {
  constructor(private readonly dataSource: DataSource) {}

  private filtered(filter: InternshipListFilter): SelectQueryBuilder<Internship> {
    const query = this.dataSource.getRepository(Internship).createQueryBuilder('r').where('r.program_id = :programId', {
      programId: filter.programId,
    });
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    return query;
  }

  findPage(filter: InternshipListFilter, page: PageRequest): Promise<Internship[]> {
    return applyKeyset(this.filtered(filter), recordOrder('r'), page.after, page.limit).getMany();
  }

  findByIds(ids: readonly string[]): Promise<Internship[]> {
    return this.dataSource.getRepository(Internship).findBy({ id: In([...ids]) });
  }

  findByStudentIds(ids: readonly string[]): Promise<Internship[]> {
    return this.dataSource
      .getRepository(Internship)
      .find({ where: { studentId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Internships per programme and status: one grouped COUNT for a whole page of programmes. */
  countsByProgram(programIds: readonly string[]): Promise<Map<string, StatusCounts>> {
    return countByProgramAndStatus(this.dataSource, Internship, programIds);
  }

  /** Programmes and internships per institution (as host or university): one grouped statement. */
  countsByInstitution(institutionIds: readonly string[]): Promise<Map<string, InstitutionCounts>> {
    return countByInstitution(
      this.dataSource,
      {
        links: (ids) =>
          `SELECT p.id AS program_id, p.host_id AS institution_id FROM internship_programs p WHERE p.host_id IN (${ids})
           UNION
           SELECT u.program_id AS program_id, u.institution_id AS institution_id FROM internship_program_universities u WHERE u.institution_id IN (${ids})`,
        linkParameterLists: 2,
        recordTable: 'internships',
        statuses: internshipStatuses,
      },
      institutionIds,
    );
  }

  // ─── writes (inside a writeTransaction) ─────────────────────────────────────────

  /** Internships that hold a seat (every status but WITHDRAWN). */
  countSeatsTaken(manager: EntityManager, programId: string): Promise<number> {
    return manager.getRepository(Internship).countBy({ programId, status: Not(In([...seatFreeingStatuses])) });
  }

  /** True when the student already has an internship in the programme that is not WITHDRAWN. */
  hasCurrent(manager: EntityManager, programId: string, studentId: string): Promise<boolean> {
    return manager
      .getRepository(Internship)
      .existsBy({ programId, studentId, status: Not(In([...seatFreeingStatuses])) });
  }

  async insert(manager: EntityManager, internship: Internship): Promise<void> {
    await manager.getRepository(Internship).insert(internship);
  }

  findForUpdate(manager: EntityManager, id: string): Promise<Internship | null> {
    return lockForUpdate(
      manager.getRepository(Internship).createQueryBuilder('r').where('r.id = :id', { id }),
      manager,
    ).getOne();
  }

  findOne(manager: EntityManager, id: string): Promise<Internship | null> {
    return manager.getRepository(Internship).findOneBy({ id });
  }
}
