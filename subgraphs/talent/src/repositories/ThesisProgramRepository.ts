import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { andCitedBy, assertValidId, findSearchablePage, type PageRequest } from '@partnership-graph/shared';
import { ThesisProgram } from '../entities/ThesisProgram';
import { lockForUpdate } from '@partnership-graph/shared';
import {
  applyCommonProgramFilter,
  applyLevels,
  programOrder,
  programSearchColumns,
  type ProgramFilterBase,
} from './programQuery';

export interface ThesisProgramFilter extends ProgramFilterBase {
  levels?: string[] | null;
}

export type ThesisProgramRole = 'UNIVERSITY' | 'INDUSTRY_PARTNER';

export interface InstitutionThesisProgram {
  institutionId: string;
  role: ThesisProgramRole;
  program: ThesisProgram;
}

/** Every SQL statement about thesis programmes lives here. */
export class ThesisProgramRepository {
  constructor(private readonly dataSource: DataSource) {}

  private filtered(
    filter: ThesisProgramFilter | null | undefined,
    withSearch = true,
  ): SelectQueryBuilder<ThesisProgram> {
    const query = this.dataSource.getRepository(ThesisProgram).createQueryBuilder('p');
    if (!filter) return query;
    applyCommonProgramFilter(query, 'p', filter, withSearch);
    if (filter.sourceId != null) andCitedBy(query, 'p.id', 'thesis-program', filter.sourceId);
    applyLevels(query, 'p', filter.levels);
    if (filter.institutionId != null) {
      const institutionId = assertValidId(filter.institutionId, 'filter.institutionId');
      query.andWhere('(p.university_id = :institutionId OR p.industry_partner_id = :institutionId)', { institutionId });
    }
    return query;
  }

  findPage(filter: ThesisProgramFilter | null | undefined, page: PageRequest): Promise<ThesisProgram[]> {
    return findSearchablePage(
      (withSearch) => this.filtered(filter, withSearch),
      'p',
      programOrder('p'),
      filter?.search,
      page,
    );
  }

  count(filter: ThesisProgramFilter | null | undefined): Promise<number> {
    return this.filtered(filter).getCount();
  }

  findByIds(ids: readonly string[]): Promise<ThesisProgram[]> {
    return this.dataSource.getRepository(ThesisProgram).findBy({ id: In([...ids]) });
  }

  findByAgreementIds(ids: readonly string[]): Promise<ThesisProgram[]> {
    return this.dataSource
      .getRepository(ThesisProgram)
      .find({ where: { agreementId: In([...ids]) }, order: { sortTitle: 'ASC', id: 'ASC' } });
  }

  /** The programmes these institutions are the university or industry partner of, in one statement. */
  async findForInstitutions(institutionIds: readonly string[]): Promise<InstitutionThesisProgram[]> {
    const ids = [...institutionIds];
    const programs = await this.dataSource
      .getRepository(ThesisProgram)
      .createQueryBuilder('p')
      .where('p.university_id IN (:...ids) OR p.industry_partner_id IN (:...ids)', { ids })
      .orderBy('p.sort_title', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    const wanted = new Set(ids);
    const result: InstitutionThesisProgram[] = [];
    for (const program of programs) {
      if (wanted.has(program.universityId))
        result.push({ institutionId: program.universityId, role: 'UNIVERSITY', program });
      if (program.industryPartnerId && wanted.has(program.industryPartnerId)) {
        result.push({ institutionId: program.industryPartnerId, role: 'INDUSTRY_PARTNER', program });
      }
    }
    return result;
  }

  // ─── writes (inside a writeTransaction) ─────────────────────────────────────────

  findForUpdate(manager: EntityManager, id: string): Promise<ThesisProgram | null> {
    return lockForUpdate(
      manager.getRepository(ThesisProgram).createQueryBuilder('p').where('p.id = :id', { id }),
      manager,
    ).getOne();
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(ThesisProgram).existsBy({ id });
  }

  async insert(manager: EntityManager, program: Omit<ThesisProgram, 'sortTitle' | 'searchText'>): Promise<void> {
    await manager.getRepository(ThesisProgram).insert({ ...program, ...this.searchColumns(program) });
  }

  searchColumns(
    program: Pick<ThesisProgram, 'title' | 'areas' | 'universityId' | 'industryPartnerId' | 'agreementId'>,
  ) {
    return programSearchColumns(program.title, [
      ...program.areas,
      program.universityId,
      program.industryPartnerId,
      program.agreementId,
    ]);
  }
}
