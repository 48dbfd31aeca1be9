import { createDataSource, IdempotencyRecord, mintToken, readAuthConfig, type Role } from '@partnership-graph/shared';
import { postGraphQL, startStack, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * Retry-safe writes through the real gateway over the real subgraphs: a create-style
 * mutation sent again with its idempotency key (as a client does after a timeout) answers
 * the first result and writes nothing again; the same key with another input is
 * CONFLICT; a key past its time is a new write.
 */
describe.each(testDatabases())('idempotency keys through the gateway on $label', ({ label }) => {
  let stack: Stack;
  let headers: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack({ subgraphs: ['institutions', 'agreements', 'talent'], database: label });
    const token = (sub: string, roles: Role[]) =>
      mintToken(readAuthConfig().jwtSecret as string, { sub, roles, institutionId: null });
    headers = { authorization: `Bearer ${await token('idempotency-admin', ['admin'])}` };
  }, 180_000);
  afterAll(() => stack?.stop());

  const send = async (query: string, variables: Record<string, unknown>) => {
    const { status, body } = await postGraphQL(stack.gatewayUrl, query, variables, headers);
    expect(status).toBeLessThan(500);
    return body;
  };
  const data = async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await send(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  /** Moves every key a subgraph keeps for `operation` past its time, as the clock would after IDEMPOTENCY_KEY_TTL_HOURS. */
  const expireKeys = async (subgraph: string, operation: string) => {
    const dataSource = createDataSource({
      config: stack.databases[subgraph],
      entities: [IdempotencyRecord],
      migrations: [],
    });
    await dataSource.initialize();
    try {
      await dataSource
        .getRepository(IdempotencyRecord)
        .update({ operation }, { expiresAt: '2000-01-01T00:00:00.000Z' });
    } finally {
      await dataSource.destroy();
    }
  };

  const CREATE_AGREEMENT = `mutation($key: String, $input: CreateAgreementInput!) {
    createAgreement(idempotencyKey: $key, input: $input) { id title version }
  }`;
  const agreementInput = (title: string) => ({
    title,
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    parties: [{ institutionId: 'aztu' }, { institutionId: 'ganja-aluminium-complex' }],
  });
  const agreementsCalled = async (word: string) =>
    (await data('query($s: String!) { agreements(filter: { search: $s }, first: 0) { totalCount } }', { s: word }))
      .agreements.totalCount as number;

  it('createAgreement: a retry with the same key returns the same agreement and creates one record', async () => {
    const input = agreementInput('Idempotent memorandum zebrafinch');
    const first = (await data(CREATE_AGREEMENT, { key: 'agreement-key-1', input })).createAgreement;
    const retry = (await data(CREATE_AGREEMENT, { key: 'agreement-key-1', input })).createAgreement;
    expect(retry).toEqual(first);
    expect(await agreementsCalled('zebrafinch')).toBe(1);
    // Without a key, the same input is a new agreement (keys are what make a retry safe).
    await data(CREATE_AGREEMENT, { key: null, input });
    expect(await agreementsCalled('zebrafinch')).toBe(2);
  });

  it('createAgreement: the same key with another input is CONFLICT, and writes nothing', async () => {
    await data(CREATE_AGREEMENT, { key: 'agreement-key-2', input: agreementInput('Idempotent memorandum kingfisher') });
    const refused = await send(CREATE_AGREEMENT, {
      key: 'agreement-key-2',
      input: agreementInput('Idempotent memorandum nightjar'),
    });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      argumentName: 'idempotencyKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      operation: 'createAgreement',
    });
    expect(refused.errors?.[0].message).toMatch(/different input/);
    expect(await agreementsCalled('nightjar')).toBe(0);
  });

  it('createAgreement: a key past its time is a new write', async () => {
    const input = agreementInput('Idempotent memorandum woodpecker');
    const first = (await data(CREATE_AGREEMENT, { key: 'agreement-key-3', input })).createAgreement;
    await expireKeys('agreements', 'createAgreement');
    const later = (await data(CREATE_AGREEMENT, { key: 'agreement-key-3', input })).createAgreement;
    expect(later.id).not.toBe(first.id);
    expect(await agreementsCalled('woodpecker')).toBe(2);
    // The renewed key holds again.
    expect((await data(CREATE_AGREEMENT, { key: 'agreement-key-3', input })).createAgreement.id).toBe(later.id);
  });

  it('a programme and an enrolment that creates a student: retries return the same records, one student', async () => {
    const CREATE_PROGRAM = `mutation($key: String, $input: CreateInternshipProgramInput!) {
      createInternshipProgram(idempotencyKey: $key, input: $input) { id title seats }
    }`;
    const programInput = {
      title: 'Idempotent internships kestrel',
      levels: ['BACHELOR'],
      hostId: 'ganja-aluminium-complex',
      seats: 5,
      status: 'OPEN',
    };
    const program = (await data(CREATE_PROGRAM, { key: 'program-key-1', input: programInput })).createInternshipProgram;
    expect((await data(CREATE_PROGRAM, { key: 'program-key-1', input: programInput })).createInternshipProgram).toEqual(
      program,
    );

    const ENROL = `mutation($key: String, $input: EnrollInInternshipProgramInput!) {
      enrollInInternshipProgram(idempotencyKey: $key, input: $input) { id status student { id name } }
    }`;
    const enrolment = {
      programId: program.id,
      level: 'BACHELOR',
      student: { name: 'Idempotent Student', universityId: 'aztu' },
    };
    const first = (await data(ENROL, { key: 'enrol-key-1', input: enrolment })).enrollInInternshipProgram;
    const retry = (await data(ENROL, { key: 'enrol-key-1', input: enrolment })).enrollInInternshipProgram;
    expect(retry).toEqual(first);
    const stats = await data(
      'query($id: ID!) { internshipProgram(id: $id) { stats { enrolled seatsTaken } internships { totalCount } } }',
      { id: program.id },
    );
    expect(stats.internshipProgram).toEqual({ stats: { enrolled: 1, seatsTaken: 1 }, internships: { totalCount: 1 } });

    const otherStudent = await send(ENROL, {
      key: 'enrol-key-1',
      input: { ...enrolment, student: { name: 'Another Student', universityId: 'aztu' } },
    });
    expect(otherStudent.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      operation: 'enrollInInternshipProgram',
    });

    await expireKeys('talent', 'enrollInInternshipProgram');
    const later = (await data(ENROL, { key: 'enrol-key-1', input: enrolment })).enrollInInternshipProgram;
    expect(later.id).not.toBe(first.id);
    expect(later.student.id).not.toBe(first.student.id);
  });

  it('an import batch sent again with its key answers the first result; without the key it would find the rows unchanged', async () => {
    const IMPORT = `mutation($key: String, $rows: [InstitutionImportInput!]!) {
      importInstitutions(idempotencyKey: $key, rows: $rows) { written created updated unchanged rejected rows { row id outcome } }
    }`;
    const source = {
      title: 'Idempotent partner list',
      publisher: 'Test office',
      language: 'en',
      file: 'partners.csv',
      row: 2,
    };
    const rows = [{ name: 'Idempotent Institute of Ornithology', kind: 'RESEARCH_INSTITUTE', country: 'AZ', source }];
    const first = (await data(IMPORT, { key: 'import-key-1', rows })).importInstitutions;
    expect(first).toMatchObject({ written: true, created: 1 });
    expect((await data(IMPORT, { key: 'import-key-1', rows })).importInstitutions).toEqual(first);
    expect((await data(IMPORT, { key: null, rows })).importInstitutions).toMatchObject({
      written: false,
      created: 0,
      unchanged: 1,
    });
    const refused = await send(IMPORT, { key: 'import-key-1', rows: [{ ...rows[0], city: 'Baku' }] });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      operation: 'importInstitutions',
    });
  });
});
