import {
  In,
  Not,
  type DataSource,
  type EntityManager,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import { applyKeyset, findRowsIn, type PageRequest } from '@partnership-graph/shared';
import { IdTable } from './IdTable';
import { seatFreeingStatuses } from '../statuses';
import {
  countByInstitution,
  countByProgramAndStatus,
  recordOrder,
  type InstitutionCounts,
  type InstitutionCountsQuery,
  type StatusCounts,
} from './recordQuery';

/** What every record of a student in a programme (internship, thesis, enrolment) has. */
interface StudentRecord {
  id: string;
  programId: string;
  studentId: string;
  createdAt: string;
  status: string;
}

/**
 * The statements every kind of student record shares: by student, its counts
 * per programme and per institution, and the reads and insert of a write. `alias`
 * names the record in the repository's own statements.
 */
export abstract class StudentRecordTable<R extends StudentRecord> extends IdTable<R> {
  protected constructor(
    dataSource: DataSource,
    entity: new () => R,
    alias: string,
    /** The programmes each institution is linked to, and the records' table and statuses. */
    private readonly perInstitution: InstitutionCountsQuery,
  ) {
    super(dataSource, entity, alias);
  }

  /** A student's records, oldest first. */
  findByStudentIds(ids: readonly string[]): Promise<R[]> {
    const order = { createdAt: 'ASC', id: 'ASC' } as FindOptionsOrder<R>;
    return findRowsIn(this.dataSource.manager, this.entity, 'studentId', ids, order);
  }

  /** Records per programme and status: one grouped COUNT for a whole page of programmes. */
  countsByProgram(programIds: readonly string[]): Promise<Map<string, StatusCounts>> {
    return countByProgramAndStatus(this.dataSource, this.entity, programIds);
  }

  /** Programmes and records per institution: one grouped statement. */
  countsByInstitution(institutionIds: readonly string[]): Promise<Map<string, InstitutionCounts>> {
    return countByInstitution(this.dataSource, this.perInstitution, institutionIds);
  }

  // ─── writes (inside a writeTransaction) ─────────────────────────────────────────

  async insert(manager: EntityManager, record: R): Promise<void> {
    await manager.getRepository(this.entity).insert(record as never);
  }

  findOne(manager: EntityManager, id: string): Promise<R | null> {
    return manager.getRepository(this.entity).findOneBy({ id } as FindOptionsWhere<R>);
  }
}

/** One programme's records, maybe only some statuses (`Internship.internships`, `TrainingProgram.enrollments`). */
export interface ProgramRecordFilter {
  programId: string;
  statuses?: string[] | null;
}

/** Records that hold a seat of their programme unless withdrawn (internships, training enrolments). */
export abstract class SeatRecordTable<R extends StudentRecord> extends StudentRecordTable<R> {
  private filtered(filter: ProgramRecordFilter): SelectQueryBuilder<R> {
    const query = this.dataSource
      .getRepository(this.entity)
      .createQueryBuilder('r')
      .where('r.program_id = :programId', { programId: filter.programId });
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    return query;
  }

  findPage(filter: ProgramRecordFilter, page: PageRequest): Promise<R[]> {
    return applyKeyset(this.filtered(filter), recordOrder('r'), page.after, page.limit).getMany();
  }

  /** Records that hold a seat (every status but WITHDRAWN). */
  countSeatsTaken(manager: EntityManager, programId: string): Promise<number> {
    return manager
      .getRepository(this.entity)
      .countBy({ programId, status: Not(In([...seatFreeingStatuses])) } as FindOptionsWhere<R>);
  }

  /** True when the student already has a record in the programme that is not WITHDRAWN. */
  hasCurrent(manager: EntityManager, programId: string, studentId: string): Promise<boolean> {
    return manager
      .getRepository(this.entity)
      .existsBy({ programId, studentId, status: Not(In([...seatFreeingStatuses])) } as FindOptionsWhere<R>);
  }
}
