import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { dropMysqlDatabase, mintToken, readAuthConfig, repositoryRoot, type Role } from '@partnership-graph/shared';
import { postGraphQL, startService, testDatabases, type RunningService } from '@partnership-graph/shared/testing';

/**
 * Through the real gateway, over the real institutions, agreements and talent
 * processes, with a supergraph composed here from their current schema files.
 */
const subgraphs = ['institutions', 'agreements', 'talent'];

/** An Authorization header with a token the services verify (the configured local secret). */
async function bearer(roles: Role[], institutionId: string | null = null, sub = `test-${roles[0] ?? 'nobody'}`) {
  return {
    authorization: `Bearer ${await mintToken(readAuthConfig().jwtSecret as string, { sub, roles, institutionId })}`,
  };
}

function composeTestSupergraph(file: string): void {
  const result = composeServices(
    subgraphs.map((name) => ({
      name,
      url: `http://127.0.0.1/${name}`,
      typeDefs: parse(fs.readFileSync(path.join(repositoryRoot, 'subgraphs', name, 'schema.graphql'), 'utf8')),
    })),
  );
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
  fs.writeFileSync(file, result.supergraphSdl as string);
}

describe.each(testDatabases())('talent through the gateway on $label', ({ label }) => {
  const services: RunningService[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  let gatewayUrl: string;
  let talentUrl: string;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-talent-gateway-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const supergraph = path.join(dir, 'supergraph.graphql');
    composeTestSupergraph(supergraph);

    const talentDatabase: Record<string, string> = { SQLITE_DIR: dir, MYSQL_URL: '', TALENT_MYSQL_URL: '' };
    if (label === 'mysql') {
      const server = new URL(process.env.MYSQL_URL as string);
      server.pathname = '/';
      const database = `test_talent_gw_${process.pid}`;
      talentDatabase.TALENT_MYSQL_URL = `${server.toString()}${database}`;
      cleanups.push(() => dropMysqlDatabase(server.toString(), database));
    }
    const institutions = await startService({
      dir: 'subgraphs/institutions',
      name: 'institutions',
      env: { INSTITUTIONS_PORT: '0', SQLITE_DIR: dir, MYSQL_URL: '', INSTITUTIONS_MYSQL_URL: '', SEED_ON_START: '1' },
    });
    services.push(institutions);
    const agreements = await startService({
      dir: 'subgraphs/agreements',
      name: 'agreements',
      env: {
        AGREEMENTS_PORT: '0',
        SQLITE_DIR: dir,
        MYSQL_URL: '',
        AGREEMENTS_MYSQL_URL: '',
        SEED_ON_START: '1',
        INSTITUTIONS_URL: institutions.url,
      },
    });
    services.push(agreements);
    const talent = await startService({
      dir: 'subgraphs/talent',
      name: 'talent',
      env: {
        TALENT_PORT: '0',
        SEED_ON_START: '1',
        INSTITUTIONS_URL: institutions.url,
        AGREEMENTS_URL: agreements.url,
        ...talentDatabase,
      },
    });
    services.push(talent);
    talentUrl = talent.url;
    const gateway = await startService({
      dir: 'gateway',
      name: 'gateway',
      env: {
        GATEWAY_PORT: '0',
        SUPERGRAPH_PATH: supergraph,
        INSTITUTIONS_URL: institutions.url,
        AGREEMENTS_URL: agreements.url,
        TALENT_URL: talent.url,
      },
    });
    services.push(gateway);
    gatewayUrl = gateway.url;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('answers the AzTU – Azerbaijan Industrial Corporation agreement with its internship, thesis and training programmes', async () => {
    const { status, body } = await postGraphQL(
      gatewayUrl,
      `{
        agreement(id: "aztu-aic-cooperation") {
          id title outcomes {
            internshipProgramCount thesisProgramCount trainingProgramCount
            internshipPrograms { levels status host { id name } universities { acronym } sources { language quote } }
            thesisPrograms { levels university { acronym } industryPartner { id name } }
            trainingPrograms { kind providers { id name } }
          }
        }
        internshipProgram(id: "aztu-ganja-aluminium-complex-internships") { agreement { id title } }
        theses { totalCount }
      }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { agreement } = body.data;
    expect(agreement.id).toBe('aztu-aic-cooperation');
    expect(body.data.internshipProgram.agreement).toEqual({ id: 'aztu-aic-cooperation', title: agreement.title });
    expect(agreement.outcomes).toMatchObject({
      internshipProgramCount: 1,
      thesisProgramCount: 1,
      trainingProgramCount: 2,
    });
    expect(agreement.outcomes.internshipPrograms).toEqual([
      {
        levels: ['BACHELOR', 'MASTER'],
        status: 'ANNOUNCED',
        host: { id: 'ganja-aluminium-complex', name: 'Ganja Production Complex of Azeraluminium' },
        universities: [{ acronym: 'AzTU' }],
        sources: [
          { language: 'en', quote: expect.stringContaining('internships for bachelor and master students of AzTU') },
        ],
      },
    ]);
    expect(agreement.outcomes.thesisPrograms).toEqual([
      {
        levels: ['BACHELOR', 'MASTER'],
        university: { acronym: 'AzTU' },
        industryPartner: { id: 'ganja-aluminium-complex', name: 'Ganja Production Complex of Azeraluminium' },
      },
    ]);
    for (const training of agreement.outcomes.trainingPrograms) {
      expect(training.providers).toContainEqual({
        id: 'ganja-aluminium-complex',
        name: 'Ganja Production Complex of Azeraluminium',
      });
    }
    expect(body.data.theses.totalCount).toBe(0);
  });

  it('answers an institution with its talent summary and programmes', async () => {
    const { body } = await postGraphQL(
      gatewayUrl,
      `{ institution(id: "ganja-aluminium-complex") {
          name city
          internshipPrograms(role: HOST) { id }
          thesisPrograms { id }
          trainingPrograms { kind }
          talentSummary { internshipProgramCount thesisProgramCount trainingProgramCount internships { enrolled hireRate } theses { registered } }
        }
        person(id: "jamil-safarov") { name supervisedTheses { totalCount } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.institution).toMatchObject({
      city: 'Ganja',
      internshipPrograms: [{ id: 'aztu-ganja-aluminium-complex-internships' }],
      thesisPrograms: [{ id: 'aztu-ganja-aluminium-complex-industry-theses' }],
      talentSummary: {
        internshipProgramCount: 1,
        thesisProgramCount: 1,
        trainingProgramCount: 2,
        internships: { enrolled: 0, hireRate: null },
        theses: { registered: 0 },
      },
    });
    expect(body.data.person).toEqual({ name: 'Jamil Safarov', supervisedTheses: { totalCount: 0 } });
  });

  it('writes through the gateway as a talent editor, and an anonymous query for student names gets none', async () => {
    const editor = await bearer(['editor:talent'], null, 'gateway-test-editor');
    const created = await postGraphQL(
      gatewayUrl,
      `mutation { createInternshipProgram(input: {
          title: "Gateway test internships", hostId: "ganja-aluminium-complex", universityIds: ["aztu"],
          levels: [BACHELOR], seats: 2, status: OPEN, agreementId: "aztu-aic-cooperation"
        }) { id } }`,
      undefined,
      editor,
    );
    expect(created.body.errors).toBeUndefined();
    const programId = created.body.data.createInternshipProgram.id;
    const enrolled = await postGraphQL(
      gatewayUrl,
      `mutation($p: ID!) { enrollInInternshipProgram(input: {
          programId: $p, level: BACHELOR, student: { name: "Gateway Student", email: "gw@example.org", universityId: "aztu" }
        }) { id status student { university { name } } } }`,
      { p: programId },
      editor,
    );
    expect(enrolled.body.errors).toBeUndefined();
    expect(enrolled.body.data.enrollInInternshipProgram).toMatchObject({
      status: 'PLANNED',
      student: { university: { name: 'Azerbaijan Technical University' } },
    });

    const { status, body } = await postGraphQL(
      gatewayUrl,
      `query($p: ID!) { internshipProgram(id: $p) {
          stats { enrolled seatsLeft }
          internships { totalCount nodes { student { name email } } }
          agreement { outcomes { internshipProgramCount } }
      } }`,
      { p: programId },
    );
    expect(status).toBe(200);
    expect(body.data.internshipProgram.stats).toEqual({ enrolled: 1, seatsLeft: 1 });
    expect(body.data.internshipProgram.internships).toEqual({
      totalCount: 1,
      nodes: [{ student: { name: null, email: null } }],
    });
    expect(body.data.internshipProgram.agreement.outcomes.internshipProgramCount).toBe(2);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(body)).not.toMatch(/Gateway Student|gw@example/);

    // Callers with verified tokens (the local development secret): the registrar of
    // another university sees no name; AzTU's registrar and an admin do.
    const names = `query($p: ID!) { internshipProgram(id: $p) { internships { nodes { student { name email } } } } }`;
    const other = await postGraphQL(gatewayUrl, names, { p: programId }, await bearer(['registrar'], 'bsu'));
    expect(other.body.data.internshipProgram.internships.nodes).toEqual([{ student: { name: null, email: null } }]);
    expect(other.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    for (const headers of [await bearer(['registrar'], 'aztu'), await bearer(['admin'], null)]) {
      const allowed = await postGraphQL(gatewayUrl, names, { p: programId }, headers);
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data.internshipProgram.internships.nodes).toEqual([
        { student: { name: 'Gateway Student', email: 'gw@example.org' } },
      ]);
    }

    // The admin reads the programme's audit log: the editor created it; no personal data.
    const audit = `query($id: ID!) { talentAuditLog(entityId: $id) { totalCount nodes { entityType entityId action actor before after } } }`;
    const log = await postGraphQL(gatewayUrl, audit, { id: programId }, await bearer(['admin']));
    expect(log.body.errors).toBeUndefined();
    expect(log.body.data.talentAuditLog).toMatchObject({
      totalCount: 1,
      nodes: [
        {
          entityType: 'InternshipProgram',
          entityId: programId,
          action: 'CREATE',
          actor: 'gateway-test-editor',
          before: null,
        },
      ],
    });
    expect(JSON.parse(log.body.data.talentAuditLog.nodes[0].after)).toMatchObject({
      id: programId,
      seats: 2,
      universityIds: ['aztu'],
    });
    const hidden = await postGraphQL(gatewayUrl, audit, { id: programId }, editor);
    expect(hidden.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(hidden.body.data?.talentAuditLog ?? null).toBeNull();
  });

  it("refuses mutations to anonymous callers and to other subgraphs' editors, writing nothing", async () => {
    const create = `mutation { createInternshipProgram(input: { title: "Refused through the gateway", levels: [MASTER] }) { id } }`;
    const count = async () =>
      (
        await postGraphQL(
          gatewayUrl,
          `{ internshipPrograms(filter: { search: "refused through the gateway" }) { totalCount } }`,
        )
      ).body.data.internshipPrograms.totalCount;
    const anonymous = await postGraphQL(gatewayUrl, create);
    expect(anonymous.status).toBeLessThan(500);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const roles of [['viewer'], ['editor:agreements'], ['registrar']] as Role[][]) {
      const refused = await postGraphQL(gatewayUrl, create, undefined, await bearer(roles, 'aztu'));
      expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(0);
  });

  it('answers talentStats over the seed through the gateway', async () => {
    // The BSU – Bayraktar memorandum: training run by both; internships the article places nowhere.
    const { body } = await postGraphQL(
      gatewayUrl,
      `{ talentStats(groupBy: HOST, filter: { agreementId: "mou-bsu-bayraktar-2025" }) { key label count } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.talentStats).toEqual([
      { key: 'bayraktar-technology-azerbaijan', label: 'bayraktar-technology-azerbaijan', count: 1 },
      { key: 'bsu', label: 'bsu', count: 1 },
      { key: null, label: 'Unknown host', count: 1 },
    ]);
  });

  it('answers only the gateway: a direct request to the talent subgraph is refused', async () => {
    const { status, body } = await postGraphQL(talentUrl, `{ theses { totalCount } }`);
    expect(status).toBe(403);
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers bad input with BAD_USER_INPUT naming the argument, never a 500', async () => {
    const { status, body } = await postGraphQL(
      gatewayUrl,
      `{ internshipPrograms(filter: { levels: [KINDERGARTEN] }) { totalCount } }`,
    );
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.levels' });
    const unknownHost = await postGraphQL(
      gatewayUrl,
      `mutation { createInternshipProgram(input: { title: "X", levels: [MASTER], hostId: "no-such-host" }) { id } }`,
      undefined,
      await bearer(['editor:talent']),
    );
    expect(unknownHost.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.hostId',
    });
  });
});
