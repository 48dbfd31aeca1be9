import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import {
  dropMysqlDatabase,
  mintToken,
  readAuthConfig,
  repositoryRoot,
  SUBGRAPH_SECRET_HEADER,
  type Role,
} from '@partnership-graph/shared';
import { postGraphQL, startService, testDatabases, type RunningService } from '@partnership-graph/shared/testing';

/**
 * Through the gateway, as clients see it: the institutions subgraph, this subgraph
 * and the gateway as their own processes on free ports, over a supergraph composed
 * from the two schemas (so this test does not depend on other teams' subgraphs).
 */
function composeInstitutionsAndAgreements(file: string): void {
  const services = ['institutions', 'agreements'].map((name) => ({
    name,
    typeDefs: parse(fs.readFileSync(path.join(repositoryRoot, 'subgraphs', name, 'schema.graphql'), 'utf8')),
    url: 'http://127.0.0.1:9/',
  }));
  const result = composeServices(services);
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`composition failed: ${(result.errors ?? []).map((e) => e.message).join('\n')}`);
  }
  fs.writeFileSync(file, result.supergraphSdl);
}

/** An `Authorization` header with a locally minted token (the services run on the development secret). */
async function bearer(sub: string, roles: Role[]): Promise<Record<string, string>> {
  const secret = readAuthConfig().jwtSecret;
  if (!secret) throw new Error('no JWT secret configured for the test');
  return { authorization: `Bearer ${await mintToken(secret, { sub, roles })}` };
}

