import type { DataSource } from 'typeorm';
import { testDatabases, type OperationResult } from '@partnership-graph/shared/testing';
import { entities } from '../entities';
import type { Caller } from '@partnership-graph/shared';
import { admin, editor, openFixture, type TalentFixture } from './fixture';
import { startOwners, type Owners } from './owners';

/**
 * The write API against the real institutions and agreements subgraphs (reference
 * checks for institutions, people and agreements), each its own process. Every
 * operation runs as a talent editor unless a test names another caller
 * (authorization and the audit log: authorization.test.ts).
 */
const CREATE_INTERNSHIP_PROGRAM = `mutation($input: CreateInternshipProgramInput!) {
  createInternshipProgram(input: $input) {
    id title status levels seats startsOn endsOn version host { id } universities { id } agreement { id } stats { seatsLeft }
  }
}`;
const UPDATE_INTERNSHIP_PROGRAM = `mutation($id: ID!, $v: Int, $input: UpdateInternshipProgramInput!) {
  updateInternshipProgram(id: $id, expectedVersion: $v, input: $input) {
    id title status levels seats version universities { id } host { id } description
  }
}`;
const CREATE_THESIS_PROGRAM = `mutation($input: CreateThesisProgramInput!) {
  createThesisProgram(input: $input) { id status levels version university { id } industryPartner { id } agreement { id } }
}`;
const UPDATE_THESIS_PROGRAM = `mutation($id: ID!, $v: Int, $input: UpdateThesisProgramInput!) {
  updateThesisProgram(id: $id, expectedVersion: $v, input: $input) { id status version industryPartner { id } }
}`;
const CREATE_TRAINING_PROGRAM = `mutation($input: CreateTrainingProgramInput!) {
  createTrainingProgram(input: $input) { id kind status seats audience version providers { id } agreement { id } }
}`;
const UPDATE_TRAINING_PROGRAM = `mutation($id: ID!, $v: Int, $input: UpdateTrainingProgramInput!) {
  updateTrainingProgram(id: $id, expectedVersion: $v, input: $input) { id kind seats version providers { id } }
}`;
const ENROLL_INTERNSHIP = `mutation($input: EnrollInInternshipProgramInput!) {
  enrollInInternshipProgram(input: $input) {
    id status level startsOn endsOn version program { id } student { id university { id } }
  }
}`;
const ENROLL_INTERNSHIP_READING_NAME = `mutation($input: EnrollInInternshipProgramInput!) {
  enrollInInternshipProgram(input: $input) { id student { id name email } }
}`;
const ENROLL_TRAINING = `mutation($input: EnrollInTrainingProgramInput!) {
  enrollInTrainingProgram(input: $input) { id status version program { id } participant { id university { id } } }
}`;
const REGISTER_THESIS = `mutation($input: RegisterThesisInput!) {
  registerThesis(input: $input) {
    id title level year status version program { id } student { id } academicSupervisor { id } industrySupervisor { id }
  }
}`;
const MOVE_INTERNSHIP = `mutation($id: ID!, $s: InternshipStatus!, $v: Int) { changeInternshipStatus(id: $id, status: $s, expectedVersion: $v) { id status version } }`;
const MOVE_THESIS = `mutation($id: ID!, $s: ThesisStatus!, $v: Int) { changeThesisStatus(id: $id, status: $s, expectedVersion: $v) { id status version } }`;
const MOVE_ENROLLMENT = `mutation($id: ID!, $s: TrainingEnrollmentStatus!, $v: Int) {
  changeTrainingEnrollmentStatus(id: $id, status: $s, expectedVersion: $v) { id status version }
}`;

/** Row counts of every table, to prove a refused mutation wrote nothing. */
async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of entities) counts[entity.name] = await dataSource.getRepository(entity).count();
  return counts;
}

function expectRefused(result: OperationResult, code: 'BAD_USER_INPUT' | 'CONFLICT', argumentName: string): void {
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0].extensions).toMatchObject({ code, argumentName });
  expect(result.errors?.[0].message).not.toMatch(/SELECT|INSERT|sqlite|mysql|at .*\.ts/i);
  expect(result.data ?? null).toBeNull();
}

const nextYear = new Date().getUTCFullYear() + 1;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

let owners: Owners;
beforeAll(async () => {
  owners = await startOwners();
}, 120_000);
afterAll(() => owners?.stop());

