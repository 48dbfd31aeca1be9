import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { assertValidId, cachedRead } from '@partnership-graph/shared';
import { Internship } from '../entities/Internship';
import { InternshipProgram } from '../entities/InternshipProgram';
import { Thesis } from '../entities/Thesis';
import { ThesisProgram } from '../entities/ThesisProgram';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { TrainingProgram } from '../entities/TrainingProgram';
import { TrainingProgramProvider } from '../entities/TrainingProgramProvider';
import { pipeListContains } from '../entities/pipeList';
import { studyLevels } from '../statuses';
import { applyDateBounds } from './programQuery';

export const talentPipelines = ['INTERNSHIP', 'THESIS', 'TRAINING'] as const;
export type TalentPipeline = (typeof talentPipelines)[number];
export type TalentStatsGroupBy = 'PIPELINE' | 'STATUS' | 'LEVEL' | 'YEAR' | 'HOST';
export type TalentStatsCount = 'PROGRAMS' | 'RECORDS';

export interface TalentStatsFilter {
  institutionId?: string | null;
  agreementId?: string | null;
  pipelines?: readonly TalentPipeline[] | null;
  from?: string | null;
  to?: string | null;
}

/** One value of the grouped dimension (null: records without one) and how many have it. */
export interface BucketCount {
  key: string | null;
  count: number;
}

/** What differs between the three pipelines, as SQL over the programme `p` and its record `r`. */
interface Pipeline {
  name: TalentPipeline;
  program: new () => ObjectLiteral;
  record: new () => ObjectLiteral;
  /** True when the programme has a `levels` pipe list (internships and theses). */
  programLevels: boolean;
  /** The record's level column, or null when records have no level. */
  recordLevel: string | null;
  /** The record's year as text. */
  recordYear: string;
  /** The programme's host column, or null when hosts are the providers (joined as `h`). */
  host: string | null;
  /** A condition true when `:institutionId` takes part in the programme `p`, in any role. */
  involves: string;
}

const pipelines: Record<TalentPipeline, Pipeline> = {
  INTERNSHIP: {
    name: 'INTERNSHIP',
    program: InternshipProgram,
    record: Internship,
    programLevels: true,
    recordLevel: 'r.level',
    recordYear: 'SUBSTR(COALESCE(r.starts_on, p.starts_on), 1, 4)',
    host: 'p.host_id',
    involves:
      '(p.host_id = :institutionId OR p.id IN (SELECT u.program_id FROM internship_program_universities u WHERE u.institution_id = :institutionId))',
  },
  THESIS: {
    name: 'THESIS',
    program: ThesisProgram,
    record: Thesis,
    programLevels: true,
    recordLevel: 'r.level',
    // SUBSTR turns the integer year into text on both databases (years have four digits).
    recordYear: 'SUBSTR(r.year, 1, 4)',
    // The industry partner is where an industry-based thesis takes place.
    host: 'p.industry_partner_id',
    involves: '(p.university_id = :institutionId OR p.industry_partner_id = :institutionId)',
  },
  TRAINING: {
    name: 'TRAINING',
    program: TrainingProgram,
    record: TrainingEnrollment,
    programLevels: false,
    recordLevel: null,
    recordYear: 'SUBSTR(COALESCE(r.starts_on, p.starts_on), 1, 4)',
    host: null,
    involves:
      'p.id IN (SELECT pp.program_id FROM training_program_providers pp WHERE pp.institution_id = :institutionId)',
  },
};

/**
 * Every level a programme offers, as a derived table joined with LIKE on the
 * programme's pipe list (constants of this code, not user input).
 */
const levelTable = `(${studyLevels.map((level) => `SELECT '${level}' AS code, '${pipeListContains(level)}' AS pattern`).join(' UNION ALL ')})`;

/**
 * `talentStats`: counts programmes (or their records) per value of one dimension with
 * ONE grouped statement over all the pipelines asked for:
 * `SELECT x.k, COUNT(*) FROM (<internships> UNION ALL <theses> UNION ALL <training>) x GROUP BY x.k`.
 */
export class TalentStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  count(
    filter: TalentStatsFilter | null | undefined,
    groupBy: TalentStatsGroupBy,
    count: TalentStatsCount,
  ): Promise<BucketCount[]> {
    const institutionId =
      filter?.institutionId != null ? assertValidId(filter.institutionId, 'filter.institutionId') : null;
    const agreementId = filter?.agreementId != null ? assertValidId(filter.agreementId, 'filter.agreementId') : null;
    const wanted = filter?.pipelines?.length
      ? talentPipelines.filter((p) => filter.pipelines?.includes(p))
      : talentPipelines;
    const parts = wanted.map((name) => {
      const query = this.keys(pipelines[name], groupBy, count);
      if (institutionId !== null) query.andWhere(pipelines[name].involves, { institutionId });
      if (agreementId !== null) query.andWhere('p.agreement_id = :agreementId', { agreementId });
      applyDateBounds(query, 'p', filter?.from, filter?.to);
      return query.getQueryAndParameters();
    });
    const sql = `SELECT x.k AS k, COUNT(*) AS n FROM (${parts.map(([part]) => part).join(' UNION ALL ')}) x GROUP BY x.k`;
    const parameters = parts.flatMap(([, values]) => values);
    // Read through the aggregate cache: a GROUP BY reads every matching programme or record.
    return cachedRead(this.dataSource, `talentStats\u0000${sql}\u0000${JSON.stringify(parameters)}`, async () => {
      const rows: Array<{ k: string | number | null; n: number | string }> = await this.dataSource.query(
        sql,
        parameters,
      );
      return rows.map((row) => ({ key: row.k === null ? null : String(row.k), count: Number(row.n) }));
    });
  }

  /** One row per counted thing of one pipeline, with its key in the column `k`. */
  private keys(
    pipeline: Pipeline,
    groupBy: TalentStatsGroupBy,
    count: TalentStatsCount,
  ): SelectQueryBuilder<ObjectLiteral> {
    const records = count === 'RECORDS';
    const query = this.dataSource.createQueryBuilder();
    if (records) query.from(pipeline.record, 'r').innerJoin(pipeline.program, 'p', 'p.id = r.program_id');
    else query.from(pipeline.program, 'p');
    switch (groupBy) {
      case 'PIPELINE':
        return query.select(`'${pipeline.name}'`, 'k');
      case 'STATUS':
        return query.select(records ? 'r.status' : 'p.status', 'k');
      case 'LEVEL':
        if (records) return query.select(pipeline.recordLevel ?? 'NULL', 'k');
        if (!pipeline.programLevels) return query.select('NULL', 'k');
        return query.leftJoin(levelTable, 'l', 'p.levels LIKE l.pattern').select('l.code', 'k');
      case 'YEAR':
        return query.select(records ? pipeline.recordYear : 'SUBSTR(p.starts_on, 1, 4)', 'k');
      case 'HOST':
        if (pipeline.host) return query.select(pipeline.host, 'k');
        return query.leftJoin(TrainingProgramProvider, 'h', 'h.program_id = p.id').select('h.institution_id', 'k');
    }
  }
}
