import type { DataSource } from 'typeorm';
import { anonymousCaller, AuditEntry, AuditRepository, jsonValue, type Caller } from '@partnership-graph/shared';
import { testDatabases, type OperationResult } from '@partnership-graph/shared/testing';
import { entities } from '../entities';
import { Internship } from '../entities/Internship';
import { Thesis } from '../entities/Thesis';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { admin, editor, openFixture, registrarOf, viewer, type TalentFixture } from './fixture';
import { startOwners, type Owners } from './owners';
import {
  insertEnrollments,
  insertInternshipProgram,
  insertInternships,
  insertStudent,
  insertTheses,
  insertThesisProgram,
  insertTrainingProgram,
} from './syntheticRecords';

/**
 * Who may write (issue 6, item 3): every mutation needs editor:talent or admin;
 * enrolments and thesis registrations also a registrar, for students of their own
 * university. Every successful mutation writes one audit entry in its own transaction;
 * the log is for admins only and holds no personal data.
 */
const agreementsEditor: Caller = { id: 'agreements-editor-1', roles: ['editor:agreements'], institutionId: null };
const analyst: Caller = { id: 'analyst-1', roles: ['analyst'], institutionId: 'aztu' };
const homelessRegistrar: Caller = { id: 'registrar-without-university', roles: ['registrar'], institutionId: null };

const nextYear = new Date().getUTCFullYear() + 1;

const M = {
  createInternshipProgram: `mutation($input: CreateInternshipProgramInput!) { createInternshipProgram(input: $input) { id version } }`,
  updateInternshipProgram: `mutation($id: ID!, $v: Int, $input: UpdateInternshipProgramInput!) { updateInternshipProgram(id: $id, expectedVersion: $v, input: $input) { id version } }`,
  createThesisProgram: `mutation($input: CreateThesisProgramInput!) { createThesisProgram(input: $input) { id version } }`,
  updateThesisProgram: `mutation($id: ID!, $input: UpdateThesisProgramInput!) { updateThesisProgram(id: $id, input: $input) { id version } }`,
  createTrainingProgram: `mutation($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { id version } }`,
  updateTrainingProgram: `mutation($id: ID!, $input: UpdateTrainingProgramInput!) { updateTrainingProgram(id: $id, input: $input) { id version } }`,
  enrollInInternshipProgram: `mutation($input: EnrollInInternshipProgramInput!) { enrollInInternshipProgram(input: $input) { id version student { id } } }`,
  enrollInTrainingProgram: `mutation($input: EnrollInTrainingProgramInput!) { enrollInTrainingProgram(input: $input) { id version participant { id } } }`,
  registerThesis: `mutation($input: RegisterThesisInput!) { registerThesis(input: $input) { id version student { id } } }`,
  changeInternshipStatus: `mutation($id: ID!, $s: InternshipStatus!, $v: Int) { changeInternshipStatus(id: $id, status: $s, expectedVersion: $v) { id version } }`,
  changeThesisStatus: `mutation($id: ID!, $s: ThesisStatus!) { changeThesisStatus(id: $id, status: $s) { id version } }`,
  changeTrainingEnrollmentStatus: `mutation($id: ID!, $s: TrainingEnrollmentStatus!) { changeTrainingEnrollmentStatus(id: $id, status: $s) { id version } }`,
} as const;
type MutationName = keyof typeof M;

