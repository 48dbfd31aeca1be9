import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { KeysetOrder } from '@partnership-graph/shared';
import { placeholders } from './programQuery';

/** Individual records are listed in the order they were registered. */
export const recordOrder = (alias: string): KeysetOrder => ({
  sortExpression: `${alias}.created_at`,
  idExpression: `${alias}.id`,
  direction: 'ASC',
});

/** How many records of each status one key (a programme, an institution) has. */
export type StatusCounts = Record<string, number>;

/**
 * Counts the records of many programmes by status in one grouped statement:
 * `SELECT program_id, status, COUNT(*) … GROUP BY program_id, status`.
 */
export async function countByProgramAndStatus<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  programIds: readonly string[],
): Promise<Map<string, StatusCounts>> {
  const rows: Array<{ program_id: string; status: string; n: number | string }> = await dataSource
    .getRepository(target)
    .createQueryBuilder('r')
    .select('r.program_id', 'program_id')
    .addSelect('r.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .where('r.program_id IN (:...programIds)', { programIds: [...programIds] })
    .groupBy('r.program_id')
    .addGroupBy('r.status')
    .getRawMany();
  const result = new Map<string, StatusCounts>();
  for (const row of rows) {
    const counts = result.get(row.program_id) ?? {};
    counts[row.status] = Number(row.n);
    result.set(row.program_id, counts);
  }
  return result;
}

export interface InstitutionCounts {
  programs: number;
  statuses: StatusCounts;
}

/** How one kind of record is counted per institution (see `countByInstitution`). */
export interface InstitutionCountsQuery {
  links: (ids: string) => string;
  linkParameterLists: number;
  recordTable: string;
  statuses: readonly string[];
}

/**
 * Per institution: how many programmes it is linked to and how many records of each
 * status those programmes hold, in ONE grouped statement for any number of
 * institutions. `links` is a SELECT of (program_id, institution_id) pairs with one `?`
 * list of institution ids per `IN (?)` it contains; a programme linked twice to the
 * same institution (host and university) counts once (UNION removes the duplicate).
 */
export async function countByInstitution(
  dataSource: DataSource,
  options: InstitutionCountsQuery,
  institutionIds: readonly string[],
): Promise<Map<string, InstitutionCounts>> {
  const ids = [...institutionIds];
  const statusColumns = options.statuses
    .map((status, i) => `COUNT(CASE WHEN r.status = '${status}' THEN 1 END) AS s${i}`)
    .join(',\n       ');
  const sql = `SELECT x.institution_id AS institution_id,
       COUNT(DISTINCT x.program_id) AS programs,
       ${statusColumns}
  FROM (${options.links(placeholders(ids.length))}) x
  LEFT JOIN ${options.recordTable} r ON r.program_id = x.program_id
 GROUP BY x.institution_id`;
  const parameters = new Array(options.linkParameterLists).fill(ids).flat();
  const rows: Array<Record<string, unknown>> = await dataSource.query(sql, parameters);
  const result = new Map<string, InstitutionCounts>();
  for (const row of rows) {
    const statuses: StatusCounts = {};
    options.statuses.forEach((status, i) => {
      statuses[status] = Number(row[`s${i}`] ?? 0);
    });
    result.set(String(row.institution_id), { programs: Number(row.programs), statuses });
  }
  return result;
}
