import type { DataSource } from 'typeorm';
import { writeTransaction } from '@partnership-graph/shared';
import { runOperation, testDatabases, type OperationResult } from '@partnership-graph/shared/testing';
import { createContext } from '../context';
import { openTalentDatabase } from '../database';
import { Internship } from '../entities/Internship';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import { InternshipRepository } from '../repositories/InternshipRepository';
import { createApollo, createReferenceChecker } from '../server';
import { editor, openFixture, type TalentFixture } from './fixture';
import {
  insertEnrollments,
  insertInternshipProgram,
  insertInternships,
  insertStudent,
  insertTrainingProgram,
} from './syntheticRecords';

/**
 * Seats are a hard limit under real concurrency. Enrolments name existing students, so
 * no reference check (network) runs: the requests reach the database together.
 *
 * On MySQL the enrolments go through TWO data sources (two connection pools) on the
 * same database, as two service processes would. On SQLite one process owns the file,
 * so they share the data source (whose write queue serialises them).
 */
const ENROLL = `mutation($input: EnrollInInternshipProgramInput!) { enrollInInternshipProgram(input: $input) { id } }`;
const IMPORT_INTERNSHIPS = `mutation($rows: [InternshipProgramImportInput!]!) {
  importInternshipPrograms(rows: $rows) { written updated rejected rows { outcome problems { field reason } } }
}`;
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
    const references = createReferenceChecker({
      institutionsUrl: 'http://127.0.0.1:9/',
      agreementsUrl: 'http://127.0.0.1:9/',
    });
    let other: DataSource = fx.dataSource;
    if (database.label === 'mysql') {
      second = await openTalentDatabase(fx.databaseConfig);
      other = second;
    }
    runners = [
      (query, variables) => fx.query(query, variables, editor),
      (query, variables) =>
        runOperation(apollo, createContext(other, { references, caller: editor }), query, variables),
    ];
    for (let i = 0; i < 40; i++)
      await insertStudent(fx.dataSource, { id: `synthetic-racer-${i}`, universityId: 'aztu' });
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
        [3, 4].map((n, i) =>
          runners[i](ENROLL, { input: { programId, studentId: `synthetic-racer-${n}`, level: 'BACHELOR' } }),
        ),
      );
      expect(results.map(outcome).sort()).toEqual(['CONFLICT', 'ok']);
      const refused = results.find((r) => r.errors)!;
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.programId' });
      expect(await fx.dataSource.getRepository(Internship).countBy({ programId })).toBe(4);
      const { data } = await fx.query(
        `query($id: ID!) { internshipProgram(id: $id) { stats { seats seatsTaken seatsLeft } } }`,
        { id: programId },
      );
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

  it('an import lowering seats counts the seat of an enrolment in flight: it waits for the programme, then refuses (seats never below seats taken)', async () => {
    const programId = 'synthetic-import-race';
    const title = `Synthetic internships ${programId}`;
    await insertInternshipProgram(fx.dataSource, { id: programId, title, seats: 3 }, ['aztu']);
    await insertInternships(fx.dataSource, programId, [{ studentId: 'synthetic-racer-33', status: 'ACTIVE' }]);

    // An enrolment in flight, as enrollInInternshipProgram does it: the programme locked, its internship inserted, not yet committed.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const enrolment = writeTransaction(fx.dataSource, async (manager) => {
      await new InternshipProgramRepository(fx.dataSource).findForUpdate(manager, programId);
      await new InternshipRepository(fx.dataSource).insert(manager, {
        id: 'synthetic-import-race-internship',
        programId,
        studentId: 'synthetic-racer-34',
        level: 'BACHELOR',
        startsOn: null,
        endsOn: null,
        status: 'PLANNED',
        version: 1,
        createdAt: '2030-01-01T00:00:00.000Z',
      });
      holding();
      await gate;
    });
    await held;

    // Meanwhile an import (on MySQL through the other connection pool) sets 1 seat: one is taken as far as committed data says.
    const source = {
      title: 'Synthetic seat list',
      publisher: 'Synthetic office',
      language: 'en',
      file: 'seats.csv',
      row: 2,
    };
    const importing = runners[1](IMPORT_INTERNSHIPS, {
      rows: [{ id: programId, title, levels: ['BACHELOR', 'MASTER'], seats: 1, source }],
    });
    await importWaiting(fx.dataSource, database.label);
    release();
    await enrolment;
    const result = await importing;

    expect(result.errors).toBeUndefined();
    expect(result.data?.importInternshipPrograms).toMatchObject({ written: false, updated: 0, rejected: 1 });
    expect(result.data?.importInternshipPrograms.rows[0].problems).toEqual([
      { field: 'seats', reason: '2 seats are already taken; seats cannot be fewer' },
    ]);
    const { data } = await fx.query(`query($id: ID!) { internshipProgram(id: $id) { stats { seats seatsTaken } } }`, {
      id: programId,
    });
    expect(data?.internshipProgram.stats).toEqual({ seats: 3, seatsTaken: 2 });
  });
});

/**
 * Gives the import time to reach the programme the enrolment holds: on MySQL until a
 * transaction waits for that row lock (at most 5 s), on SQLite a moment (its write
 * transactions queue, so the import cannot overtake the enrolment either way).
 */
async function importWaiting(dataSource: DataSource, label: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  do {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (label !== 'mysql') return;
    const [row] = await dataSource.query(
      `SELECT COUNT(*) AS waiting FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'`,
    );
    if (Number(row.waiting) > 0) return;
  } while (Date.now() < deadline);
}