const AUDIT_LOG = `query($id: ID!, $first: Int, $after: String) {
  talentAuditLog(entityId: $id, first: $first, after: $after) {
    totalCount
    nodes { id entityType entityId action actor at before after }
    edges { cursor node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of entities) counts[entity.name] = await dataSource.getRepository(entity).count();
  return counts;
}

function errorCode(result: OperationResult): unknown {
  return result.errors?.[0]?.extensions?.code;
}

let owners: Owners;
beforeAll(async () => {
  owners = await startOwners();
}, 120_000);
afterAll(() => owners?.stop());

describe.each(testDatabases())('talent authorization and audit on $label', (database) => {
  let fx: TalentFixture;
  let sequence = 0;
  const unique = (prefix: string) => `${prefix}-${++sequence}`;

  /** Synthetic OPEN programmes of AzTU with one record each, for the writes that need them. */
  async function targets() {
    const n = unique('synthetic-auth');
    const student = `${n}-student`;
    await insertStudent(fx.dataSource, {
      id: student,
      universityId: 'aztu',
      name: 'Nigar Privatova',
      email: `${n}@private.example`,
    });
    await insertInternshipProgram(fx.dataSource, { id: `${n}-internships`, status: 'OPEN' }, ['aztu']);
    await insertThesisProgram(fx.dataSource, { id: `${n}-theses`, universityId: 'aztu', status: 'OPEN' });
    await insertTrainingProgram(fx.dataSource, { id: `${n}-training`, status: 'OPEN' }, ['ganja-aluminium-complex']);
    await insertInternships(fx.dataSource, `${n}-internships`, [{ studentId: student, status: 'PLANNED' }]);
    await insertTheses(fx.dataSource, `${n}-theses`, [{ studentId: student, status: 'PROPOSED' }]);
    await insertEnrollments(fx.dataSource, `${n}-training`, [{ studentId: student, status: 'PLANNED' }]);
    const other = `${n}-other-student`;
    await insertStudent(fx.dataSource, { id: other, universityId: 'aztu' });
    return {
      student,
      /** A student with no record yet. */
      other,
      internshipProgramId: `${n}-internships`,
      thesisProgramId: `${n}-theses`,
      trainingProgramId: `${n}-training`,
      internshipId: (await fx.dataSource.getRepository(Internship).findOneByOrFail({ programId: `${n}-internships` }))
        .id,
      thesisId: (await fx.dataSource.getRepository(Thesis).findOneByOrFail({ programId: `${n}-theses` })).id,
      enrollmentId: (
        await fx.dataSource.getRepository(TrainingEnrollment).findOneByOrFail({ programId: `${n}-training` })
      ).id,
    };
  }
  type Targets = Awaited<ReturnType<typeof targets>>;

  /** Valid variables for every mutation; the entity each one changes (null: the one it creates). */
  function valid(t: Targets): Record<MutationName, { variables: Record<string, unknown>; entityId: string | null }> {
    return {
      createInternshipProgram: {
        variables: { input: { title: 'Audited internships', levels: ['BACHELOR'] } },
        entityId: null,
      },
      updateInternshipProgram: {
        variables: { id: t.internshipProgramId, input: { title: 'Audited and renamed' } },
        entityId: t.internshipProgramId,
      },
      createThesisProgram: {
        variables: { input: { title: 'Audited theses', universityId: 'aztu', levels: ['MASTER'] } },
        entityId: null,
      },
      updateThesisProgram: {
        variables: { id: t.thesisProgramId, input: { areas: ['metallurgy'] } },
        entityId: t.thesisProgramId,
      },
      createTrainingProgram: {
        variables: { input: { title: 'Audited course', kind: 'VOCATIONAL', providerIds: ['aztu'] } },
        entityId: null,
      },
      updateTrainingProgram: {
        variables: { id: t.trainingProgramId, input: { seats: 30 } },
        entityId: t.trainingProgramId,
      },
      enrollInInternshipProgram: {
        variables: { input: { programId: t.internshipProgramId, studentId: t.other, level: 'MASTER' } },
        entityId: null,
      },
      enrollInTrainingProgram: {
        variables: { input: { programId: t.trainingProgramId, studentId: t.other } },
        entityId: null,
      },
      registerThesis: {
        variables: {
          input: {
            programId: t.thesisProgramId,
            studentId: t.other,
            title: 'Audited thesis',
            level: 'MASTER',
            year: nextYear,
            academicSupervisorId: 'vilayat-valiyev',
            industrySupervisorId: 'jamil-safarov',
          },
        },
        entityId: null,
      },
      changeInternshipStatus: { variables: { id: t.internshipId, s: 'ACTIVE' }, entityId: t.internshipId },
      changeThesisStatus: { variables: { id: t.thesisId, s: 'IN_PROGRESS' }, entityId: t.thesisId },
      changeTrainingEnrollmentStatus: { variables: { id: t.enrollmentId, s: 'ACTIVE' }, entityId: t.enrollmentId },
    };
  }

  const expected: Record<MutationName, { entityType: string; action: string }> = {
    createInternshipProgram: { entityType: 'InternshipProgram', action: 'CREATE' },
    updateInternshipProgram: { entityType: 'InternshipProgram', action: 'UPDATE' },
    createThesisProgram: { entityType: 'ThesisProgram', action: 'CREATE' },
    updateThesisProgram: { entityType: 'ThesisProgram', action: 'UPDATE' },
    createTrainingProgram: { entityType: 'TrainingProgram', action: 'CREATE' },
    updateTrainingProgram: { entityType: 'TrainingProgram', action: 'UPDATE' },
    enrollInInternshipProgram: { entityType: 'Internship', action: 'CREATE' },
    enrollInTrainingProgram: { entityType: 'TrainingEnrollment', action: 'CREATE' },
    registerThesis: { entityType: 'Thesis', action: 'CREATE' },
    changeInternshipStatus: { entityType: 'Internship', action: 'TRANSITION' },
    changeThesisStatus: { entityType: 'Thesis', action: 'TRANSITION' },
    changeTrainingEnrollmentStatus: { entityType: 'TrainingEnrollment', action: 'TRANSITION' },
  };
  const mutations = Object.keys(M) as MutationName[];
  const enrolments: MutationName[] = ['enrollInInternshipProgram', 'enrollInTrainingProgram', 'registerThesis'];

  let t: Targets;
  beforeAll(async () => {
    fx = await openFixture(database, { owners });
    t = await targets();
  });
  afterAll(() => fx.close());

  async function refusedWithNothingWritten(name: MutationName, caller: Caller, code: string) {
    const before = await rowCounts(fx.dataSource);
    const result = await fx.query(M[name], valid(t)[name].variables, caller);
    expect(errorCode(result)).toBe(code);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).not.toMatch(/SELECT|INSERT|sqlite|mysql/i);
    expect(await rowCounts(fx.dataSource)).toEqual(before);
  }

  describe('refusals', () => {
    it.each(mutations)('%s: an anonymous caller gets UNAUTHENTICATED, nothing is written', async (name) => {
      await refusedWithNothingWritten(name, anonymousCaller, 'UNAUTHENTICATED');
    });

    it.each(
      mutations.flatMap((name) =>
        [viewer, agreementsEditor, analyst].map((caller) => [name, caller.roles[0], caller] as const),
      ),
    )('%s: a caller with only %s gets FORBIDDEN, nothing is written', async (name, _role, caller) => {
      await refusedWithNothingWritten(name, caller, 'FORBIDDEN');
    });

    it.each(mutations.filter((name) => !enrolments.includes(name)))(
      '%s: a registrar gets FORBIDDEN (programmes and status moves are for editors)',
      async (name) => {
        await refusedWithNothingWritten(name, registrarOf('aztu'), 'FORBIDDEN');
      },
    );

    it.each(enrolments)('%s: a registrar without a university, or of another one, gets FORBIDDEN', async (name) => {
      await refusedWithNothingWritten(name, homelessRegistrar, 'FORBIDDEN');
      await refusedWithNothingWritten(name, registrarOf('bsu'), 'FORBIDDEN');
    });
  });

  describe('the audit log of successful mutations', () => {
    it.each(mutations)('%s by editor:talent writes exactly one audit entry, in the same transaction', async (name) => {
      const { variables, entityId } = valid(await targets())[name];
      const before = await fx.dataSource.getRepository(AuditEntry).count();
      const result = await fx.query(M[name], variables, editor);
      expect(result.errors).toBeUndefined();
      const changed = Object.values(result.data ?? {})[0] as { id: string; version: number };
      expect(await fx.dataSource.getRepository(AuditEntry).count()).toBe(before + 1);
      const [entry] = await fx.dataSource.getRepository(AuditEntry).find({ order: { id: 'DESC' }, take: 1 });
      expect(entry).toMatchObject({ ...expected[name], entityId: entityId ?? changed.id, actor: editor.id });
      expect(new Date(entry.at).toISOString()).toBe(entry.at);
      const after = jsonValue(entry.after);
      expect(after).toMatchObject({ id: changed.id, version: changed.version });
      if (expected[name].action === 'CREATE') {
        expect(entry.before).toBeNull();
      } else {
        expect(jsonValue(entry.before)).toMatchObject({ id: changed.id, version: changed.version - 1 });
      }
    });

    it('an admin may write too, and the entry names the admin', async () => {
      const result = await fx.query(
        M.createInternshipProgram,
        { input: { title: 'Admin internships', levels: ['PHD'] } },
        admin,
      );
      expect(result.errors).toBeUndefined();
      const log = await fx.query(AUDIT_LOG, { id: result.data?.createInternshipProgram.id }, admin);
      expect(log.data?.talentAuditLog.nodes).toEqual([
        expect.objectContaining({ action: 'CREATE', actor: admin.id, entityType: 'InternshipProgram' }),
      ]);
    });

    it('records what changed: an update keeps the programme before and after, lists included', async () => {
      const fresh = await targets();
      const updated = await fx.query(
        M.updateInternshipProgram,
        {
          id: fresh.internshipProgramId,
          v: 1,
          input: { title: 'New title', seats: 7, universityIds: ['aztu', 'bsu'] },
        },
        editor,
      );
      expect(updated.errors).toBeUndefined();
      const log = await fx.query(AUDIT_LOG, { id: fresh.internshipProgramId }, admin);
      expect(log.data?.talentAuditLog.totalCount).toBe(1);
      const entry = log.data?.talentAuditLog.nodes[0];
      expect(JSON.parse(entry.before)).toMatchObject({
        title: `Synthetic internships ${fresh.internshipProgramId}`,
        seats: null,
        universityIds: ['aztu'],
        version: 1,
      });
      expect(JSON.parse(entry.after)).toMatchObject({
        title: 'New title',
        seats: 7,
        universityIds: ['aztu', 'bsu'],
        version: 2,
      });
    });

    it.each([
      [
        'a stale version (CONFLICT)',
        'changeInternshipStatus',
        (x: Targets) => ({ id: x.internshipId, s: 'ACTIVE', v: 9 }),
        'CONFLICT',
      ],
      [
        'a move the lifecycle forbids',
        'changeInternshipStatus',
        (x: Targets) => ({ id: x.internshipId, s: 'HIRED' }),
        'BAD_USER_INPUT',
      ],
      [
        'an enrolment of a student already enrolled',
        'enrollInInternshipProgram',
        (x: Targets) => ({ input: { programId: x.internshipProgramId, studentId: x.student, level: 'BACHELOR' } }),
        'CONFLICT',
      ],
      [
        'an update of a programme that does not exist',
        'updateInternshipProgram',
        () => ({ id: 'no-such-programme', input: { title: 'x' } }),
        'BAD_USER_INPUT',
      ],
      [
        'a reference that does not exist',
        'createThesisProgram',
        () => ({ input: { title: 'x', universityId: 'atlantis-university', levels: ['MASTER'] } }),
        'BAD_USER_INPUT',
      ],
    ] as const)('a failed mutation (%s) leaves no audit entry', async (_case, name, variables, code) => {
      const fresh = await targets();
      const before = await rowCounts(fx.dataSource);
      const result = await fx.query(M[name], variables(fresh), editor);
      expect(errorCode(result)).toBe(code);
      expect(await rowCounts(fx.dataSource)).toEqual(before);
    });

    it('a change whose audit entry cannot be written is rolled back with it', async () => {
      const record = jest
        .spyOn(AuditRepository.prototype, 'insert')
        .mockRejectedValueOnce(new Error('audit storage failed'));
      try {
        const fresh = await targets();
        const before = await rowCounts(fx.dataSource);
        const result = await fx.query(M.changeInternshipStatus, { id: fresh.internshipId, s: 'ACTIVE' }, editor);
        expect(result.errors).toHaveLength(1);
        expect(await rowCounts(fx.dataSource)).toEqual(before);
        expect((await fx.dataSource.getRepository(Internship).findOneByOrFail({ id: fresh.internshipId })).status).toBe(
          'PLANNED',
        );
        const created = await fx.query(
          M.createInternshipProgram,
          { input: { id: 'synthetic-never-audited', title: 'x', levels: ['MASTER'] } },
          editor,
        );
        expect(created.errors).toBeUndefined(); // the mock failed once only
      } finally {
        record.mockRestore();
      }
    });
  });

  describe('registrars', () => {
    it("enrol their own university's students, existing or new; the entry names the registrar", async () => {
      const fresh = await targets();
      const registrar = registrarOf('aztu');
      const existing = await fx.query(
        M.enrollInInternshipProgram,
        { input: { programId: fresh.internshipProgramId, studentId: fresh.other, level: 'MASTER' } },
        registrar,
      );
      expect(existing.errors).toBeUndefined();
      const created = await fx.query(
        M.enrollInTrainingProgram,
        {
          input: {
            programId: fresh.trainingProgramId,
            student: { name: 'Registrar Made', email: 'made@private.example', universityId: 'aztu' },
          },
        },
        registrar,
      );
      expect(created.errors).toBeUndefined();
      const thesis = await fx.query(
        M.registerThesis,
        { input: { ...(valid(fresh).registerThesis.variables.input as object), studentId: fresh.other } },
        registrar,
      );
      expect(thesis.errors).toBeUndefined();
      for (const id of [
        existing.data?.enrollInInternshipProgram.id,
        created.data?.enrollInTrainingProgram.id,
        thesis.data?.registerThesis.id,
      ]) {
        const log = await fx.query(AUDIT_LOG, { id }, admin);
        expect(log.data?.talentAuditLog.nodes).toEqual([
          expect.objectContaining({ action: 'CREATE', actor: registrar.id }),
        ]);
      }
    });

    it.each([
      [
        'a new student of another university',
        (x: Targets) => ({ programId: x.trainingProgramId, student: { name: 'Elsewhere', universityId: 'bsu' } }),
        'input.student.universityId',
      ],
      [
        'a new student of no university',
        (x: Targets) => ({ programId: x.trainingProgramId, student: { name: 'Nowhere' } }),
        'input.student.universityId',
      ],
      [
        'an existing student of another university',
        (x: Targets) => ({ programId: x.trainingProgramId, studentId: `${x.other}-bsu` }),
        'input.studentId',
      ],
      [
        'a student id that does not exist (no hint that it does not)',
        (x: Targets) => ({ programId: x.trainingProgramId, studentId: 'no-such-student' }),
        'input.studentId',
      ],
    ])('refuse %s with FORBIDDEN, writing nothing', async (_case, input, argumentName) => {
      const fresh = await targets();
      await insertStudent(fx.dataSource, { id: `${fresh.other}-bsu`, universityId: 'bsu' });
      const before = await rowCounts(fx.dataSource);
      const result = await fx.query(M.enrollInTrainingProgram, { input: input(fresh) }, registrarOf('aztu'));
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', argumentName });
      expect(result.errors?.[0].message).not.toMatch(/bsu|no student/);
      expect(await rowCounts(fx.dataSource)).toEqual(before);
    });
  });

  describe('talentAuditLog', () => {
    it.each([
      ['an anonymous caller', anonymousCaller, 'UNAUTHENTICATED'],
      ['a viewer', viewer, 'FORBIDDEN'],
      ['the talent editor who made the change', editor, 'FORBIDDEN'],
      ["a registrar of the student's university", registrarOf('aztu'), 'FORBIDDEN'],
    ] as const)('is hidden from %s', async (_case, caller, code) => {
      const result = await fx.query(AUDIT_LOG, { id: t.internshipProgramId }, caller);
      expect(errorCode(result)).toBe(code);
      expect(result.data ?? null).toBeNull();
    });

    it('gives an admin a record’s entries newest first, page by page', async () => {
      const fresh = await targets();
      for (const s of ['ACTIVE', 'COMPLETED', 'HIRED']) {
        expect(
          (await fx.query(M.changeInternshipStatus, { id: fresh.internshipId, s }, editor)).errors,
        ).toBeUndefined();
      }
      const first = await fx.query(AUDIT_LOG, { id: fresh.internshipId, first: 2 }, admin);
      expect(first.errors).toBeUndefined();
      const page = first.data?.talentAuditLog;
      expect(page.totalCount).toBe(3);
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(page.nodes.map((n: { after: string }) => JSON.parse(n.after).status)).toEqual(['HIRED', 'COMPLETED']);
      expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
        page.nodes.map((n: { id: string }) => n.id),
      );
      const rest = await fx.query(
        AUDIT_LOG,
        { id: fresh.internshipId, first: 2, after: page.pageInfo.endCursor },
        admin,
      );
      expect(
        rest.data?.talentAuditLog.nodes.map((n: { before: string; after: string }) => [
          JSON.parse(n.before).status,
          JSON.parse(n.after).status,
        ]),
      ).toEqual([['PLANNED', 'ACTIVE']]);
      expect(rest.data?.talentAuditLog.pageInfo.hasNextPage).toBe(false);
      const none = await fx.query(AUDIT_LOG, { id: 'never-changed' }, admin);
      expect(none.data?.talentAuditLog).toMatchObject({ totalCount: 0, nodes: [] });
      const bad = await fx.query(AUDIT_LOG, { id: 'Not An Id' }, admin);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'entityId' });
    });
  });

  it('never stores personal data in the audit log: names and emails of students stay out', async () => {
    const fresh = await targets();
    const person = { name: 'Ülviyyə Gizlisoy', email: 'ulviyye.gizlisoy@private.example', universityId: 'aztu' };
    const registrar = registrarOf('aztu');
    const results = [
      await fx.query(
        M.enrollInInternshipProgram,
        { input: { programId: fresh.internshipProgramId, student: person, level: 'BACHELOR' } },
        editor,
      ),
      await fx.query(
        M.enrollInTrainingProgram,
        { input: { programId: fresh.trainingProgramId, student: { ...person, email: 'second@private.example' } } },
        registrar,
      ),
      await fx.query(
        M.registerThesis,
        {
          input: {
            ...(valid(fresh).registerThesis.variables.input as object),
            studentId: undefined,
            student: { ...person, email: 'third@private.example' },
          },
        },
        editor,
      ),
      await fx.query(M.changeInternshipStatus, { id: fresh.internshipId, s: 'WITHDRAWN' }, editor),
    ];
    for (const result of results) expect(result.errors).toBeUndefined();
    const created = await fx.dataSource
      .getRepository(AuditEntry)
      .find({ where: { action: 'CREATE', entityType: 'Internship' }, order: { id: 'DESC' }, take: 1 });
    expect(jsonValue(created[0].after)).toEqual({
      id: results[0].data?.enrollInInternshipProgram.id,
      programId: fresh.internshipProgramId,
      studentId: results[0].data?.enrollInInternshipProgram.student.id,
      level: 'BACHELOR',
      startsOn: null,
      endsOn: null,
      status: 'PLANNED',
      version: 1,
      newStudent: { id: results[0].data?.enrollInInternshipProgram.student.id, universityId: 'aztu' },
    });
    // Every entry of every test, as stored.
    const everything = JSON.stringify(await fx.dataSource.getRepository(AuditEntry).find());
    for (const secret of [
      'Gizlisoy',
      'Ülviyyə',
      'private.example',
      'Privatova',
      'Registrar Made',
      '"name"',
      '"email"',
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(await fx.dataSource.getRepository(AuditEntry).count()).toBeGreaterThan(20);
  });
});