describe.each(testDatabases())('the agreements subgraph through the gateway on $label', ({ label }) => {
  const services: RunningService[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  let gateway: string;
  let agreementsUrl: string;
  let editor: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    editor = await bearer('editor-aysel', ['editor:agreements']);
    admin = await bearer('admin-murad', ['admin']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-agreements-e2e-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const supergraph = path.join(dir, 'supergraph.graphql');
    composeInstitutionsAndAgreements(supergraph);
    const env: Record<string, string> = {
      SEED_ON_START: '1',
      INSTITUTIONS_PORT: '0',
      AGREEMENTS_PORT: '0',
      MYSQL_URL: '',
    };
    if (label === 'mysql') {
      const server = new URL(process.env.MYSQL_URL as string);
      server.pathname = '/';
      for (const name of ['institutions', 'agreements']) {
        const database = `test_e2e_agr_${name}_${process.pid}`;
        env[`${name.toUpperCase()}_MYSQL_URL`] = `${server.toString()}${database}`;
        cleanups.push(() => dropMysqlDatabase(server.toString(), database));
      }
    } else {
      env.SQLITE_DIR = dir;
      env.INSTITUTIONS_MYSQL_URL = '';
      env.AGREEMENTS_MYSQL_URL = '';
    }
    const institutions = await startService({ dir: 'subgraphs/institutions', name: 'institutions', env });
    services.push(institutions);
    const agreements = await startService({
      dir: 'subgraphs/agreements',
      name: 'agreements',
      env: { ...env, INSTITUTIONS_URL: institutions.url },
    });
    services.push(agreements);
    agreementsUrl = agreements.url;
    const gw = await startService({
      dir: 'gateway',
      name: 'gateway',
      env: {
        GATEWAY_PORT: '0',
        SUPERGRAPH_PATH: supergraph,
        INSTITUTIONS_URL: institutions.url,
        AGREEMENTS_URL: agreements.url,
      },
    });
    services.push(gw);
    gateway = gw.url;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    for (const cleanup of cleanups) await cleanup();
  });

  it("shows Bayraktar Technology Azerbaijan's agreements with both counterparts and all four signatories", async () => {
    const { status, body } = await postGraphQL(
      gateway,
      `{
        institution(id: "bayraktar-technology-azerbaijan") {
          name
          agreements {
            totalCount
            nodes {
              id kind status signedOn
              parties { role institution { id name acronym } signatory { id name positions { title institution { id } } } }
              sources { title language quote }
            }
          }
          partners { institution { name } agreementCount }
        }
      }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const bayraktar = body.data.institution;
    expect(bayraktar.name).toBe('Bayraktar Technology Azerbaijan LLC');
    expect(bayraktar.agreements.totalCount).toBe(2);
    const [innovation, bsu] = bayraktar.agreements.nodes;
    expect(innovation).toMatchObject({
      id: 'mou-innovation-center-bayraktar-2025',
      signedOn: '2025-07-04',
      status: 'SIGNED',
    });
    expect(bsu).toMatchObject({ id: 'mou-bsu-bayraktar-2025', signedOn: null, status: 'SIGNED' });
    expect(innovation.parties.map((p: any) => p.institution.name)).toEqual([
      'Innovation Center',
      'Bayraktar Technology Azerbaijan LLC',
    ]);
    expect(bsu.parties.map((p: any) => p.institution.acronym)).toEqual(['BSU', null]);
    const signatures = bayraktar.agreements.nodes.flatMap((a: any) => a.parties.map((p: any) => p.signatory));
    expect(signatures.map((s: any) => s.name)).toEqual([
      'Vusal Rustamov',
      'Huseyin Topuz',
      'Elchin Babayev',
      'Huseyin Topuz',
    ]);
    expect(signatures[0].positions).toContainEqual({
      title: 'Direktor',
      institution: { id: 'innovation-center-sapssi' },
    });
    expect(signatures[2].positions).toContainEqual({ title: 'Rektor', institution: { id: 'bsu' } });
    for (const a of bayraktar.agreements.nodes)
      expect(a.sources).toEqual([expect.objectContaining({ language: 'de' })]);
    expect(bayraktar.partners.map((p: any) => p.institution.name).sort()).toEqual([
      'Baku State University',
      'Innovation Center',
    ]);
  });

  it('shows the events of 15 May 2025 with organisers, partners and speakers with their institutions', async () => {
    const { body } = await postGraphQL(
      gateway,
      `{
        events(filter: { from: "2025-05-15", to: "2025-05-15" }) {
          totalCount
          nodes {
            title kind attendance
            organizers { name acronym }
            partners { name }
            speakers { person { name } institution { name } role }
            sources { title language publishedOn }
          }
        }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.events.totalCount).toBe(1);
    const forum = body.data.events.nodes[0];
    expect(forum.organizers).toEqual([{ name: 'Azerbaijan Technical University', acronym: 'AzTU' }]);
    expect(forum.partners.map((p: any) => p.name)).toEqual([
      'Turkey-Azerbaijan University',
      'Small and Medium Business Development Agency',
      'National Confederation of Entrepreneurs (Employers) Organizations of the Republic of Azerbaijan',
      'Caspian Energy Club',
    ]);
    expect(forum.speakers).toHaveLength(13);
    expect(forum.speakers[0]).toEqual({
      person: { name: 'Vilayat Valiyev' },
      institution: { name: 'Azerbaijan Technical University' },
      role: 'Rector',
    });
    expect(forum.speakers).toContainEqual({
      person: { name: 'Mesut Guner' },
      institution: { name: 'TUBITAK' },
      role: 'Deputy Chairman',
    });
    for (const speaker of forum.speakers) expect(speaker.institution?.name).toMatch(/\S/);
    expect(forum.sources).toEqual([expect.objectContaining({ language: 'en', publishedOn: '2025-05-15' })]);
  });

  it('shows the sources of every seeded agreement and event', async () => {
    const { body } = await postGraphQL(
      gateway,
      `{ agreements(first: 100) { nodes { id sources { title language quote } } } events(first: 100) { nodes { id sources { title language quote } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const records = [...body.data.agreements.nodes, ...body.data.events.nodes];
    expect(records.map((r: any) => r.id).sort()).toEqual([
      'alliance-online-conference-2020-11-27',
      'azerishiq-university-cooperation',
      'aztu-aic-cooperation',
      'aztu-forum-2025-05-15',
      'mou-bsu-bayraktar-2025',
      'mou-innovation-center-bayraktar-2025',
    ]);
    for (const r of records) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources)
        expect(s).toMatchObject({
          title: expect.stringMatching(/\S/),
          language: expect.stringMatching(/^[a-z]{2}$/),
          quote: expect.stringMatching(/\S/),
        });
    }
    expect(new Set(records.flatMap((r: any) => r.sources.map((s: any) => s.language)))).toEqual(
      new Set(['en', 'de', 'az']),
    );
  });

  it("joins people to what they signed and where they spoke, and events to organisers' names", async () => {
    const { body } = await postGraphQL(
      gateway,
      `{
        topuz: person(id: "huseyin-topuz") { name signedAgreements { id parties { institution { name } } } }
        babanli: person(id: "mustafa-babanli") { eventRoles { role institution { acronym } event { title online organizers { name } } } }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.topuz.signedAgreements.map((a: any) => a.id)).toEqual([
      'mou-innovation-center-bayraktar-2025',
      'mou-bsu-bayraktar-2025',
    ]);
    expect(body.data.babanli.eventRoles).toEqual([
      {
        role: 'Rector',
        institution: { acronym: 'ASOIU' },
        event: {
          title: 'International cooperation in the post-epidemic period and a new approach to exchange',
          online: true,
          organizers: [{ name: 'Strategic Alliance of Higher Education Institutions' }, { name: 'Lanzhou University' }],
        },
      },
    ]);
  });

  it('answers statistics, the partnership network and paths with institutions resolved by the institutions subgraph', async () => {
    const { body } = await postGraphQL(
      gateway,
      `{
        byKind: agreementStats(groupBy: KIND) { key label count }
        byYear: eventStats(groupBy: YEAR) { key count }
        partnershipNetwork(filter: { kinds: [MEMORANDUM_OF_UNDERSTANDING] }) {
          nodes { id acronym }
          edges { source { name } target { name } weight firstSignedOn agreements { signedOn } }
        }
        partnershipPath(from: "innovation-center-sapssi", to: "bsu") { length institutions { name } agreements { id } }
        none: partnershipPath(from: "aztu", to: "bsu") { length }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.byKind[0]).toEqual({
      key: 'MEMORANDUM_OF_UNDERSTANDING',
      label: 'Memorandum of understanding',
      count: 2,
    });
    // (Before the writes below, which add records.)
    expect(body.data.byYear).toEqual([
      { key: '2020', count: 1 },
      { key: '2025', count: 1 },
    ]);
    expect(body.data.partnershipNetwork.nodes).toEqual([
      { id: 'bayraktar-technology-azerbaijan', acronym: null },
      { id: 'bsu', acronym: 'BSU' },
      { id: 'innovation-center-sapssi', acronym: null },
    ]);
    expect(body.data.partnershipNetwork.edges).toEqual([
      {
        source: { name: 'Bayraktar Technology Azerbaijan LLC' },
        target: { name: 'Baku State University' },
        weight: 1,
        firstSignedOn: null,
        agreements: [{ signedOn: null }],
      },
      {
        source: { name: 'Bayraktar Technology Azerbaijan LLC' },
        target: { name: 'Innovation Center' },
        weight: 1,
        firstSignedOn: '2025-07-04',
        agreements: [{ signedOn: '2025-07-04' }],
      },
    ]);
    expect(body.data.partnershipPath).toEqual({
      length: 2,
      institutions: [
        { name: 'Innovation Center' },
        { name: 'Bayraktar Technology Azerbaijan LLC' },
        { name: 'Baku State University' },
      ],
      agreements: [{ id: 'mou-innovation-center-bayraktar-2025' }, { id: 'mou-bsu-bayraktar-2025' }],
    });
    expect(body.data.none).toBeNull();
  });

  it('records an agreement through the gateway, checking its parties against the institutions subgraph', async () => {
    const create = `mutation($input: CreateAgreementInput!) {
      createAgreement(input: $input) { id version parties { institution { name } signatory { name } } }
    }`;
    const input = {
      title: 'Cooperation between ASOIU and Lanzhou University',
      kind: 'COOPERATION_AGREEMENT',
      parties: [
        { institutionId: 'asoiu', role: 'PARTY', signatoryId: 'mustafa-babanli' },
        { institutionId: 'lanzhou-university', role: 'PARTY' },
      ],
    };
    const created = await postGraphQL(gateway, create, { input }, editor);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createAgreement).toMatchObject({
      version: 1,
      parties: [
        {
          institution: { name: 'Azerbaijan State Oil and Industry University' },
          signatory: { name: 'Mustafa Babanli' },
        },
        { institution: { name: 'Lanzhou University' }, signatory: null },
      ],
    });
    const refused = await postGraphQL(
      gateway,
      create,
      { input: { ...input, parties: [{ institutionId: 'asoiu' }, { institutionId: 'no-such-university' }] } },
      editor,
    );
    expect(refused.status).toBeLessThan(500);
    expect(refused.body.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.parties[1].institutionId',
    });
    expect(refused.body.errors?.[0].message).toContain('no-such-university');
    const { body } = await postGraphQL(
      gateway,
      `{ institution(id: "lanzhou-university") { agreements { totalCount } } }`,
    );
    expect(body.data.institution.agreements.totalCount).toBe(1);
  });

  it.each([
    ['an unknown enum value', '{ agreements(filter: { kinds: [TREATY] }) { totalCount } }', 'filter.kinds'],
    ['a malformed date', '{ events(filter: { from: "2025-13-40" }) { totalCount } }', 'filter.from'],
    ['a word for a date', '{ agreements(filter: { signedTo: "yesterday" }) { totalCount } }', 'filter.signedTo'],
    ['first above the maximum', '{ agreements(first: 1000) { totalCount } }', 'first'],
    [
      'an empty title',
      'mutation { createAgreement(input: { title: " ", kind: CONTRACT, parties: [{ institutionId: "aztu" }] }) { id } }',
      'input.title',
    ],
  ])('answers %s with BAD_USER_INPUT naming the argument, never a 500', async (_case, query, argument) => {
    const { status, body } = await postGraphQL(gateway, query, undefined, editor);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|SELECT |sqlite|\bER_|\.ts:/i);
  });

  it.each([
    ['an impossible date', { signedOn: '2025-13-40' }, 'input.signedOn'],
    ['a word for a date', { validFrom: 'yesterday' }, 'input.validFrom'],
    ['an unknown kind', { kind: 'TREATY' }, 'input.kind'],
    ['an oversized title', { title: 'x'.repeat(301) }, 'input.title'],
    ['duplicate parties', { parties: [{ institutionId: 'aztu' }, { institutionId: 'aztu' }] }, 'input.parties'],
  ])(
    'answers %s in variables with BAD_USER_INPUT naming the field, writing nothing',
    async (_case, overrides, field) => {
      const count = async () =>
        (await postGraphQL(gateway, '{ agreements { totalCount } }')).body.data.agreements.totalCount;
      const before = await count();
      const { status, body } = await postGraphQL(
        gateway,
        'mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }',
        { input: { title: 'A memorandum', kind: 'CONTRACT', parties: [{ institutionId: 'aztu' }], ...overrides } },
        editor,
      );
      expect(status).toBeLessThan(500);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      // Checks in resolvers name the field in `argumentName`. The gateway checks enum values
      // in variables itself, and relays the subgraph's HTTP 400 refusal of a Date in a
      // variable with its message: those name the path in the message.
      if (body.errors?.[0].extensions?.argumentName) expect(body.errors[0].extensions.argumentName).toBe(field);
      else expect(body.errors?.[0].message).toContain(`at "${field}"`);
      if ('signedOn' in overrides || 'validFrom' in overrides)
        expect(body.errors?.[0].message).toMatch(new RegExp(`^Invalid value for "${field}"`));
      expect(await count()).toBe(before);
    },
  );

  it('lets only editors of agreements and admins write, and shows the audit log to admins only', async () => {
    const create = `mutation { createEvent(input: { title: "Seminar on technology transfer", kind: SEMINAR, organizerIds: ["aztu"] }) { id version organizers { name } } }`;
    const count = async () => (await postGraphQL(gateway, '{ events { totalCount } }')).body.data.events.totalCount;
    const before = await count();
    const refusals: Array<[Record<string, string>, string]> = [
      [{}, 'UNAUTHENTICATED'],
      [await bearer('viewer-leyla', ['viewer']), 'FORBIDDEN'],
      [await bearer('editor-nigar', ['editor:talent']), 'FORBIDDEN'],
    ];
    for (const [headers, code] of refusals) {
      const { status, body } = await postGraphQL(gateway, create, undefined, headers);
      expect(status).toBeLessThan(500);
      expect(body.errors?.[0].extensions?.code).toBe(code);
      expect(body.errors?.[0].message).toContain('editor:agreements or admin');
      expect(body.data?.createEvent ?? null).toBeNull();
    }
    expect(await count()).toBe(before);

    const created = await postGraphQL(gateway, create, undefined, editor);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createEvent).toMatchObject({
      version: 1,
      organizers: [{ name: 'Azerbaijan Technical University' }],
    });
    expect(await count()).toBe(before + 1);

    const log = `query($id: ID!) { auditLog(entityId: $id) { totalCount nodes { action actor entityType before after } } }`;
    const id = created.body.data.createEvent.id;
    const seen = await postGraphQL(gateway, log, { id }, admin);
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data.auditLog.totalCount).toBe(1);
    expect(seen.body.data.auditLog.nodes[0]).toMatchObject({
      action: 'CREATE',
      actor: 'editor-aysel',
      entityType: 'Event',
      before: null,
    });
    expect(JSON.parse(seen.body.data.auditLog.nodes[0].after)).toMatchObject({ id, organizerIds: ['aztu'] });
    for (const [headers, code] of [
      [editor, 'FORBIDDEN'],
      [{}, 'UNAUTHENTICATED'],
    ] as const) {
      const hidden = await postGraphQL(gateway, log, { id }, headers);
      expect(hidden.body.errors?.[0].extensions?.code).toBe(code);
      expect(hidden.body.data?.auditLog ?? null).toBeNull();
    }
    const forged = await postGraphQL(gateway, create, undefined, { authorization: `${editor.authorization}x` });
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before + 1);
  });

  it.each([
    ['an unknown groupBy', '{ agreementStats(groupBy: PARTY_COLOUR) { key } }', 'groupBy'],
    ['a malformed path end', '{ partnershipPath(from: "Innovation Center", to: "bsu") { length } }', 'from'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, query, argument) => {
    const { status, body } = await postGraphQL(gateway, query);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });

  it('refuses a malformed Date in a variable with HTTP 400 itself, which the gateway relays as BAD_USER_INPUT naming the field', async () => {
    const query =
      'mutation($on: Date) { transitionAgreement(id: "aztu-aic-cooperation", expectedVersion: 1, to: SIGNED, on: $on) { id } }';
    const direct = await postGraphQL(
      agreementsUrl,
      query,
      { on: '2025-02-30' },
      { ...editor, [SUBGRAPH_SECRET_HEADER]: readAuthConfig().subgraphSecret },
    );
    expect(direct.status).toBe(400);
    expect(direct.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'on' });
    const relayed = await postGraphQL(gateway, query, { on: '2025-02-30' }, editor);
    expect(relayed.status).toBe(200);
    expect(relayed.body.data?.transitionAgreement ?? null).toBeNull();
    expect(relayed.body.errors).toHaveLength(1);
    expect(relayed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(relayed.body.errors?.[0].message).toMatch(/^Invalid value for "on": .*2025-02-30/);
    const { body } = await postGraphQL(gateway, '{ agreement(id: "aztu-aic-cooperation") { status version } }');
    expect(body.data.agreement).toEqual({ status: 'ANNOUNCED', version: 1 });
  });

  it('reports health and readiness, and answers GraphQL only to the gateway', async () => {
    expect((await fetch(new URL('/health/live', agreementsUrl))).status).toBe(200);
    expect((await fetch(new URL('/health/ready', agreementsUrl))).status).toBe(200);
    const direct = await postGraphQL(agreementsUrl, '{ agreements { totalCount } }');
    expect(direct.status).toBe(403);
    expect(direct.body.data).toBeUndefined();
  });
});
