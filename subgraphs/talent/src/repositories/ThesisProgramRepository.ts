import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ThesisProgram } from '../entities/ThesisProgram';
import { applyLevels, programSearchColumns, type ProgramFilterBase } from './programQuery';
import { ProgramTable } from './ProgramTable';

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
export class ThesisProgramRepository extends ProgramTable<ThesisProgram, ThesisProgramFilter> {
  constructor(dataSource: DataSource) {
    super(dataSource, ThesisProgram, 'thesis-program');
  }

  protected applyOwnFilter(query: SelectQueryBuilder<ThesisProgram>, filter: ThesisProgramFilter): void {
    applyLevels(query, 'p', filter.levels);
  }

  protected applyInstitution(query: SelectQueryBuilder<ThesisProgram>, institutionId: string): void {
    query.andWhere('(p.university_id = :institutionId OR p.industry_partner_id = :institutionId)', { institutionId });
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
