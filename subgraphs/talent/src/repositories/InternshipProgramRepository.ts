import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { InternshipProgram } from '../entities/InternshipProgram';
import { InternshipProgramUniversity } from '../entities/InternshipProgramUniversity';
import { applyLevels, programSearchColumns, type ProgramFilterBase } from './programQuery';
import { ProgramLinks, ProgramTable } from './ProgramTable';

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
export class InternshipProgramRepository extends ProgramTable<InternshipProgram, InternshipProgramFilter> {
  /** The universities whose students take part in each programme. */
  readonly universities: ProgramLinks<InternshipProgramUniversity>;

  constructor(dataSource: DataSource) {
    super(dataSource, InternshipProgram, 'internship-program');
    this.universities = new ProgramLinks(dataSource, InternshipProgramUniversity);
  }

  protected applyOwnFilter(query: SelectQueryBuilder<InternshipProgram>, filter: InternshipProgramFilter): void {
    applyLevels(query, 'p', filter.levels);
  }

  protected applyInstitution(query: SelectQueryBuilder<InternshipProgram>, institutionId: string): void {
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

  async insert(
    manager: EntityManager,
    program: Omit<InternshipProgram, 'sortTitle' | 'searchText'>,
    universityIds: string[],
  ): Promise<void> {
    await manager
      .getRepository(InternshipProgram)
      .insert({ ...program, ...this.searchColumns(program, universityIds) });
    await this.universities.insert(manager, program.id, universityIds);
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
