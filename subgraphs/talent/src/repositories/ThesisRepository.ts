import { Not, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  andSearchMatches,
  assertValidId,
  badUserInput,
  findSearchablePage,
  type PageRequest,
} from '@partnership-graph/shared';
import { Thesis } from '../entities/Thesis';
import { ThesisProgram } from '../entities/ThesisProgram';
import { thesisStatuses } from '../statuses';
import { recordOrder } from './recordQuery';
import { StudentRecordTable } from './StudentRecordTable';

export interface ThesisFilter {
  search?: string | null;
  programId?: string | null;
  institutionId?: string | null;
  agreementId?: string | null;
  supervisorId?: string | null;
  /** With `supervisorId`: only theses where the person has this role. */
  supervisorRole?: 'ACADEMIC' | 'INDUSTRY' | null;
  levels?: string[] | null;
  statuses?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
}

/** Every SQL statement about individual theses lives here. */
export class ThesisRepository extends StudentRecordTable<Thesis> {
  constructor(dataSource: DataSource) {
    // Per institution: the programmes it is the university or industry partner of.
    super(dataSource, Thesis, 't', {
      links: (ids) =>
        `SELECT p.id AS program_id, p.university_id AS institution_id FROM thesis_programs p WHERE p.university_id IN (${ids})
           UNION
           SELECT p.id AS program_id, p.industry_partner_id AS institution_id FROM thesis_programs p WHERE p.industry_partner_id IN (${ids})`,
      linkParameterLists: 2,
      recordTable: 'theses',
      statuses: thesisStatuses,
    });
  }

  private filtered(filter: ThesisFilter | null | undefined, withSearch = true): SelectQueryBuilder<Thesis> {
    const query = this.dataSource.getRepository(Thesis).createQueryBuilder('t');
    if (!filter) return query;
    if (withSearch) andSearchMatches(query, 't', filter.search);
    if (filter.programId != null)
      query.andWhere('t.program_id = :programId', { programId: assertValidId(filter.programId, 'filter.programId') });
    if (filter.institutionId != null || filter.agreementId != null) {
      const programs = query.subQuery().select('tp.id').from(ThesisProgram, 'tp');
      if (filter.institutionId != null) {
        programs.andWhere('(tp.university_id = :institutionId OR tp.industry_partner_id = :institutionId)');
        query.setParameter('institutionId', assertValidId(filter.institutionId, 'filter.institutionId'));
      }
      if (filter.agreementId != null) {
        programs.andWhere('tp.agreement_id = :agreementId');
        query.setParameter('agreementId', assertValidId(filter.agreementId, 'filter.agreementId'));
      }
      query.andWhere(`t.program_id IN ${programs.getQuery()}`);
    }
    if (filter.supervisorId != null) {
      const supervisorId = assertValidId(filter.supervisorId, 'filter.supervisorId');
      if (filter.supervisorRole === 'ACADEMIC')
        query.andWhere('t.academic_supervisor_id = :supervisorId', { supervisorId });
      else if (filter.supervisorRole === 'INDUSTRY')
        query.andWhere('t.industry_supervisor_id = :supervisorId', { supervisorId });
      else
        query.andWhere('(t.academic_supervisor_id = :supervisorId OR t.industry_supervisor_id = :supervisorId)', {
          supervisorId,
        });
    }
    if (filter.levels?.length) query.andWhere('t.level IN (:...levels)', { levels: filter.levels });
    if (filter.statuses?.length) query.andWhere('t.status IN (:...statuses)', { statuses: filter.statuses });
    for (const [field, value] of [
      ['filter.yearFrom', filter.yearFrom],
      ['filter.yearTo', filter.yearTo],
    ] as const) {
      if (value != null && (value < 1900 || value > 2200))
        throw badUserInput(field, 'must be a year between 1900 and 2200');
    }
    if (filter.yearFrom != null && filter.yearTo != null && filter.yearTo < filter.yearFrom) {
      throw badUserInput('filter.yearTo', `must not be before filter.yearFrom (${filter.yearFrom})`);
    }
    if (filter.yearFrom != null) query.andWhere('t.year >= :yearFrom', { yearFrom: filter.yearFrom });
    if (filter.yearTo != null) query.andWhere('t.year <= :yearTo', { yearTo: filter.yearTo });
    return query;
  }

  findPage(filter: ThesisFilter | null | undefined, page: PageRequest): Promise<Thesis[]> {
    return findSearchablePage(
      (withSearch) => this.filtered(filter, withSearch),
      't',
      recordOrder('t'),
      filter?.search,
      page,
    );
  }

  count(filter: ThesisFilter | null | undefined): Promise<number> {
    return this.filtered(filter).getCount();
  }

  // ─── writes (inside a writeTransaction) ─────────────────────────────────────────

  /** True when the student already has a thesis in the programme that is not ABANDONED. */
  hasCurrent(manager: EntityManager, programId: string, studentId: string): Promise<boolean> {
    return manager.getRepository(Thesis).existsBy({ programId, studentId, status: Not('ABANDONED') });
  }
}
