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

/** 60 synthetic programmes of each kind, each at its own synthetic institution and agreement, with a few records. */
async function insertSyntheticPipelines(fx: TalentFixture, count: number): Promise<void> {
  await insertStudent(fx.dataSource, { id: 'synthetic-student', universityId: 'synthetic-university-000' });
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(3, '0');
    const university = `synthetic-university-${n}`;
    const agreementId = `synthetic-agreement-${n}`;
    await insertInternshipProgram(
      fx.dataSource,
      {
        id: `synthetic-internships-${n}`,
        title: `Synthetic pipeline internships ${n}`,
        hostId: `synthetic-company-${n}`,
        seats: 10,
        agreementId,
      },
      [university, 'synthetic-university-shared'],
    );
    await insertInternships(fx.dataSource, `synthetic-internships-${n}`, [
      { studentId: 'synthetic-student', status: 'ACTIVE' },
      { studentId: 'synthetic-student', status: 'HIRED' },
    ]);
    await insertThesisProgram(fx.dataSource, {
      id: `synthetic-theses-${n}`,
      title: `Synthetic pipeline theses ${n}`,
      universityId: university,
      agreementId,
    });
    await insertTheses(fx.dataSource, `synthetic-theses-${n}`, [
      { studentId: 'synthetic-student', status: 'DEFENDED' },
    ]);
    await insertTrainingProgram(
      fx.dataSource,
      { id: `synthetic-training-${n}`, title: `Synthetic pipeline training ${n}`, seats: 5, agreementId },
      [university, `synthetic-company-${n}`],
    );
    await insertEnrollments(fx.dataSource, `synthetic-training-${n}`, [
      { studentId: 'synthetic-student', status: 'COMPLETED' },
    ]);
  }
}

const programmesQuery = `query($first: Int) {
  internshipPrograms(first: $first, filter: { search: "synthetic pipeline" }) {
    totalCount
    nodes {
      id title levels status host { id } universities { id } agreement { id } sources { id }
      internships { totalCount }
      stats { seats seatsTaken seatsLeft enrolled active completed hired withdrawn completionRate hireRate }
    }
  }
  trainingPrograms(first: $first, filter: { search: "synthetic pipeline" }) {
    nodes { id providers { id } enrollments { totalCount } stats { enrolled completed seatsLeft completionRate } sources { id } }
  }
  thesisPrograms(first: $first, filter: { search: "synthetic pipeline" }) {
    nodes { id university { id } theses { totalCount } stats { registered defended defenseRate } }
  }
}`;

const referencesQuery = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Institution {
      id
      internshipPrograms { id } thesisPrograms { id } trainingPrograms { id }
      talentSummary {
        internshipProgramCount thesisProgramCount trainingProgramCount
        internships { enrolled hired hireRate } theses { registered defended } trainings { enrolled completionRate }
      }
    }
    ... on Agreement { id outcomes { internshipProgramCount thesisProgramCount trainingProgramCount internshipPrograms { stats { enrolled } } } }
  }
}`;

describe.each(testDatabases())('SQL statements per request on $label', (database) => {
  let fx: TalentFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { seed: false });
    await insertSyntheticPipelines(fx, 60);
  });
  afterAll(() => fx.close());

  async function statementsForPage(first: number): Promise<number> {
    fx.sql.reset();
    const { data, errors } = await fx.query(programmesQuery, { first });
    expect(errors).toBeUndefined();
    expect(data?.internshipPrograms.nodes).toHaveLength(first);
    expect(data?.internshipPrograms.nodes[0]).toMatchObject({
      universities: [{ id: 'synthetic-university-000' }, { id: 'synthetic-university-shared' }],
      internships: { totalCount: 2 },
      stats: {
        seats: 10,
        seatsTaken: 2,
        seatsLeft: 8,
        enrolled: 2,
        active: 1,
        completed: 1,
        hired: 1,
        completionRate: 0.5,
        hireRate: 1,
      },
    });
    expect(data?.trainingPrograms.nodes[0].stats).toEqual({
      enrolled: 1,
      completed: 1,
      seatsLeft: 4,
      completionRate: 1,
    });
    expect(data?.thesisPrograms.nodes[0].stats).toEqual({ registered: 1, defended: 1, defenseRate: 1 });
    return fx.sql.count;
  }

  async function statementsForReferences(count: number): Promise<number> {
    const r = Array.from({ length: count }, (_, i) => {
      const n = String(i).padStart(3, '0');
      return [
        { __typename: 'Institution', id: `synthetic-university-${n}` },
        { __typename: 'Agreement', id: `synthetic-agreement-${n}` },
      ];
    }).flat();
    fx.sql.reset();
    const { data, errors } = await fx.query(referencesQuery, { r });
    expect(errors).toBeUndefined();
    expect(data?._entities).toHaveLength(2 * count);
    expect(data?._entities[0].talentSummary).toEqual({
      internshipProgramCount: 1,
      thesisProgramCount: 1,
      trainingProgramCount: 1,
      internships: { enrolled: 2, hired: 1, hireRate: 1 },
      theses: { registered: 1, defended: 1 },
      trainings: { enrolled: 1, completionRate: 1 },
    });
    expect(data?._entities[1].outcomes).toEqual({
      internshipProgramCount: 1,
      thesisProgramCount: 1,
      trainingProgramCount: 1,
      internshipPrograms: [{ stats: { enrolled: 2 } }],
    });
    return fx.sql.count;
  }

  it('a page of 50 programmes of each kind with their stats costs what a page of 5 does', async () => {
    const five = await statementsForPage(5);
    const fifty = await statementsForPage(50);
    console.log(`talent programme pages: ${five} statements for 5, ${fifty} for 50`);
    expect(fifty).toBe(five);
    // Per kind: page + count (internships only) + one batch per relation (universities/providers, sources, record counts);
    // on MySQL a searched page first looks up where its search window ends (findTextSearchPage): one more per kind.
    expect(fifty).toBeLessThanOrEqual(database.label === 'mysql' ? 15 : 12);
  });

  it('50 institutions with talent summaries and 50 agreements with outcomes cost what 5 do', async () => {
    const five = await statementsForReferences(5);
    const fifty = await statementsForReferences(50);
    console.log(`talent references: ${five} statements for 5 + 5, ${fifty} for 50 + 50`);
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(12);
  });
});
