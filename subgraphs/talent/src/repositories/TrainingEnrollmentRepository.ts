import { In, Not, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { applyKeyset, type PageRequest } from '@partnership-graph/shared';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { enrollmentStatuses, seatFreeingStatuses } from '../statuses';
import { lockForUpdate } from '@partnership-graph/shared';
import {
  countByInstitution,
  countByProgramAndStatus,
  recordOrder,
  type InstitutionCounts,
  type StatusCounts,
} from './recordQuery';

export interface EnrollmentListFilter {
  programId: string;
  statuses?: string[] | null;
}

/** Every SQL statement about training enrolments lives here. */
export class TrainingEnrollmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  private filtered(filter: EnrollmentListFilter): SelectQueryBuilder<TrainingEnrollment> {
    const query = this.dataSource
      .getRepository(TrainingEnrollment)
      .createQueryBuilder('r')
      .where('r.program_id = :programId', { programId: filter.programId });
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    return query;
  }

  findPage(filter: EnrollmentListFilter, page: PageRequest): Promise<TrainingEnrollment[]> {
    return applyKeyset(this.filtered(filter), recordOrder('r'), page.after, page.limit).getMany();
  }

  findByIds(ids: readonly string[]): Promise<TrainingEnrollment[]> {
    return this.dataSource.getRepository(TrainingEnrollment).findBy({ id: In([...ids]) });
  }

  findByStudentIds(ids: readonly string[]): Promise<TrainingEnrollment[]> {
    return this.dataSource
      .getRepository(TrainingEnrollment)
      .find({ where: { studentId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  countsByProgram(programIds: readonly string[]): Promise<Map<string, StatusCounts>> {
    return countByProgramAndStatus(this.dataSource, TrainingEnrollment, programIds);
  }

  /** Programmes and enrolments per providing institution: one grouped statement. */
  countsByInstitution(institutionIds: readonly string[]): Promise<Map<string, InstitutionCounts>> {
    return countByInstitution(
      this.dataSource,
      {
        links: (ids) =>
          `SELECT pp.program_id AS program_id, pp.institution_id AS institution_id FROM training_program_providers pp WHERE pp.institution_id IN (${ids})`,
        linkParameterLists: 1,
        recordTable: 'training_enrollments',
        statuses: enrollmentStatuses,
      },
      institutionIds,
    );
  }

  // ─── writes (inside a writeTransaction) ─────────────────────────────────────────

  countSeatsTaken(manager: EntityManager, programId: string): Promise<number> {
    return manager.getRepository(TrainingEnrollment).countBy({ programId, status: Not(In([...seatFreeingStatuses])) });
  }

  hasCurrent(manager: EntityManager, programId: string, studentId: string): Promise<boolean> {
    return manager
      .getRepository(TrainingEnrollment)
      .existsBy({ programId, studentId, status: Not(In([...seatFreeingStatuses])) });
  }

  async insert(manager: EntityManager, enrollment: TrainingEnrollment): Promise<void> {
    await manager.getRepository(TrainingEnrollment).insert(enrollment);
  }

  findForUpdate(manager: EntityManager, id: string): Promise<TrainingEnrollment | null> {
    return lockForUpdate(
      manager.getRepository(TrainingEnrollment).createQueryBuilder('r').where('r.id = :id', { id }),
      manager,
    ).getOne();
  }

  findOne(manager: EntityManager, id: string): Promise<TrainingEnrollment | null> {
    return manager.getRepository(TrainingEnrollment).findOneBy({ id });
  }
}
