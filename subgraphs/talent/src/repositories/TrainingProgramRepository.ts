import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { andCitedBy, assertValidId, findSearchablePage, type PageRequest } from '@partnership-graph/shared';
import { TrainingProgram } from '../entities/TrainingProgram';
import { TrainingProgramProvider } from '../entities/TrainingProgramProvider';
import { lockForUpdate } from '@partnership-graph/shared';
import { applyCommonProgramFilter, programOrder, programSearchColumns, type ProgramFilterBase } from './programQuery';

export interface TrainingProgramFilter extends ProgramFilterBase {
  kinds?: string[] | null;
}

export interface InstitutionTrainingProgram {
  institutionId: string;
  program: TrainingProgram;
}

/** Every SQL statement about training programmes (and their providers) lives here. */
export class TrainingProgramRepository {
  constructor(private readonly dataSource: DataSource) {}

  private filtered(
    filter: TrainingProgramFilter | null | undefined,
    withSearch = true,
  ): SelectQueryBuilder<TrainingProgram> {
    const query = this.dataSource.getRepository(TrainingProgram).createQueryBuilder('p');
    if (!filter) return query;
    applyCommonProgramFilter(query, 'p', filter, withSearch);
    if (filter.sourceId != null) andCitedBy(query, 'p.id', 'training-program', filter.sourceId);
    if (filter.kinds?.length) query.andWhere('p.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.institutionId != null) {
      const institutionId = assertValidId(filter.institutionId, 'filter.institutionId');
      const providers = query
        .subQuery()
        .select('pp.program_id')
        .from(TrainingProgramProvider, 'pp')
        .where('pp.institution_id = :institutionId')
        .getQuery();
      query.andWhere(`p.id IN ${providers}`, { institutionId });
    }
    return query;
  }

  findPage(filter: TrainingProgramFilter | null | undefined, page: PageRequest): Promise<TrainingProgram[]> {
    return findSearchablePage(
      (withSearch) => this.filtered(filter, withSearch),
      'p',
      programOrder('p'),
      filter?.search,
      page,
    );
  }

  count(filter: TrainingProgramFilter | null | undefined): Promise<number> {
    return this.filtered(filter).getCount();
  }

  findByIds(ids: readonly string[]): Promise<TrainingProgram[]> {
    return this.dataSource.getRepository(TrainingProgram).findBy({ id: In([...ids]) });
  }

  findByAgreementIds(ids: readonly string[]): Promise<TrainingProgram[]> {
    return this.dataSource
      .getRepository(TrainingProgram)
      .find({ where: { agreementId: In([...ids]) }, order: { sortTitle: 'ASC', id: 'ASC' } });
  }

  providersOf(programIds: readonly string[]): Promise<TrainingProgramProvider[]> {
    return this.dataSource
      .getRepository(TrainingProgramProvider)
      .find({ where: { programId: In([...programIds]) }, order: { institutionId: 'ASC' } });
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

  findForUpdate(manager: EntityManager, id: string): Promise<TrainingProgram | null> {
    return lockForUpdate(
      manager.getRepository(TrainingProgram).createQueryBuilder('p').where('p.id = :id', { id }),
      manager,
    ).getOne();
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(TrainingProgram).existsBy({ id });
  }

  async insert(
    manager: EntityManager,
    program: Omit<TrainingProgram, 'sortTitle' | 'searchText'>,
    providerIds: string[],
  ): Promise<void> {
    await manager.getRepository(TrainingProgram).insert({ ...program, ...this.searchColumns(program, providerIds) });
    await manager
      .getRepository(TrainingProgramProvider)
      .insert(providerIds.map((institutionId) => ({ programId: program.id, institutionId })));
  }

  async providerIdsOf(manager: EntityManager, programId: string): Promise<string[]> {
    const rows = await manager
      .getRepository(TrainingProgramProvider)
      .find({ where: { programId }, order: { institutionId: 'ASC' } });
    return rows.map((r) => r.institutionId);
  }

  async replaceProviders(manager: EntityManager, programId: string, providerIds: readonly string[]): Promise<number> {
    const repository = manager.getRepository(TrainingProgramProvider);
    const current = (await repository.findBy({ programId })).map((r) => r.institutionId);
    const removed = current.filter((id) => !providerIds.includes(id));
    const added = providerIds.filter((id) => !current.includes(id));
    if (removed.length) await repository.delete({ programId, institutionId: In(removed) });
    if (added.length) await repository.insert(added.map((institutionId) => ({ programId, institutionId })));
    return removed.length + added.length;
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