describe.each(testDatabases())('talent writes on $label', (database) => {
  let fx: TalentFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { owners });
  });
  afterAll(() => fx.close());

  /** Runs an operation as the talent editor, or as `caller`. */
  const run = (query: string, variables?: Record<string, unknown>, caller: Caller = editor) =>
    fx.query(query, variables, caller);

  /** Runs `mutation` and checks it was refused as expected, leaving every table as it was. */
  async function refused(
    mutation: string,
    variables: Record<string, unknown>,
    code: 'BAD_USER_INPUT' | 'CONFLICT',
    argumentName: string,
  ) {
    const before = await rowCounts(fx.dataSource);
    expectRefused(await run(mutation, variables), code, argumentName);
    expect(await rowCounts(fx.dataSource)).toEqual(before);
  }

  /** An OPEN internship programme at the Ganja complex for AzTU students. */
  async function openInternshipProgram(fields: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const { data, errors } = await run(CREATE_INTERNSHIP_PROGRAM, {
      input: {
        id: unique('test-internships'),
        title: 'Summer internships in the casting shop',
        hostId: 'ganja-aluminium-complex',
        universityIds: ['aztu'],
        levels: ['BACHELOR', 'MASTER'],
        status: 'OPEN',
        ...fields,
      },
    });
    expect(errors).toBeUndefined();
    return data?.createInternshipProgram;
  }

  async function openThesisProgram(): Promise<string> {
    const { data, errors } = await run(CREATE_THESIS_PROGRAM, {
      input: {
        id: unique('test-theses'),
        title: 'Industry theses',
        universityId: 'aztu',
        industryPartnerId: 'ganja-aluminium-complex',
        levels: ['MASTER'],
        status: 'OPEN',
      },
    });
    expect(errors).toBeUndefined();
    return data?.createThesisProgram.id;
  }

  async function openTrainingProgram(fields: Record<string, unknown> = {}): Promise<string> {
    const { data, errors } = await run(CREATE_TRAINING_PROGRAM, {
      input: {
        id: unique('test-training'),
        title: 'Crane operator course',
        kind: 'VOCATIONAL',
        providerIds: ['ganja-aluminium-complex'],
        status: 'OPEN',
        ...fields,
      },
    });
    expect(errors).toBeUndefined();
    return data?.createTrainingProgram.id;
  }

  const newStudent = (name = 'Test Student', universityId: string | null = 'aztu') => ({
    name,
    email: `${unique('s')}@example.org`,
    universityId,
  });

  const thesis = (programId: string, fields: Record<string, unknown> = {}) => ({
    input: {
      programId,
      student: newStudent(),
      title: 'A thesis',
      level: 'MASTER',
      year: nextYear - 1,
      academicSupervisorId: 'vilayat-valiyev',
      industrySupervisorId: 'jamil-safarov',
      ...fields,
    },
  });

  describe('programmes', () => {
    it('creates an internship programme linked to existing institutions and an existing agreement', async () => {
      const { data, errors } = await run(CREATE_INTERNSHIP_PROGRAM, {
        input: {
          title: 'Rolling mill internships',
          hostId: 'ganja-aluminium-complex',
          universityIds: ['aztu'],
          levels: ['MASTER'],
          seats: 12,
          startsOn: '2026-06',
          endsOn: '2026-08-31',
          agreementId: 'aztu-aic-cooperation',
        },
      });
      expect(errors).toBeUndefined();
      expect(data?.createInternshipProgram).toMatchObject({
        title: 'Rolling mill internships',
        status: 'ANNOUNCED',
        levels: ['MASTER'],
        seats: 12,
        startsOn: '2026-06',
        endsOn: '2026-08-31',
        version: 1,
        host: { id: 'ganja-aluminium-complex' },
        universities: [{ id: 'aztu' }],
        agreement: { id: 'aztu-aic-cooperation' },
        stats: { seatsLeft: 12 },
      });
      expect(data?.createInternshipProgram.id).toMatch(/^rolling-mill-internships-[0-9a-f]{6}$/);
      const outcomes = await run(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { outcomes { internshipProgramCount internshipPrograms { id } } } } }`,
        { r: [{ __typename: 'Agreement', id: 'aztu-aic-cooperation' }] },
      );
      expect(outcomes.data?._entities[0].outcomes.internshipPrograms).toContainEqual({
        id: data?.createInternshipProgram.id,
      });
    });

    const validInternshipProgram = { title: 'Valid programme', levels: ['BACHELOR'], universityIds: ['aztu'] };
    it.each([
      ['an unknown host', { hostId: 'no-such-company' }, 'BAD_USER_INPUT', 'input.hostId'],
      [
        'an unknown university',
        { universityIds: ['aztu', 'no-such-university'] },
        'BAD_USER_INPUT',
        'input.universityIds[1]',
      ],
      [
        'a person where an institution belongs',
        { universityIds: ['vilayat-valiyev'] },
        'BAD_USER_INPUT',
        'input.universityIds[0]',
      ],
      ['an unknown agreement', { agreementId: 'no-such-agreement' }, 'BAD_USER_INPUT', 'input.agreementId'],
      ['a malformed university id', { universityIds: ['AzTU!'] }, 'BAD_USER_INPUT', 'input.universityIds[0]'],
      ['a university listed twice', { universityIds: ['aztu', 'aztu'] }, 'BAD_USER_INPUT', 'input.universityIds'],
      ['no levels', { levels: [] }, 'BAD_USER_INPUT', 'input.levels'],
      ['a level listed twice', { levels: ['MASTER', 'MASTER'] }, 'BAD_USER_INPUT', 'input.levels'],
      ['an end before the start', { startsOn: '2026-09-01', endsOn: '2026-08' }, 'BAD_USER_INPUT', 'input.endsOn'],
      ['no seats', { seats: 0 }, 'BAD_USER_INPUT', 'input.seats'],
      ['absurdly many seats', { seats: 1_000_000 }, 'BAD_USER_INPUT', 'input.seats'],
      ['an empty title', { title: '   ' }, 'BAD_USER_INPUT', 'input.title'],
      ['an oversized title', { title: 'x'.repeat(301) }, 'BAD_USER_INPUT', 'input.title'],
      ['an oversized description', { description: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'input.description'],
      ['an oversized area', { areas: ['metallurgy', 'y'.repeat(101)] }, 'BAD_USER_INPUT', 'input.areas[1]'],
      ['an area listed twice', { areas: ['Metallurgy', 'metallurgy'] }, 'BAD_USER_INPUT', 'input.areas'],
      ['a malformed id', { id: 'Not An Id' }, 'BAD_USER_INPUT', 'input.id'],
      ['an id that is taken', { id: 'aztu-ganja-aluminium-complex-internships' }, 'CONFLICT', 'input.id'],
    ] as const)('refuses an internship programme with %s, writing nothing', async (_case, fields, code, argument) => {
      await refused(CREATE_INTERNSHIP_PROGRAM, { input: { ...validInternshipProgram, ...fields } }, code, argument);
    });

    it('updates an internship programme, replacing its universities and bumping its version', async () => {
      const program = await openInternshipProgram({ seats: 5 });
      const { data, errors } = await run(UPDATE_INTERNSHIP_PROGRAM, {
        id: program.id,
        v: 1,
        input: {
          title: 'Renamed',
          universityIds: ['aztu', 'asoiu'],
          seats: 8,
          description: 'More places',
          hostId: null,
        },
      });
      expect(errors).toBeUndefined();
      expect(data?.updateInternshipProgram).toMatchObject({
        title: 'Renamed',
        seats: 8,
        version: 2,
        description: 'More places',
        host: null,
        universities: [{ id: 'asoiu' }, { id: 'aztu' }],
        levels: ['BACHELOR', 'MASTER'],
        status: 'OPEN',
      });
      const found = await run(
        `{ internshipPrograms(filter: { search: "renamed", institutionId: "asoiu" }) { nodes { id } } }`,
      );
      expect(found.data?.internshipPrograms.nodes).toEqual([{ id: program.id }]);
      // The caller's version is stale now.
      await refused(
        UPDATE_INTERNSHIP_PROGRAM,
        { id: program.id, v: 1, input: { title: 'Again' } },
        'CONFLICT',
        'expectedVersion',
      );
    });

    it.each([
      ['a null title', { title: null }, 'input.title'],
      ['null levels', { levels: null }, 'input.levels'],
      ['a null status', { status: null }, 'input.status'],
      ['an end before the stored start', { endsOn: '2020' }, 'input.endsOn'],
      ['an unknown university', { universityIds: ['nowhere-university'] }, 'input.universityIds[0]'],
    ] as const)('refuses an update with %s, writing nothing', async (_case, input, argument) => {
      const program = await openInternshipProgram({ startsOn: '2026-01-01' });
      await refused(UPDATE_INTERNSHIP_PROGRAM, { id: program.id, input }, 'BAD_USER_INPUT', argument);
    });

    it('refuses to update a programme that does not exist', async () => {
      await refused(
        UPDATE_INTERNSHIP_PROGRAM,
        { id: 'no-such-program', input: { title: 'x' } },
        'BAD_USER_INPUT',
        'id',
      );
    });

    it('creates and updates thesis programmes, refusing bad references', async () => {
      const id = await openThesisProgram();
      const updated = await run(UPDATE_THESIS_PROGRAM, {
        id,
        v: 1,
        input: { status: 'CLOSED', industryPartnerId: 'azeraluminium' },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updateThesisProgram).toEqual({
        id,
        status: 'CLOSED',
        version: 2,
        industryPartner: { id: 'azeraluminium' },
      });
      const base = { title: 'Theses', universityId: 'aztu', levels: ['MASTER'] };
      await refused(
        CREATE_THESIS_PROGRAM,
        { input: { ...base, universityId: 'no-such-university' } },
        'BAD_USER_INPUT',
        'input.universityId',
      );
      await refused(
        CREATE_THESIS_PROGRAM,
        { input: { ...base, industryPartnerId: 'aztu' } },
        'BAD_USER_INPUT',
        'input.industryPartnerId',
      );
      await refused(
        CREATE_THESIS_PROGRAM,
        { input: { ...base, agreementId: 'no-such-agreement' } },
        'BAD_USER_INPUT',
        'input.agreementId',
      );
      await refused(
        UPDATE_THESIS_PROGRAM,
        { id, input: { universityId: 'azeraluminium' } },
        'BAD_USER_INPUT',
        'input.industryPartnerId',
      );
    });

    it('creates and updates training programmes, refusing bad input', async () => {
      const id = await openTrainingProgram({
        seats: 3,
        audience: 'young people of the Ganja region',
        agreementId: 'aztu-aic-cooperation',
      });
      const updated = await run(UPDATE_TRAINING_PROGRAM, {
        id,
        input: { providerIds: ['aztu', 'ganja-aluminium-complex'], kind: 'SECONDARY_SPECIAL' },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updateTrainingProgram).toEqual({
        id,
        kind: 'SECONDARY_SPECIAL',
        seats: 3,
        version: 2,
        providers: [{ id: 'aztu' }, { id: 'ganja-aluminium-complex' }],
      });
      const base = { title: 'Course', kind: 'VOCATIONAL', providerIds: ['aztu'] };
      await refused(
        CREATE_TRAINING_PROGRAM,
        { input: { ...base, providerIds: [] } },
        'BAD_USER_INPUT',
        'input.providerIds',
      );
      await refused(
        CREATE_TRAINING_PROGRAM,
        { input: { ...base, providerIds: ['aztu', 'ghost-college'] } },
        'BAD_USER_INPUT',
        'input.providerIds[1]',
      );
      await refused(
        CREATE_TRAINING_PROGRAM,
        { input: { ...base, audience: 'a'.repeat(501) } },
        'BAD_USER_INPUT',
        'input.audience',
      );
      await refused(UPDATE_TRAINING_PROGRAM, { id, input: { providerIds: [] } }, 'BAD_USER_INPUT', 'input.providerIds');
    });

    it('refuses to lower seats below the seats already taken', async () => {
      const program = await openInternshipProgram({ seats: 3 });
      for (let i = 0; i < 2; i++) {
        const r = await run(ENROLL_INTERNSHIP, {
          input: { programId: program.id, student: newStudent(), level: 'BACHELOR' },
        });
        expect(r.errors).toBeUndefined();
      }
      await refused(
        UPDATE_INTERNSHIP_PROGRAM,
        { id: program.id, input: { seats: 1 } },
        'BAD_USER_INPUT',
        'input.seats',
      );
      const ok = await run(UPDATE_INTERNSHIP_PROGRAM, { id: program.id, input: { seats: 2 } });
      expect(ok.data?.updateInternshipProgram.seats).toBe(2);
    });
  });

  describe('enrolments in internship programmes', () => {
    it('enrols a new student as PLANNED; the name stays hidden from the editor (who may write it, not read it)', async () => {
      const program = await openInternshipProgram({ startsOn: '2026-06-01', endsOn: '2026-09-30' });
      const { data, errors } = await run(ENROLL_INTERNSHIP_READING_NAME, {
        input: {
          programId: program.id,
          student: { name: '  Leyla Testova ', email: 'leyla@example.org', universityId: 'aztu' },
          level: 'MASTER',
          startsOn: '2026-07-01',
          endsOn: '2026-08',
        },
      });
      expect(data?.enrollInInternshipProgram.student).toMatchObject({ name: null, email: null });
      expect(errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      const studentId = data?.enrollInInternshipProgram.student.id;
      const asAdmin = await run(
        `query($id: ID!) { student(id: $id) { name email university { id } internships { status level startsOn endsOn version program { id } } } }`,
        { id: studentId },
        admin,
      );
      expect(asAdmin.errors).toBeUndefined();
      expect(asAdmin.data?.student).toEqual({
        name: 'Leyla Testova',
        email: 'leyla@example.org',
        university: { id: 'aztu' },
        internships: [
          {
            status: 'PLANNED',
            level: 'MASTER',
            startsOn: '2026-07-01',
            endsOn: '2026-08',
            version: 1,
            program: { id: program.id },
          },
        ],
      });
      const stats = await run(
        `query($id: ID!) { internshipProgram(id: $id) { stats { enrolled planned seatsTaken } } }`,
        { id: program.id },
      );
      expect(stats.data?.internshipProgram.stats).toEqual({ enrolled: 1, planned: 1, seatsTaken: 1 });
    });

    it('enrols an existing student by id, once per programme', async () => {
      const first = await openInternshipProgram();
      const second = await openInternshipProgram();
      const created = await run(ENROLL_INTERNSHIP, {
        input: { programId: first.id, student: newStudent(), level: 'BACHELOR' },
      });
      const studentId = created.data?.enrollInInternshipProgram.student.id;
      const again = await run(ENROLL_INTERNSHIP, { input: { programId: second.id, studentId, level: 'BACHELOR' } });
      expect(again.errors).toBeUndefined();
      expect(again.data?.enrollInInternshipProgram.student.id).toBe(studentId);
      await refused(
        ENROLL_INTERNSHIP,
        { input: { programId: first.id, studentId, level: 'MASTER' } },
        'CONFLICT',
        'input.studentId',
      );
    });

    it.each([
      [
        'both a student id and a new student',
        (p: string) => ({ programId: p, studentId: 'someone', student: newStudent(), level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.studentId',
      ],
      [
        'neither a student id nor a new student',
        (p: string) => ({ programId: p, level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.studentId',
      ],
      [
        'an unknown student',
        (p: string) => ({ programId: p, studentId: 'no-such-student', level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.studentId',
      ],
      [
        'an unknown programme',
        () => ({ programId: 'no-such-program', student: newStudent(), level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.programId',
      ],
      [
        'a level the programme does not offer',
        (p: string) => ({ programId: p, student: newStudent(), level: 'PHD' }),
        'BAD_USER_INPUT',
        'input.level',
      ],
      [
        'a malformed email',
        (p: string) => ({ programId: p, student: { ...newStudent(), email: 'leyla@@example' }, level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.student.email',
      ],
      [
        'an oversized name',
        (p: string) => ({ programId: p, student: { ...newStudent(), name: 'N'.repeat(201) }, level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.student.name',
      ],
      [
        'an empty name',
        (p: string) => ({ programId: p, student: { ...newStudent(), name: ' ' }, level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.student.name',
      ],
      [
        'a university that does not exist',
        (p: string) => ({ programId: p, student: newStudent('X', 'atlantis-university'), level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.student.universityId',
      ],
      [
        'a student of a university the programme does not take',
        (p: string) => ({ programId: p, student: newStudent('X', 'bsu'), level: 'BACHELOR' }),
        'BAD_USER_INPUT',
        'input.student.universityId',
      ],
      [
        'an end before the start',
        (p: string) => ({
          programId: p,
          student: newStudent(),
          level: 'BACHELOR',
          startsOn: '2026-08-01',
          endsOn: '2026-07-31',
        }),
        'BAD_USER_INPUT',
        'input.endsOn',
      ],
      [
        'a start before the programme starts',
        (p: string) => ({ programId: p, student: newStudent(), level: 'BACHELOR', startsOn: '2026-05-31' }),
        'BAD_USER_INPUT',
        'input.startsOn',
      ],
      [
        'an end after the programme ends',
        (p: string) => ({ programId: p, student: newStudent(), level: 'BACHELOR', endsOn: '2026-10' }),
        'BAD_USER_INPUT',
        'input.endsOn',
      ],
    ] as const)('refuses %s, writing nothing', async (_case, input, code, argument) => {
      const program = await openInternshipProgram({ startsOn: '2026-06-01', endsOn: '2026-09-30' });
      await refused(ENROLL_INTERNSHIP, { input: input(program.id) }, code, argument);
    });

    it.each([
      ['an ANNOUNCED (seeded) programme', 'aztu-ganja-aluminium-complex-internships'],
      ['a CLOSED programme', 'closed'],
    ])('refuses enrolment into %s with CONFLICT on input.programId', async (_case, which) => {
      let programId = which;
      if (which === 'closed') programId = (await openInternshipProgram({ status: 'CLOSED' })).id;
      await refused(
        ENROLL_INTERNSHIP,
        { input: { programId, student: newStudent(), level: 'BACHELOR' } },
        'CONFLICT',
        'input.programId',
      );
    });

    it('refuses enrolment into a full programme, and takes it again once a seat is freed', async () => {
      const program = await openInternshipProgram({ seats: 1 });
      const first = await run(ENROLL_INTERNSHIP, {
        input: { programId: program.id, student: newStudent(), level: 'BACHELOR' },
      });
      expect(first.errors).toBeUndefined();
      await refused(
        ENROLL_INTERNSHIP,
        { input: { programId: program.id, student: newStudent(), level: 'BACHELOR' } },
        'CONFLICT',
        'input.programId',
      );
      const withdrawn = await run(MOVE_INTERNSHIP, { id: first.data?.enrollInInternshipProgram.id, s: 'WITHDRAWN' });
      expect(withdrawn.data?.changeInternshipStatus.status).toBe('WITHDRAWN');
      const second = await run(ENROLL_INTERNSHIP, {
        input: { programId: program.id, student: newStudent(), level: 'BACHELOR' },
      });
      expect(second.errors).toBeUndefined();
    });
  });

  describe('training enrolments', () => {
    it('enrols a participant without a university, and refuses a full or closed programme', async () => {
      const programId = await openTrainingProgram({ seats: 1 });
      const ok = await run(ENROLL_TRAINING, { input: { programId, student: { name: 'Regional Participant' } } });
      expect(ok.errors).toBeUndefined();
      expect(ok.data?.enrollInTrainingProgram).toMatchObject({
        status: 'PLANNED',
        version: 1,
        participant: { university: null },
      });
      await refused(
        ENROLL_TRAINING,
        { input: { programId, student: { name: 'Second' } } },
        'CONFLICT',
        'input.programId',
      );
      await refused(
        ENROLL_TRAINING,
        { input: { programId: 'ganja-aluminium-complex-technical-vocational-education', student: { name: 'X' } } },
        'CONFLICT',
        'input.programId',
      );
      await refused(
        ENROLL_TRAINING,
        { input: { programId, student: { name: 'X', email: 'not an email' } } },
        'BAD_USER_INPUT',
        'input.student.email',
      );
    });
  });

  describe('theses', () => {
    it('registers a thesis with its academic and industry supervisors', async () => {
      const programId = await openThesisProgram();
      const { data, errors } = await run(REGISTER_THESIS, {
        input: {
          programId,
          student: newStudent('Thesis Writer'),
          title: 'Reducing anode effects in the Ganja potlines',
          level: 'MASTER',
          year: nextYear,
          academicSupervisorId: 'vilayat-valiyev',
          industrySupervisorId: 'jamil-safarov',
        },
      });
      expect(errors).toBeUndefined();
      expect(data?.registerThesis).toMatchObject({
        title: 'Reducing anode effects in the Ganja potlines',
        level: 'MASTER',
        year: nextYear,
        status: 'PROPOSED',
        version: 1,
        program: { id: programId },
        academicSupervisor: { id: 'vilayat-valiyev' },
        industrySupervisor: { id: 'jamil-safarov' },
      });
      const { data: after } = await run(
        `query($r: [_Any!]!, $p: ID!) {
          theses(filter: { programId: $p }) { totalCount }
          _entities(representations: $r) { ... on Person { supervisedTheses(role: INDUSTRY) { nodes { title } } } }
        }`,
        { p: programId, r: [{ __typename: 'Person', id: 'jamil-safarov' }] },
      );
      expect(after?.theses.totalCount).toBe(1);
      expect(after?._entities[0].supervisedTheses.nodes).toContainEqual({
        title: 'Reducing anode effects in the Ganja potlines',
      });
    });

    it.each([
      [
        'an academic supervisor who does not exist',
        { academicSupervisorId: 'professor-nobody' },
        'input.academicSupervisorId',
      ],
      [
        'an industry supervisor who does not exist',
        { industrySupervisorId: 'engineer-nobody' },
        'input.industrySupervisorId',
      ],
      [
        'an institution where a person belongs',
        { industrySupervisorId: 'ganja-aluminium-complex' },
        'input.industrySupervisorId',
      ],
      [
        'the same person as both supervisors',
        { industrySupervisorId: 'vilayat-valiyev' },
        'input.industrySupervisorId',
      ],
      ['a year beyond next year', { year: nextYear + 1 }, 'input.year'],
      ['an implausible year', { year: 205 }, 'input.year'],
      ['a level the programme does not offer', { level: 'BACHELOR' }, 'input.level'],
      ['a student of another university', { student: newStudent('Other', 'bsu') }, 'input.student.universityId'],
      ['an oversized title', { title: 't'.repeat(501) }, 'input.title'],
      ['an empty title', { title: '' }, 'input.title'],
    ] as const)('refuses a thesis with %s, writing nothing', async (_case, fields, argument) => {
      const programId = await openThesisProgram();
      await refused(REGISTER_THESIS, thesis(programId, fields), 'BAD_USER_INPUT', argument);
    });

    it('refuses a thesis in the seeded (ANNOUNCED) programme', async () => {
      await refused(
        REGISTER_THESIS,
        thesis('aztu-ganja-aluminium-complex-industry-theses'),
        'CONFLICT',
        'input.programId',
      );
    });
  });

  describe('status moves', () => {
    it('moves an internship PLANNED → ACTIVE → COMPLETED → HIRED and counts it as hired', async () => {
      const program = await openInternshipProgram();
      const enrolled = await run(ENROLL_INTERNSHIP, {
        input: { programId: program.id, student: newStudent(), level: 'BACHELOR' },
      });
      const id = enrolled.data?.enrollInInternshipProgram.id;
      let version = 1;
      for (const status of ['ACTIVE', 'COMPLETED', 'HIRED']) {
        const { data, errors } = await run(MOVE_INTERNSHIP, { id, s: status, v: version });
        expect(errors).toBeUndefined();
        expect(data?.changeInternshipStatus).toEqual({ id, status, version: version + 1 });
        version += 1;
      }
      const { data } = await run(
        `query($id: ID!, $r: [_Any!]!) {
          internshipProgram(id: $id) { stats { enrolled completed hired hireRate completionRate } }
          _entities(representations: $r) { ... on Institution { talentSummary { internships { hired } } } }
        }`,
        { id: program.id, r: [{ __typename: 'Institution', id: 'ganja-aluminium-complex' }] },
      );
      expect(data?.internshipProgram.stats).toEqual({
        enrolled: 1,
        completed: 1,
        hired: 1,
        hireRate: 1,
        completionRate: 1,
      });
      expect(data?._entities[0].talentSummary.internships.hired).toBeGreaterThanOrEqual(1);
    });

    it.each([
      [['ACTIVE', 'WITHDRAWN'], null],
      [['WITHDRAWN'], null],
      [['COMPLETED'], 'COMPLETED'],
      [['HIRED'], 'HIRED'],
      [['PLANNED'], 'PLANNED'],
      [['ACTIVE', 'COMPLETED', 'WITHDRAWN'], 'WITHDRAWN'],
      [['ACTIVE', 'COMPLETED', 'HIRED', 'ACTIVE'], 'ACTIVE'],
      [['WITHDRAWN', 'ACTIVE'], 'ACTIVE'],
    ])('internship path %j: refuses the move to %s (null: all allowed)', async (path, refusedStatus) => {
      const program = await openInternshipProgram();
      const enrolled = await run(ENROLL_INTERNSHIP, {
        input: { programId: program.id, student: newStudent(), level: 'BACHELOR' },
      });
      const id = enrolled.data?.enrollInInternshipProgram.id;
      for (const [i, status] of path.entries()) {
        if (status === refusedStatus && i === path.length - 1) {
          await refused(MOVE_INTERNSHIP, { id, s: status }, 'BAD_USER_INPUT', 'status');
        } else {
          const { errors } = await run(MOVE_INTERNSHIP, { id, s: status });
          expect(errors).toBeUndefined();
        }
      }
    });

    it('transitionInternship makes the same moves as changeInternshipStatus, named and shaped like transitionAgreement', async () => {
      const TRANSITION = `mutation($id: ID!, $v: Int, $to: InternshipStatus!) {
        transitionInternship(id: $id, expectedVersion: $v, to: $to) { id status version } }`;
      const program = await openInternshipProgram();
      const enrolled = await run(ENROLL_INTERNSHIP, {
        input: { programId: program.id, student: newStudent(), level: 'BACHELOR' },
      });
      const id = enrolled.data?.enrollInInternshipProgram.id;
      const moved = await run(TRANSITION, { id, v: 1, to: 'ACTIVE' });
      expect(moved.data?.transitionInternship).toEqual({ id, status: 'ACTIVE', version: 2 });
      // The lifecycle's refusal names `to`, with the statuses it may move to.
      const wrong = await run(TRANSITION, { id, to: 'HIRED' });
      expectRefused(wrong, 'BAD_USER_INPUT', 'to');
      expect(wrong.errors?.[0].extensions).toMatchObject({
        from: 'ACTIVE',
        to: 'HIRED',
        allowed: ['COMPLETED', 'WITHDRAWN'],
      });
      // A stale version: the CONFLICT every subgraph answers.
      const stale = await run(TRANSITION, { id, v: 1, to: 'COMPLETED' });
      expectRefused(stale, 'CONFLICT', 'expectedVersion');
      expect(stale.errors?.[0].extensions).toMatchObject({ id, expectedVersion: 1, currentVersion: 2 });
      // The deprecated name still moves it on.
      const old = await run(MOVE_INTERNSHIP, { id, s: 'COMPLETED', v: 2 });
      expect(old.data?.changeInternshipStatus).toEqual({ id, status: 'COMPLETED', version: 3 });
      const TRANSITION_THESIS = `mutation($id: ID!, $to: ThesisStatus!) { transitionThesis(id: $id, to: $to) { id } }`;
      const TRANSITION_ENROLMENT = `mutation($id: ID!, $to: TrainingEnrollmentStatus!) {
        transitionTrainingEnrollment(id: $id, to: $to) { id } }`;
      await refused(TRANSITION_THESIS, { id: 'no-such-thesis', to: 'IN_PROGRESS' }, 'BAD_USER_INPUT', 'id');
      await refused(TRANSITION_ENROLMENT, { id: 'no-such-enrolment', to: 'ACTIVE' }, 'BAD_USER_INPUT', 'id');
    });

    it('refuses a move with a stale version, and a move of an unknown record', async () => {
      const program = await openInternshipProgram();
      const enrolled = await run(ENROLL_INTERNSHIP, {
        input: { programId: program.id, student: newStudent(), level: 'BACHELOR' },
      });
      const id = enrolled.data?.enrollInInternshipProgram.id;
      await run(MOVE_INTERNSHIP, { id, s: 'ACTIVE', v: 1 });
      await refused(MOVE_INTERNSHIP, { id, s: 'COMPLETED', v: 1 }, 'CONFLICT', 'expectedVersion');
      await refused(
        MOVE_INTERNSHIP,
        { id: '00000000-0000-4000-8000-000000000000', s: 'ACTIVE' },
        'BAD_USER_INPUT',
        'id',
      );
      await refused(MOVE_THESIS, { id: 'no-such-thesis', s: 'IN_PROGRESS' }, 'BAD_USER_INPUT', 'id');
      await refused(MOVE_ENROLLMENT, { id: 'no-such-enrolment', s: 'ACTIVE' }, 'BAD_USER_INPUT', 'id');
    });

    it('moves a thesis PROPOSED → IN_PROGRESS → DEFENDED, and refuses everything else', async () => {
      const programId = await openThesisProgram();
      const register = async () => (await run(REGISTER_THESIS, thesis(programId))).data?.registerThesis.id as string;
      const defended = await register();
      await refused(MOVE_THESIS, { id: defended, s: 'DEFENDED' }, 'BAD_USER_INPUT', 'status');
      for (const s of ['IN_PROGRESS', 'DEFENDED'])
        expect((await run(MOVE_THESIS, { id: defended, s })).errors).toBeUndefined();
      await refused(MOVE_THESIS, { id: defended, s: 'ABANDONED' }, 'BAD_USER_INPUT', 'status');
      await refused(MOVE_THESIS, { id: defended, s: 'IN_PROGRESS' }, 'BAD_USER_INPUT', 'status');

      const abandoned = await register();
      expect((await run(MOVE_THESIS, { id: abandoned, s: 'IN_PROGRESS' })).errors).toBeUndefined();
      expect((await run(MOVE_THESIS, { id: abandoned, s: 'ABANDONED' })).data?.changeThesisStatus.status).toBe(
        'ABANDONED',
      );
      await refused(MOVE_THESIS, { id: abandoned, s: 'PROPOSED' }, 'BAD_USER_INPUT', 'status');

      const dropped = await register();
      expect((await run(MOVE_THESIS, { id: dropped, s: 'ABANDONED' })).errors).toBeUndefined();

      const { data } = await run(
        `query($id: ID!) { thesisProgram(id: $id) { stats { registered inProgress defended abandoned defenseRate abandonmentRate } } }`,
        {
          id: programId,
        },
      );
      expect(data?.thesisProgram.stats).toEqual({
        registered: 3,
        inProgress: 0,
        defended: 1,
        abandoned: 2,
        defenseRate: 0.3333,
        abandonmentRate: 0.6667,
      });
    });

    it('moves a training enrolment PLANNED → ACTIVE → COMPLETED, and refuses everything else', async () => {
      const programId = await openTrainingProgram();
      const enrolled = await run(ENROLL_TRAINING, { input: { programId, student: { name: 'Trainee' } } });
      const id = enrolled.data?.enrollInTrainingProgram.id;
      await refused(MOVE_ENROLLMENT, { id, s: 'COMPLETED' }, 'BAD_USER_INPUT', 'status');
      for (const s of ['ACTIVE', 'COMPLETED']) expect((await run(MOVE_ENROLLMENT, { id, s })).errors).toBeUndefined();
      await refused(MOVE_ENROLLMENT, { id, s: 'WITHDRAWN' }, 'BAD_USER_INPUT', 'status');
      const { data } = await run(
        `query($id: ID!) { trainingProgram(id: $id) { stats { enrolled completed completionRate } } }`,
        { id: programId },
      );
      expect(data?.trainingProgram.stats).toEqual({ enrolled: 1, completed: 1, completionRate: 1 });
    });
  });
});

describe.each(testDatabases())('talent writes when an owning subgraph is down, on $label', (database) => {
  it('refuses with SUBGRAPH_UNAVAILABLE and writes nothing', async () => {
    const fx = await openFixture(database, {
      owners: { institutionsUrl: 'http://127.0.0.1:9/', agreementsUrl: 'http://127.0.0.1:9/' },
    });
    try {
      const before = await rowCounts(fx.dataSource);
      const { errors } = await fx.query(
        CREATE_INTERNSHIP_PROGRAM,
        { input: { title: 'X', levels: ['BACHELOR'], hostId: 'aztu' } },
        editor,
      );
      expect(errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      expect(await rowCounts(fx.dataSource)).toEqual(before);
    } finally {
      await fx.close();
    }
  });
});
