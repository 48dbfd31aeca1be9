import type { DataSource } from 'typeorm';
import { runOperation, testDatabases, type OperationResult } from '@partnership-graph/shared/testing';
import { createContext } from '../context';
import { openTalentDatabase } from '../database';
import { Internship } from '../entities/Internship';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { createApollo, createReferenceChecker } from '../server';
import { editor, openFixture, type TalentFixture } from './fixture';
import { insertEnrollments, insertInternshipProgram, insertInternships, insertStudent, insertTrainingProgram } from './syntheticRecords';

/**
 * Seats are a hard limit under real concurrency. Enrolments name existing students, so
 * no reference check (network) runs: the requests reach the database together.
 *
 * On MySQL the enrolments go through TWO data sources (two connection pools) on the
 * same database, as two service processes would. On SQLite one process owns the file,
 * so they share the data source (whose write queue serialises them).
 */
const ENROLL = `mutation($input: EnrollInInternshipProgramInput!) { enrollInInternshipProgram(input: $input) { id } }`;
const ENROLL_TRAINING = `mutation($input: EnrollInTrainingProgramInput!) { enrollInTrainingProgram(input: $input) { id } }`;

function outcome(result: OperationResult): 'ok' | string {
  if (!result.errors) return 'ok';
  return String(result.errors[0].extensions?.code);
}

describe.each(testDatabases())('the seat limit under concurrency on $label', (database) => {
  let fx: TalentFixture;
  let second: DataSource | null = null;
  let runners: Array<(query: string, variables: Record<string, unknown>) => Promise<OperationResult>>;

  beforeAll(async () => {
    fx = await openFixture(database, { seed: false });
    const apollo = createApollo();
    await apollo.start();
    const references = createReferenceChecker({ institutionsUrl: 'http://127.0.0.1:9/', agreementsUrl: 'http://127.0.0.1:9/' });
    let other: DataSource = fx.dataSource;
    if (database.label === 'mysql') {
      second = await openTalentDatabase(fx.databaseConfig);
      other = second;
    }
    runners = [
      (query, variables) => fx.query(query, variables, editor),
      (query, variables) => runOperation(apollo, createContext(other, { references, caller: editor }), query, variables),
    ];
    for (let i = 0; i < 40; i++) await insertStudent(fx.dataSource, { id: `synthetic-racer-${i}`, universityId: 'aztu' });
  });
  afterAll(async () => {
    await second?.destroy();
    await fx.close();
  });

  it('two concurrent enrolments into the last seat: exactly one succeeds, the other gets CONFLICT (5 rounds)', async () => {
    for (let round = 0; round < 5; round++) {
      const programId = `synthetic-last-seat-${round}`;
      await insertInternshipProgram(fx.dataSource, { id: programId, seats: 3 }, ['aztu']);
      await insertInternships(fx.dataSource, programId, [
        { studentId: 'synthetic-racer-0', status: 'ACTIVE' },
        { studentId: 'synthetic-racer-1', status: 'PLANNED' },
        { studentId: 'synthetic-racer-2', status: 'WITHDRAWN' }, // frees its seat: one seat is left
      ]);
      const results = await Promise.all(
        [3, 4].map((n, i) => runners[i](ENROLL, { input: { programId, studentId: `synthetic-racer-${n}`, level: 'BACHELOR' } })),
      );
      expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'ok']);
      const refused = results.find((r) => r.errors)!;
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.programId' });
      expect(await fx.dataSource.getRepository(Internship).countBy({ programId })).toBe(4);
      const { data } = await fx.query(`query($id: ID!) { internshipProgram(id: $id) { stats { seats seatsTaken seatsLeft } } }`, { id: programId });
      expect(data?.internshipProgram.stats).toEqual({ seats: 3, seatsTaken: 3, seatsLeft: 0 });
    }
  });

  it('a burst of 12 enrolments into 4 free seats fills exactly 4', async () => {
    const programId = 'synthetic-burst';
    await insertInternshipProgram(fx.dataSource, { id: programId, seats: 4 }, ['aztu']);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        runners[i % 2](ENROLL, { input: { programId, studentId: `synthetic-racer-${10 + i}`, level: 'MASTER' } }),
      ),
    );
    const outcomes = results.map(outcome);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(4);
    expect(outcomes.filter((o) => o === 'CONFLICT')).toHaveLength(8);
    expect(await fx.dataSource.getRepository(Internship).countBy({ programId })).toBe(4);
  });

  it('holds for training programmes too', async () => {
    const programId = 'synthetic-training-last-seat';
    await insertTrainingProgram(fx.dataSource, { id: programId, seats: 2 }, ['ganja-aluminium-complex']);
    await insertEnrollments(fx.dataSource, programId, [{ studentId: 'synthetic-racer-30', status: 'COMPLETED' }]);
    const results = await Promise.all(
      [31, 32].map((n, i) => runners[i](ENROLL_TRAINING, { input: { programId, studentId: `synthetic-racer-${n}` } })),
    );
    expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await fx.dataSource.getRepository(TrainingEnrollment).countBy({ programId })).toBe(2);
  });
});
