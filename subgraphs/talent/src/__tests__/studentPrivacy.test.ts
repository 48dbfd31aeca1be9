import type { Caller } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { admin, openFixture, registrarOf, viewer, type TalentFixture } from './fixture';
import {
  insertEnrollments,
  insertInternshipProgram,
  insertInternships,
  insertStudent,
  insertTheses,
  insertThesisProgram,
  insertTrainingProgram,
} from './syntheticRecords';

const internshipQuery = `{
  internshipProgram(id: "synthetic-private") {
    stats { enrolled active }
    internships { totalCount nodes { status student { id name email university { id } } } }
  }
}`;

describe.each(testDatabases())('student personal data on $label', (database) => {
  let fx: TalentFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { seed: false });
    await insertInternshipProgram(fx.dataSource, { id: 'synthetic-private', hostId: 'ganja-aluminium-complex' }, [
      'aztu',
    ]);
    await insertStudent(fx.dataSource, {
      id: 'synthetic-aida',
      name: 'Aida Synthetic',
      email: 'aida@example.org',
      universityId: 'aztu',
    });
    await insertInternships(fx.dataSource, 'synthetic-private', [{ studentId: 'synthetic-aida', status: 'ACTIVE' }]);
    await insertThesisProgram(fx.dataSource, { id: 'synthetic-private-theses', universityId: 'aztu' });
    await insertTheses(fx.dataSource, 'synthetic-private-theses', [
      { studentId: 'synthetic-aida', status: 'PROPOSED' },
    ]);
    await insertTrainingProgram(fx.dataSource, { id: 'synthetic-private-training' }, ['ganja-aluminium-complex']);
    await insertStudent(fx.dataSource, {
      id: 'synthetic-nomad',
      name: 'Nomad Synthetic',
      email: null,
      universityId: null,
    });
    await insertEnrollments(fx.dataSource, 'synthetic-private-training', [
      { studentId: 'synthetic-nomad', status: 'PLANNED' },
    ]);
  });
  afterAll(() => fx.close());

  const hidden: Array<[string, Caller | undefined]> = [
    ['an anonymous caller', undefined],
    ['a viewer', viewer],
    ['a registrar of another university', registrarOf('bsu')],
    ['a registrar with no institution', { id: 'r', roles: ['registrar'], institutionId: null }],
    ['an editor of talent', { id: 'e', roles: ['editor:talent'], institutionId: 'aztu' }],
  ];

  it.each(hidden)(
    'hides name and email from %s, with FORBIDDEN on each field, but shows counts',
    async (_who, caller) => {
      const { data, errors } = await fx.query(internshipQuery, undefined, caller);
      expect(data?.internshipProgram.stats).toEqual({ enrolled: 1, active: 1 });
      expect(data?.internshipProgram.internships.totalCount).toBe(1);
      expect(data?.internshipProgram.internships.nodes[0]).toEqual({
        status: 'ACTIVE',
        student: { id: 'synthetic-aida', name: null, email: null, university: { id: 'aztu' } },
      });
      expect(errors?.map((e) => [e.extensions?.code, e.path?.slice(-1)[0]])).toEqual([
        ['FORBIDDEN', 'name'],
        ['FORBIDDEN', 'email'],
      ]);
      expect(JSON.stringify({ data, errors })).not.toMatch(/Aida|aida@example/);
    },
  );

  it.each([
    ['an admin', admin],
    ["a registrar of the student's university", registrarOf('aztu')],
  ])('shows name and email to %s', async (_who, caller) => {
    const { data, errors } = await fx.query(internshipQuery, undefined, caller);
    expect(errors).toBeUndefined();
    expect(data?.internshipProgram.internships.nodes[0].student).toEqual({
      id: 'synthetic-aida',
      name: 'Aida Synthetic',
      email: 'aida@example.org',
      university: { id: 'aztu' },
    });
  });

  it('guards every way to a student: student(id), theses, training participants and _entities', async () => {
    const query = `query($r: [_Any!]!) {
      student(id: "synthetic-aida") { name theses { title } internships { status } }
      theses { nodes { student { name } } }
      trainingProgram(id: "synthetic-private-training") { enrollments { nodes { participant { name email } } } }
      _entities(representations: $r) { ... on Student { name } }
    }`;
    const variables = { r: [{ __typename: 'Student', id: 'synthetic-aida' }] };
    const anonymous = await fx.query(query, variables);
    expect(anonymous.data?.student).toEqual({
      name: null,
      theses: [{ title: expect.any(String) }],
      internships: [{ status: 'ACTIVE' }],
    });
    expect(anonymous.data?.theses.nodes).toEqual([{ student: { name: null } }]);
    expect(anonymous.data?.trainingProgram.enrollments.nodes).toEqual([{ participant: { name: null, email: null } }]);
    expect(anonymous.data?._entities).toEqual([{ name: null }]);
    expect(anonymous.errors).toHaveLength(5);
    for (const error of anonymous.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');

    // A participant with no university: no registrar may read it, an admin may.
    const registrar = await fx.query(query, variables, registrarOf('aztu'));
    expect(registrar.data?.student.name).toBe('Aida Synthetic');
    expect(registrar.data?.trainingProgram.enrollments.nodes).toEqual([{ participant: { name: null, email: null } }]);
    expect(registrar.errors?.map((e) => e.path?.join('.'))).toEqual([
      'trainingProgram.enrollments.nodes.0.participant.name',
      'trainingProgram.enrollments.nodes.0.participant.email',
    ]);
    const asAdmin = await fx.query(query, variables, admin);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.trainingProgram.enrollments.nodes).toEqual([
      { participant: { name: 'Nomad Synthetic', email: null } },
    ]);
  });
});
