import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { TrainingProgram } from '../entities/TrainingProgram';
import { TrainingProgramProvider } from '../entities/TrainingProgramProvider';
import { programSearchColumns, type ProgramFilterBase } from './programQuery';
import { ProgramLinks, ProgramTable } from './ProgramTable';

export interface TrainingProgramFilter extends ProgramFilterBase {
  kinds?: string[] | null;
}

export interface InstitutionTrainingProgram {
  institutionId: string;
  program: TrainingProgram;
}

/** Every SQL statement about training programmes (and their providers) lives here. */
export class TrainingProgramRepository extends ProgramTable<TrainingProgram, TrainingProgramFilter> {
  /** The institutions that run each programme. */
  readonly providers: ProgramLinks<TrainingProgramProvider>;

  constructor(dataSource: DataSource) {
    super(dataSource, TrainingProgram, 'training-program');
    this.providers = new ProgramLinks(dataSource, TrainingProgramProvider);
  }

  protected applyOwnFilter(query: SelectQueryBuilder<TrainingProgram>, filter: TrainingProgramFilter): void {
    if (filter.kinds?.length) query.andWhere('p.kind IN (:...kinds)', { kinds: filter.kinds });
  }

  protected applyInstitution(query: SelectQueryBuilder<TrainingProgram>, institutionId: string): void {
    const providers = query
      .subQuery()
      .select('pp.program_id')
      .from(TrainingProgramProvider, 'pp')
      .where('pp.institution_id = :institutionId')
      .getQuery();
    query.andWhere(`p.id IN ${providers}`, { institutionId });
  }

  /** The programmes these institutions provide, in one statement. */
  async findForInstitutions(institutionIds: readonly string[]): Promise<InstitutionTrainingProgram[]> {
    const rows = await this.dataSource
      .getRepository(TrainingProgram)
      .createQueryBuilder('p')
      .innerJoin(TrainingProgramProvider, 'pp', 'pp.program_id = p.id')
      .addSelect('pp.institution_id', 'provider_id')
      .where('pp.institution_id IN (:...ids)', { ids: [...institutionIds] })
      .orderBy('p.sort_title', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getRawAndEntities();
    const programs = new Map(rows.entities.map((p) => [p.id, p]));
    return rows.raw.map((raw: Record<string, unknown>) => ({
      institutionId: String(raw.provider_id),
      program: programs.get(String(raw.p_id)) as TrainingProgram,
    }));
  }

  // ─── writes (inside a writeTransaction) ─────────────────────────────────────────

  async insert(
    manager: EntityManager,
    program: Omit<TrainingProgram, 'sortTitle' | 'searchText'>,
    providerIds: string[],
  ): Promise<void> {
    await manager.getRepository(TrainingProgram).insert({ ...program, ...this.searchColumns(program, providerIds) });
    await this.providers.insert(manager, program.id, providerIds);
  }

  searchColumns(
    program: Pick<TrainingProgram, 'title' | 'areas' | 'audience' | 'agreementId'>,
    providerIds: readonly string[],
  ) {
    return programSearchColumns(program.title, [
      ...program.areas,
      program.audience,
      ...providerIds,
      program.agreementId,
    ]);
  }
}
