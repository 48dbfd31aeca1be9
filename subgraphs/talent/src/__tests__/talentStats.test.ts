import { testDatabases } from '@partnership-graph/shared/testing';
import { openFixture, type TalentFixture } from './fixture';
import {
  insertEnrollments,
  insertInternshipProgram,
  insertInternships,
  insertStudent,
  insertTheses,
  insertThesisProgram,
  insertTrainingProgram,
} from './syntheticRecords';

const STATS = `query($groupBy: TalentStatsGroupBy!, $count: TalentStatsCount, $filter: TalentStatsFilter) {
  talentStats(groupBy: $groupBy, count: $count, filter: $filter) { key label count }
}`;

const groupings = ['PIPELINE', 'STATUS', 'LEVEL', 'YEAR', 'HOST'] as const;
const synthetic = { agreementId: 'synthetic-stats-agreement' };

describe.each(testDatabases())('talentStats on $label', (database) => {
  /** The seed dataset alone. */
  let fx: TalentFixture;
  /** No seed: synthetic programmes with records (the seed has no records and no dates). */
  let records: TalentFixture;

  async function statsOf(
    on: TalentFixture,
    groupBy: string,
    options: { count?: string; filter?: Record<string, unknown> } = {},
  ) {
    const { data, errors } = await on.query(STATS, { groupBy, ...options });
    expect(errors).toBeUndefined();
    return data?.talentStats as Array<{ key: string | null; label: string; count: number }>;
  }
  const stats = (groupBy: string, options?: { count?: string; filter?: Record<string, unknown> }) =>
    statsOf(fx, groupBy, options);
  const recordStats = (groupBy: string, options?: { count?: string; filter?: Record<string, unknown> }) =>
    statsOf(records, groupBy, options);

  beforeAll(async () => {
    fx = await openFixture(database);
    records = await openFixture(database, { seed: false });
    const { dataSource } = records;
    await insertStudent(dataSource, { id: 'synthetic-stats-student', universityId: 'aztu' });
    const student = 'synthetic-stats-student';
    await insertInternshipProgram(
      dataSource,
      { id: 'synthetic-stats-internships', hostId: 'synthetic-host', startsOn: '2026-06', ...synthetic },
      ['aztu'],
    );
    await insertInternships(dataSource, 'synthetic-stats-internships', [
      { studentId: student, status: 'PLANNED', level: 'BACHELOR' },
      { studentId: student, status: 'ACTIVE', level: 'MASTER' },
      { studentId: student, status: 'HIRED', level: 'MASTER' },
    ]);
    await insertThesisProgram(dataSource, {
      id: 'synthetic-stats-theses',
      universityId: 'aztu',
      industryPartnerId: 'synthetic-host',
      startsOn: '2025',
      levels: ['MASTER'],
      ...synthetic,
    });
    await insertTheses(dataSource, 'synthetic-stats-theses', [
      { studentId: student, status: 'DEFENDED', year: 2025 },
      { studentId: student, status: 'PROPOSED', year: 2026 },
    ]);
    await insertTrainingProgram(
      dataSource,
      { id: 'synthetic-stats-training', startsOn: '2025-09', endsOn: '2025-12', ...synthetic },
      ['synthetic-host', 'synthetic-college'],
    );
    await insertEnrollments(dataSource, 'synthetic-stats-training', [{ studentId: student, status: 'COMPLETED' }]);
  });
  afterAll(async () => {
    await fx?.close();
    await records?.close();
  });

  // The seed dataset: 4 internship, 1 thesis and 5 training programmes, all ANNOUNCED, undated.
  describe('over the seeded programmes', () => {
    const seedStats = (groupBy: string) => stats(groupBy);

    it('counts programmes by PIPELINE: 4 internship, 1 thesis and 5 training programmes', async () => {
      expect(await seedStats('PIPELINE')).toEqual([
        { key: 'TRAINING', label: 'Training', count: 5 },
        { key: 'INTERNSHIP', label: 'Internship', count: 4 },
        { key: 'THESIS', label: 'Thesis', count: 1 },
      ]);
    });

    it('counts programmes by STATUS: all ten ANNOUNCED', async () => {
      expect(await seedStats('STATUS')).toEqual([{ key: 'ANNOUNCED', label: 'Announced', count: 10 }]);
    });

    it('counts programmes by LEVEL: each level a programme offers, and no level for the rest', async () => {
      // AzTU's internships and theses are for bachelor and master students; the other
      // three internship programmes name no level, training programmes have none.
      expect(await seedStats('LEVEL')).toEqual([
        { key: 'BACHELOR', label: 'Bachelor', count: 2 },
        { key: 'MASTER', label: 'Master', count: 2 },
        { key: null, label: 'No level', count: 8 },
      ]);
    });

    it('counts programmes by YEAR: the sources give no dates', async () => {
      expect(await seedStats('YEAR')).toEqual([{ key: null, label: 'Unknown year', count: 10 }]);
    });

    it('counts programmes by HOST: the host, the industry partner, every provider, keyed and labelled by institution id', async () => {
      expect(await seedStats('HOST')).toEqual([
        // internships + theses + two jointly provided trainings at the Ganja complex
        { key: 'ganja-aluminium-complex', label: 'ganja-aluminium-complex', count: 4 },
        { key: 'bayraktar-technology-azerbaijan', label: 'bayraktar-technology-azerbaijan', count: 2 },
        { key: 'azerishiq', label: 'azerishiq', count: 1 },
        { key: 'bsu', label: 'bsu', count: 1 },
        { key: 'innovation-center-sapssi', label: 'innovation-center-sapssi', count: 1 },
        // the two memoranda's internships (the source does not say where) and Azərişıq's
        // personnel training (the source names no provider)
        { key: null, label: 'Unknown host', count: 3 },
      ]);
    });

    it('filters by institution in any role, by agreement and by pipeline', async () => {
      expect(await stats('PIPELINE', { filter: { institutionId: 'aztu' } })).toEqual([
        { key: 'INTERNSHIP', label: 'Internship', count: 1 },
        { key: 'THESIS', label: 'Thesis', count: 1 },
      ]);
      expect(await stats('PIPELINE', { filter: { agreementId: 'mou-bsu-bayraktar-2025' } })).toEqual([
        { key: 'INTERNSHIP', label: 'Internship', count: 1 },
        { key: 'TRAINING', label: 'Training', count: 1 },
      ]);
      expect(
        await stats('PIPELINE', {
          filter: { institutionId: 'bayraktar-technology-azerbaijan', pipelines: ['TRAINING'] },
        }),
      ).toEqual([{ key: 'TRAINING', label: 'Training', count: 2 }]);
      expect(
        await stats('LEVEL', { filter: { pipelines: ['INTERNSHIP'], agreementId: 'aztu-aic-cooperation' } }),
      ).toEqual([
        { key: 'BACHELOR', label: 'Bachelor', count: 1 },
        { key: 'MASTER', label: 'Master', count: 1 },
      ]);
      expect(await stats('HOST', { filter: { institutionId: 'no-such-institution' } })).toEqual([]);
    });

    it('counts no records: the documents name no students', async () => {
      for (const groupBy of groupings)
        expect(await stats(groupBy, { count: 'RECORDS', filter: { pipelines: [] } })).toEqual([]);
    });

    it('finds nothing dated: the sources give no dates', async () => {
      expect(await stats('PIPELINE', { filter: { from: '1990' } })).toEqual([]);
      expect(await stats('PIPELINE', { filter: { to: '2100' } })).toEqual([]);
    });
  });

  describe('over programmes with records', () => {
    it('counts records by PIPELINE, STATUS, LEVEL, YEAR and HOST', async () => {
      const filter = synthetic;
      expect(await recordStats('PIPELINE', { count: 'RECORDS', filter })).toEqual([
        { key: 'INTERNSHIP', label: 'Internship', count: 3 },
        { key: 'THESIS', label: 'Thesis', count: 2 },
        { key: 'TRAINING', label: 'Training', count: 1 },
      ]);
      expect(await recordStats('STATUS', { count: 'RECORDS', filter })).toEqual(
        ['ACTIVE', 'COMPLETED', 'DEFENDED', 'HIRED', 'PLANNED', 'PROPOSED'].map((key) => ({
          key,
          label: key.charAt(0) + key.slice(1).toLowerCase(),
          count: 1,
        })),
      );
      expect(await recordStats('LEVEL', { count: 'RECORDS', filter })).toEqual([
        { key: 'MASTER', label: 'Master', count: 4 },
        { key: 'BACHELOR', label: 'Bachelor', count: 1 },
        { key: null, label: 'No level', count: 1 },
      ]);
      // Internships start with their programme (2026); theses by the year they are due;
      // the enrolment with its programme (2025-09).
      expect(await recordStats('YEAR', { count: 'RECORDS', filter })).toEqual([
        { key: '2025', label: '2025', count: 2 },
        { key: '2026', label: '2026', count: 4 },
      ]);
      // The enrolment counts once for each of its programme's two providers.
      expect(await recordStats('HOST', { count: 'RECORDS', filter })).toEqual([
        { key: 'synthetic-host', label: 'synthetic-host', count: 6 },
        { key: 'synthetic-college', label: 'synthetic-college', count: 1 },
      ]);
      expect(await recordStats('STATUS', { count: 'RECORDS', filter: { ...filter, pipelines: ['THESIS'] } })).toEqual([
        { key: 'DEFENDED', label: 'Defended', count: 1 },
        { key: 'PROPOSED', label: 'Proposed', count: 1 },
      ]);
    });

    it('counts programmes by YEAR in year order, and applies inclusive date bounds', async () => {
      expect(await recordStats('YEAR', { filter: synthetic })).toEqual([
        { key: '2025', label: '2025', count: 2 },
        { key: '2026', label: '2026', count: 1 },
      ]);
      // Running on or after 1 January 2026: the training ended in December 2025.
      expect(await recordStats('PIPELINE', { filter: { ...synthetic, from: '2026-01-01' } })).toEqual([
        { key: 'INTERNSHIP', label: 'Internship', count: 1 },
        { key: 'THESIS', label: 'Thesis', count: 1 },
      ]);
      // Starting on or before the end of 2025 (undated seeded programmes never match).
      expect(await recordStats('PIPELINE', { filter: { to: '2025' } })).toEqual([
        { key: 'THESIS', label: 'Thesis', count: 1 },
        { key: 'TRAINING', label: 'Training', count: 1 },
      ]);
      expect(await recordStats('PIPELINE', { count: 'RECORDS', filter: { from: '2025-12', to: '2025-12' } })).toEqual([
        { key: 'THESIS', label: 'Thesis', count: 2 },
        { key: 'TRAINING', label: 'Training', count: 1 },
      ]);
    });
  });

  it.each(groupings.flatMap((groupBy) => ['PROGRAMS', 'RECORDS'].map((count) => [groupBy, count])))(
    'costs one SQL statement by %s counting %s, whatever the filter',
    async (groupBy, count) => {
      fx.sql.reset();
      await stats(groupBy, {
        count,
        filter: { institutionId: 'aztu', agreementId: 'aztu-aic-cooperation', from: '2020', to: '2030' },
      });
      expect(fx.sql.count).toBe(1);
      expect(fx.sql.statements[0]).toMatch(/GROUP BY/);
    },
  );

  it.each([
    ['a malformed institution id', { institutionId: 'AzTU!' }, 'filter.institutionId'],
    ['a malformed agreement id', { agreementId: 'x y' }, 'filter.agreementId'],
    ['bounds the wrong way round', { from: '2026', to: '2025' }, 'filter.to'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, filter, argumentName) => {
    fx.sql.reset();
    const { data, errors } = await fx.query(STATS, { groupBy: 'PIPELINE', filter });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(data ?? null).toBeNull();
    expect(fx.sql.count).toBe(0);
  });

  it('refuses a date that is not a date with BAD_USER_INPUT naming the field, before any SQL', async () => {
    fx.sql.reset();
    const { data, errors } = await fx.query(STATS, { groupBy: 'PIPELINE', filter: { from: '2025-13-01' } });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(/"filter\.from".*ISO date/);
    expect(data ?? null).toBeNull();
    expect(fx.sql.count).toBe(0);
  });

  it('answers a repeated statistic from the aggregate cache until this process writes', async () => {
    await insertInternshipProgram(
      records.dataSource,
      { id: 'synthetic-stats-cache-1', hostId: 'synthetic-cache-host-1', ...synthetic },
      ['aztu'],
    );
    records.sql.reset();
    const first = await recordStats('HOST');
    expect(records.sql.count).toBe(1);
    records.sql.reset();
    expect(await recordStats('HOST')).toEqual(first);
    expect(records.sql.count).toBe(0);
    await insertInternshipProgram(
      records.dataSource,
      { id: 'synthetic-stats-cache', hostId: 'synthetic-cache-host', ...synthetic },
      ['aztu'],
    );
    records.sql.reset();
    const after = await recordStats('HOST');
    expect(records.sql.count).toBe(1);
    expect(after).toContainEqual({ key: 'synthetic-cache-host', label: 'synthetic-cache-host', count: 1 });
  });

  it('refuses more buckets than maxBuckets with LIMIT_REACHED, stating how many there are', async () => {
    const buckets = (await recordStats('HOST')).length;
    expect(buckets).toBeGreaterThan(1);
    const limited = `query($maxBuckets: Int) { talentStats(groupBy: HOST, maxBuckets: $maxBuckets) { key } }`;
    const fits = await records.query(limited, { maxBuckets: buckets });
    expect(fits.errors).toBeUndefined();
    expect(fits.data?.talentStats).toHaveLength(buckets);
    const { data, errors } = await records.query(limited, { maxBuckets: buckets - 1 });
    expect(errors?.[0].extensions).toMatchObject({
      code: 'LIMIT_REACHED',
      limit: 'maxBuckets',
      maxBuckets: buckets - 1,
      buckets,
    });
    expect(data ?? null).toBeNull();
    const negative = await records.query(`{ talentStats(groupBy: HOST, maxBuckets: -1) { key } }`);
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'maxBuckets' });
  });

  it('refuses an unknown groupBy, naming the enum', async () => {
    const { errors } = await fx.query(`{ talentStats(groupBy: COLOUR) { key } }`);
    expect(errors?.[0].message).toMatch(/TalentStatsGroupBy/);
    const viaVariable = await fx.query(STATS, { groupBy: 'COLOUR' });
    expect(viaVariable.errors?.[0].message).toMatch(/TalentStatsGroupBy/);
  });
});
