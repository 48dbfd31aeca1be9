import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { andCitedBy, assertValidId, findSearchablePage, type PageRequest } from '@partnership-graph/shared';
import { InternshipProgram } from '../entities/InternshipProgram';
import { InternshipProgramUniversity } from '../entities/InternshipProgramUniversity';
import { lockForUpdate } from '@partnership-graph/shared';
import {
  applyCommonProgramFilter,
  applyLevels,
  programOrder,
  programSearchColumns,
  type ProgramFilterBase,
} from './programQuery';

export interface InternshipProgramFilter extends ProgramFilterBase {
  levels?: string[] | null;
}

export type InternshipProgramRole = 'HOST' | 'UNIVERSITY';

/** A programme with the part one institution plays in it. */
export interface InstitutionInternshipProgram {
  institutionId: string;
  role: InternshipProgramRole;
  program: InternshipProgram;
}

/** Every SQL statement about internship programmes (and their universities) lives here. */
export class InternshipProgramRepository {
  constructor(private readonly dataSource: DataSource) {}

  private filtered(
    filter: InternshipProgramFilter | null | undefined,
    withSearch = true,
  ): SelectQueryBuilder<InternshipProgram> {
    const query = this.dataSource.getRepository(InternshipProgram).createQueryBuilder('p');
    if (!filter) return query;
    applyCommonProgramFilter(query, 'p', filter, withSearch);
    if (filter.sourceId != null) andCitedBy(query, 'p.id', 'internship-program', filter.sourceId);
    applyLevels(query, 'p', filter.levels);
    if (filter.institutionId != null) {
      const institutionId = assertValidId(filter.institutionId, 'filter.institutionId');
      // The programmes it hosts and those it sends students to, each side one indexed lookup:
      // `host_id = ? OR id IN (…)` is served by no index and read every programme.
      query.innerJoin(
        '(SELECT h.id AS program_id FROM internship_programs h WHERE h.host_id = :institutionId' +
          ' UNION SELECT u.program_id AS program_id FROM internship_program_universities u WHERE u.institution_id = :institutionId)',
        'involved',
        'involved.program_id = p.id',
        { institutionId },
      );
    }
    return query;
  }

  findPage(filter: InternshipProgramFilter | null | undefined, page: PageRequest): Promise<InternshipProgram[]> {
    return findSearchablePage(
      (withSearch) => this.filtered(filter, withSearch),
      'p',
      programOrder('p'),
      filter?.search,
      page,
    );
  }

  count(filter: InternshipProgramFilter | null | undefined): Promise<number> {
    return this.filtered(filter).getCount();
  }

  findByIds(ids: readonly string[]): Promise<InternshipProgram[]> {
    return this.dataSource.getRepository(InternshipProgram).findBy({ id: In([...ids]) });
  }

  findByAgreementIds(ids: readonly string[]): Promise<InternshipProgram[]> {
    return this.dataSource
      .getRepository(InternshipProgram)
      .find({ where: { agreementId: In([...ids]) }, order: { sortTitle: 'ASC', id: 'ASC' } });
  }

  universitiesOf(programIds: readonly string[]): Promise<InternshipProgramUniversity[]> {
    return this.dataSource
      .getRepository(InternshipProgramUniversity)
      .find({ where: { programId: In([...programIds]) }, order: { institutionId: 'ASC' } });
  }

  /** The programmes these institutions host or send students to: two statements for any number of institutions. */
  async findForInstitutions(institutionIds: readonly string[]): Promise<InstitutionInternshipProgram[]> {
    const ids = [...institutionIds];
    const links = await this.dataSource.getRepository(InternshipProgramUniversity).findBy({ institutionId: In(ids) });
    const linkedProgramIds = [...new Set(links.map((l) => l.programId))];
    const query = this.dataSource
      .getRepository(InternshipProgram)
      .createQueryBuilder('p')
      .where('p.host_id IN (:...ids)', { ids })
      .orderBy('p.sort_title', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (linkedProgramIds.length) query.orWhere('p.id IN (:...linkedProgramIds)', { linkedProgramIds });
    const programs = await query.getMany();
    const wanted = new Set(ids);
    const byProgram = new Map<string, string[]>();
    for (const link of links)
      byProgram.set(link.programId, [...(byProgram.get(link.programId) ?? []), link.institutionId]);
    const result: InstitutionInternshipProgram[] = [];
    for (const program of programs) {
      if (program.hostId && wanted.has(program.hostId))
        result.push({ institutionId: program.hostId, role: 'HOST', program });
      for (const institutionId of byProgram.get(program.id) ?? [])
        result.push({ institutionId, role: 'UNIVERSITY', program });
    }
    return result;
  }

  // ─── writes (inside a writeTransaction) ─────────────────────────────────────────

  /** Reads a programme and, on MySQL, locks its row until the transaction ends. */
  findForUpdate(manager: EntityManager, id: string): Promise<InternshipProgram | null> {
    return lockForUpdate(
      manager.getRepository(InternshipProgram).createQueryBuilder('p').where('p.id = :id', { id }),
      manager,
    ).getOne();
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(InternshipProgram).existsBy({ id });
  }

  async insert(
    manager: EntityManager,
    program: Omit<InternshipProgram, 'sortTitle' | 'searchText'>,
    universityIds: string[],
  ): Promise<void> {
    await manager
      .getRepository(InternshipProgram)
      .insert({ ...program, ...this.searchColumns(program, universityIds) });
    if (universityIds.length) {
      await manager
        .getRepository(InternshipProgramUniversity)
        .insert(universityIds.map((institutionId) => ({ programId: program.id, institutionId })));
    }
  }

  async universityIdsOf(manager: EntityManager, programId: string): Promise<string[]> {
    const rows = await manager
      .getRepository(InternshipProgramUniversity)
      .find({ where: { programId }, order: { institutionId: 'ASC' } });
    return rows.map((r) => r.institutionId);
  }

  /** Makes the programme's universities exactly these; returns how many links changed. */
  async replaceUniversities(
    manager: EntityManager,
    programId: string,
    universityIds: readonly string[],
  ): Promise<number> {
    const repository = manager.getRepository(InternshipProgramUniversity);
    const current = (await repository.findBy({ programId })).map((r) => r.institutionId);
    const removed = current.filter((id) => !universityIds.includes(id));
    const added = universityIds.filter((id) => !current.includes(id));
    if (removed.length) await repository.delete({ programId, institutionId: In(removed) });
    if (added.length) await repository.insert(added.map((institutionId) => ({ programId, institutionId })));
    return removed.length + added.length;
  }

  searchColumns(
    program: Pick<InternshipProgram, 'title' | 'areas' | 'hostId' | 'agreementId'>,
    universityIds: readonly string[],
  ) {
    return programSearchColumns(program.title, [
      ...program.areas,
      program.hostId,
      ...universityIds,
      program.agreementId,
    ]);
  }
}
