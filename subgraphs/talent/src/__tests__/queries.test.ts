import { testDatabases } from '@partnership-graph/shared/testing';
import { openFixture, type TalentFixture } from './fixture';
import {
  insertInternshipProgram,
  insertInternships,
  insertStudent,
  insertTheses,
  insertThesisProgram,
  insertTrainingProgram,
} from './syntheticRecords';

const ids = (nodes: Array<{ id: string }> | undefined) => (nodes ?? []).map((n) => n.id);

describe.each(testDatabases())('talent subgraph queries on $label', (database) => {
  let fx: TalentFixture;
  beforeAll(async () => {
    fx = await openFixture(database);
    // Dated synthetic programmes for the date bounds (the seed has no dates).
    await insertTrainingProgram(
      fx.dataSource,
      { id: 'synthetic-dated-2024', startsOn: '2024-09-01', endsOn: '2025-06-30', status: 'CLOSED' },
      ['synthetic-provider'],
    );
    await insertTrainingProgram(
      fx.dataSource,
      { id: 'synthetic-dated-2026', startsOn: '2026-02', endsOn: null, status: 'OPEN' },
      ['synthetic-provider'],
    );
    await insertTrainingProgram(
      fx.dataSource,
      { id: 'synthetic-dated-year', startsOn: '2025', endsOn: '2025', status: 'OPEN' },
      ['synthetic-provider'],
    );
    // Theses for the theses filters and Person.supervisedTheses.
    await insertThesisProgram(fx.dataSource, {
      id: 'synthetic-thesis-program',
      universityId: 'aztu',
      industryPartnerId: 'azeraluminium',
      agreementId: 'synthetic-agreement',
    });
    await insertStudent(fx.dataSource, { id: 'synthetic-student-1', universityId: 'aztu' });
    await insertStudent(fx.dataSource, { id: 'synthetic-student-2', universityId: 'aztu' });
    await insertTheses(fx.dataSource, 'synthetic-thesis-program', [
      {
        studentId: 'synthetic-student-1',
        status: 'IN_PROGRESS',
        title: 'Anode effects in aluminium electrolysis',
        year: 2025,
        level: 'MASTER',
        academic: 'vilayat-valiyev',
        industry: 'jamil-safarov',
      },
      {
        studentId: 'synthetic-student-2',
        status: 'PROPOSED',
        title: 'Energy use of the Ganja smelter',
        year: 2026,
        level: 'BACHELOR',
        academic: 'yadullah-babayev',
        industry: 'jamil-safarov',
      },
    ]);
  });
  afterAll(() => fx.close());

  describe('internship programmes', () => {
    it('returns a seeded programme with its institutions, agreement, status and sources', async () => {
      const { data, errors } = await fx.query(`{
        internshipProgram(id: "aztu-ganja-aluminium-complex-internships") {
          id title levels areas seats startsOn endsOn status version
          host { id } universities { id } agreement { id }
          sources { id language quote publishedOn }
        }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.internshipProgram).toMatchObject({
        levels: ['BACHELOR', 'MASTER'],
        areas: [],
        seats: null,
        startsOn: null,
        endsOn: null,
        status: 'ANNOUNCED',
        version: 1,
        host: { id: 'ganja-aluminium-complex' },
        universities: [{ id: 'aztu' }],
        agreement: { id: 'aztu-aic-cooperation' },
      });
      expect(data?.internshipProgram.sources).toEqual([
        expect.objectContaining({
          id: 'src-aic-three-years',
          language: 'en',
          quote: expect.stringContaining('internships for bachelor and master students of AzTU'),
        }),
      ]);
    });

    it('is null for an unknown id', async () => {
      const { data, errors } = await fx.query(`{ internshipProgram(id: "no-such-program") { id } }`);
      expect(errors).toBeUndefined();
      expect(data?.internshipProgram).toBeNull();
    });

    it.each([
      ['institutionId (as university)', '{ institutionId: "aztu" }', ['aztu-ganja-aluminium-complex-internships']],
      [
        'institutionId (as host)',
        '{ institutionId: "ganja-aluminium-complex" }',
        ['aztu-ganja-aluminium-complex-internships'],
      ],
      // The article does not say where the BSU internship places are, so Bayraktar hosts none.
      ['institutionId (no programme hosted)', '{ institutionId: "bayraktar-technology-azerbaijan" }', []],
      [
        'agreementId',
        '{ agreementId: "mou-innovation-center-bayraktar-2025" }',
        ['innovation-center-bayraktar-internships'],
      ],
      ['levels', '{ levels: [MASTER, PHD] }', ['aztu-ganja-aluminium-complex-internships']],
      ['statuses', '{ statuses: [OPEN, CLOSED] }', []],
      ['search in Azerbaijani', '{ search: "Azərişıq" }', ['azerishiq-internships']],
      ['search transliterated', '{ search: "AZERISHIQ" }', ['azerishiq-internships']],
      [
        'search by a related institution',
        '{ search: "ganja aluminium" }',
        ['aztu-ganja-aluminium-complex-internships'],
      ],
      ['search by acronym in the title', '{ search: "bsu" }', ['bsu-bayraktar-internships']],
      [
        'several conditions',
        '{ institutionId: "aztu", levels: [BACHELOR], statuses: [ANNOUNCED] }',
        ['aztu-ganja-aluminium-complex-internships'],
      ],
      ['SQL metacharacters as plain text', `{ search: "' OR 1=1 --" }`, []],
    ])('filters by %s', async (_case, filter, expected) => {
      const { data, errors } = await fx.query(
        `{ internshipPrograms(filter: ${filter}, first: 100) { totalCount nodes { id } } }`,
      );
      expect(errors).toBeUndefined();
      expect(ids(data?.internshipPrograms.nodes).sort()).toEqual([...expected].sort());
      expect(data?.internshipPrograms.totalCount).toBe(expected.length);
    });

    it('pages through every programme without gaps or repeats', async () => {
      const all = await fx.query(`{ internshipPrograms(first: 100) { totalCount nodes { id } } }`);
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const page: any = await fx.query(
          `query($after: String) { internshipPrograms(first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        seen.push(...page.data.internshipPrograms.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!page.data.internshipPrograms.pageInfo.hasNextPage) break;
        after = page.data.internshipPrograms.pageInfo.endCursor;
      }
      expect(seen).toEqual(ids(all.data?.internshipPrograms.nodes));
      expect(seen).toHaveLength(all.data?.internshipPrograms.totalCount);
    });
  });

  describe('thesis programmes and theses', () => {
    it('returns the industry-based theses programme of AzTU and the Ganja complex', async () => {
      const { data, errors } = await fx.query(`{
        thesisProgram(id: "aztu-ganja-aluminium-complex-industry-theses") {
          levels status university { id } industryPartner { id } agreement { id }
          theses { totalCount } stats { registered defended defenseRate } sources { id }
        }
        byPartner: thesisPrograms(filter: { institutionId: "ganja-aluminium-complex" }) { nodes { id } }
        phd: thesisPrograms(filter: { levels: [PHD] }) { totalCount }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.thesisProgram).toEqual({
        levels: ['BACHELOR', 'MASTER'],
        status: 'ANNOUNCED',
        university: { id: 'aztu' },
        industryPartner: { id: 'ganja-aluminium-complex' },
        agreement: { id: 'aztu-aic-cooperation' },
        theses: { totalCount: 0 },
        stats: { registered: 0, defended: 0, defenseRate: null },
        sources: [{ id: 'src-aic-three-years' }],
      });
      expect(ids(data?.byPartner.nodes)).toEqual(['aztu-ganja-aluminium-complex-industry-theses']);
      expect(data?.phd.totalCount).toBe(0);
    });

    it.each([
      ['search', '{ search: "ANODE" }', ['Anode effects in aluminium electrolysis']],
      [
        'programId',
        '{ programId: "synthetic-thesis-program" }',
        ['Anode effects in aluminium electrolysis', 'Energy use of the Ganja smelter'],
      ],
      [
        'institutionId (industry partner)',
        '{ institutionId: "azeraluminium" }',
        ['Anode effects in aluminium electrolysis', 'Energy use of the Ganja smelter'],
      ],
      [
        'agreementId',
        '{ agreementId: "synthetic-agreement" }',
        ['Anode effects in aluminium electrolysis', 'Energy use of the Ganja smelter'],
      ],
      ['supervisorId', '{ supervisorId: "yadullah-babayev" }', ['Energy use of the Ganja smelter']],
      ['levels', '{ levels: [MASTER] }', ['Anode effects in aluminium electrolysis']],
      ['statuses', '{ statuses: [PROPOSED] }', ['Energy use of the Ganja smelter']],
      ['years', '{ yearFrom: 2026, yearTo: 2026 }', ['Energy use of the Ganja smelter']],
      ['an institution with no theses', '{ institutionId: "bsu" }', []],
    ])('filters theses by %s', async (_case, filter, expected) => {
      const { data, errors } = await fx.query(
        `{ theses(filter: ${filter}) { totalCount nodes { title program { id } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data?.theses.nodes.map((n: { title: string }) => n.title)).toEqual(expected);
      expect(data?.theses.totalCount).toBe(expected.length);
    });
  });

  describe('training programmes', () => {
    it.each([
      [
        'kinds',
        '{ kinds: [VOCATIONAL, SECONDARY_SPECIAL], statuses: [ANNOUNCED] }',
        [
          'ganja-aluminium-complex-secondary-special-education',
          'ganja-aluminium-complex-technical-vocational-education',
        ],
      ],
      [
        'provider',
        '{ institutionId: "bayraktar-technology-azerbaijan" }',
        ['bsu-bayraktar-training-programmes', 'innovation-center-bayraktar-professional-development'],
      ],
      ['agreement', '{ agreementId: "azerishiq-university-cooperation" }', ['azerishiq-personnel-training']],
      [
        'kind of the Bayraktar memorandum',
        '{ kinds: [PROFESSIONAL_DEVELOPMENT] }',
        ['innovation-center-bayraktar-professional-development'],
      ],
      // Date bounds are inclusive and respect partial dates; undated programmes never match.
      [
        'from (an open end counts as running)',
        '{ from: "2025-07-01" }',
        ['synthetic-dated-2026', 'synthetic-dated-year'],
      ],
      [
        'from a whole year',
        '{ from: "2025" }',
        ['synthetic-dated-2024', 'synthetic-dated-2026', 'synthetic-dated-year'],
      ],
      ['to', '{ to: "2025-12-31" }', ['synthetic-dated-2024', 'synthetic-dated-year']],
      ['to a month', '{ to: "2026-02" }', ['synthetic-dated-2024', 'synthetic-dated-2026', 'synthetic-dated-year']],
      [
        'from and to on one day',
        '{ from: "2025-06-30", to: "2025-06-30" }',
        ['synthetic-dated-2024', 'synthetic-dated-year'],
      ],
      ['the day after', '{ from: "2025-07-01", to: "2025-07-01" }', ['synthetic-dated-year']],
    ])('filters by %s', async (_case, filter, expected) => {
      const { data, errors } = await fx.query(
        `{ trainingPrograms(filter: ${filter}, first: 100) { totalCount nodes { id } } }`,
      );
      expect(errors).toBeUndefined();
      expect(ids(data?.trainingPrograms.nodes).sort()).toEqual([...expected].sort());
      expect(data?.trainingPrograms.totalCount).toBe(expected.length);
    });

    it('shows providers, kind and an empty funnel for a seeded programme', async () => {
      const { data } = await fx.query(`{
        trainingProgram(id: "ganja-aluminium-complex-technical-vocational-education") {
          kind audience seats status providers { id } agreement { id }
          enrollments { totalCount nodes { id } pageInfo { hasNextPage } }
          stats { seats seatsTaken seatsLeft enrolled completed withdrawn completionRate withdrawalRate }
        }
      }`);
      expect(data?.trainingProgram).toEqual({
        kind: 'VOCATIONAL',
        audience: null,
        seats: null,
        status: 'ANNOUNCED',
        providers: [{ id: 'ganja-aluminium-complex' }],
        agreement: { id: 'aztu-aic-cooperation' },
        enrollments: { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } },
        stats: {
          seats: null,
          seatsTaken: 0,
          seatsLeft: null,
          enrolled: 0,
          completed: 0,
          withdrawn: 0,
          completionRate: null,
          withdrawalRate: null,
        },
      });
    });
  });

  describe('stats and conversion rates', () => {
    it('count every status of a programme and derive the rates', async () => {
      await insertInternshipProgram(fx.dataSource, { id: 'synthetic-funnel', seats: 10 }, ['aztu']);
      const statuses = [
        'PLANNED',
        'ACTIVE',
        'ACTIVE',
        'COMPLETED',
        'COMPLETED',
        'HIRED',
        'HIRED',
        'HIRED',
        'WITHDRAWN',
      ];
      for (const [i] of statuses.entries())
        await insertStudent(fx.dataSource, { id: `synthetic-funnel-${i}`, universityId: 'aztu' });
      await insertInternships(
        fx.dataSource,
        'synthetic-funnel',
        statuses.map((status, i) => ({ studentId: `synthetic-funnel-${i}`, status })),
      );
      const { data, errors } = await fx.query(`{
        internshipProgram(id: "synthetic-funnel") {
          stats { seats seatsTaken seatsLeft enrolled planned active completed hired withdrawn completionRate hireRate withdrawalRate }
          all: internships { totalCount }
          hired: internships(statuses: [HIRED], first: 2) { totalCount nodes { status level } pageInfo { hasNextPage } }
        }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.internshipProgram.stats).toEqual({
        seats: 10,
        seatsTaken: 8,
        seatsLeft: 2,
        enrolled: 9,
        planned: 1,
        active: 2,
        completed: 5,
        hired: 3,
        withdrawn: 1,
        completionRate: 0.5556,
        hireRate: 0.6,
        withdrawalRate: 0.1111,
      });
      expect(data?.internshipProgram.all.totalCount).toBe(9);
      expect(data?.internshipProgram.hired).toEqual({
        totalCount: 3,
        nodes: [
          { status: 'HIRED', level: 'BACHELOR' },
          { status: 'HIRED', level: 'BACHELOR' },
        ],
        pageInfo: { hasNextPage: true },
      });
    });
  });

  describe('_entities (how the gateway resolves references)', () => {
    it('adds outcomes to an Agreement: its internship, thesis and training programmes with counts', async () => {
      const { data, errors } = await fx.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id outcomes {
          internshipPrograms { id levels host { id } universities { id } }
          thesisPrograms { id levels }
          trainingPrograms { id kind providers { id } }
          internshipProgramCount thesisProgramCount trainingProgramCount
        } } } }`,
        {
          r: [
            { __typename: 'Agreement', id: 'aztu-aic-cooperation' },
            { __typename: 'Agreement', id: 'an-agreement-with-no-programmes' },
          ],
        },
      );
      expect(errors).toBeUndefined();
      const [aic, none] = data?._entities ?? [];
      expect(aic.outcomes).toMatchObject({ internshipProgramCount: 1, thesisProgramCount: 1, trainingProgramCount: 2 });
      expect(aic.outcomes.internshipPrograms).toEqual([
        {
          id: 'aztu-ganja-aluminium-complex-internships',
          levels: ['BACHELOR', 'MASTER'],
          host: { id: 'ganja-aluminium-complex' },
          universities: [{ id: 'aztu' }],
        },
      ]);
      expect(aic.outcomes.thesisPrograms).toEqual([
        { id: 'aztu-ganja-aluminium-complex-industry-theses', levels: ['BACHELOR', 'MASTER'] },
      ]);
      expect(aic.outcomes.trainingPrograms.map((p: { kind: string }) => p.kind).sort()).toEqual([
        'SECONDARY_SPECIAL',
        'VOCATIONAL',
      ]);
      for (const p of aic.outcomes.trainingPrograms)
        expect(p.providers).toContainEqual({ id: 'ganja-aluminium-complex' });
      expect(none.outcomes).toEqual({
        internshipPrograms: [],
        thesisPrograms: [],
        trainingPrograms: [],
        internshipProgramCount: 0,
        thesisProgramCount: 0,
        trainingProgramCount: 0,
      });
    });

    it('adds programmes by role and a talent summary to an Institution', async () => {
      const { data, errors } = await fx.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id
          internshipPrograms { id } hosted: internshipPrograms(role: HOST) { id } sending: internshipPrograms(role: UNIVERSITY) { id }
          thesisPrograms { id } asPartner: thesisPrograms(role: INDUSTRY_PARTNER) { id }
          trainingPrograms { id }
          talentSummary {
            internshipProgramCount thesisProgramCount trainingProgramCount
            internships { enrolled completed hired completionRate hireRate }
            theses { registered inProgress defended defenseRate }
            trainings { enrolled completionRate }
          }
        } } }`,
        {
          r: [
            { __typename: 'Institution', id: 'ganja-aluminium-complex' },
            { __typename: 'Institution', id: 'aztu' },
          ],
        },
      );
      expect(errors).toBeUndefined();
      const [ganja, aztu] = data?._entities ?? [];
      expect(ids(ganja.hosted)).toEqual(['aztu-ganja-aluminium-complex-internships']);
      expect(ganja.sending).toEqual([]);
      expect(ids(ganja.asPartner)).toEqual(['aztu-ganja-aluminium-complex-industry-theses']);
      expect(ganja.trainingPrograms).toHaveLength(2);
      expect(ganja.talentSummary).toEqual({
        internshipProgramCount: 1,
        thesisProgramCount: 1,
        trainingProgramCount: 2,
        internships: { enrolled: 0, completed: 0, hired: 0, completionRate: null, hireRate: null },
        theses: { registered: 0, inProgress: 0, defended: 0, defenseRate: null },
        trainings: { enrolled: 0, completionRate: null },
      });
      // AzTU: the seeded programmes plus the synthetic ones of this suite (funnel and theses).
      expect(ids(aztu.sending).sort()).toEqual(['aztu-ganja-aluminium-complex-internships', 'synthetic-funnel']);
      expect(aztu.hosted).toEqual([]);
      expect(aztu.talentSummary.internshipProgramCount).toBe(2);
      expect(aztu.talentSummary.thesisProgramCount).toBe(2);
      // The documents name no provider beside the Ganja complex for the trainings: AzTU provides none.
      expect(aztu.talentSummary.trainingProgramCount).toBe(0);
      expect(aztu.talentSummary.internships).toEqual({
        enrolled: 9,
        completed: 5,
        hired: 3,
        completionRate: 0.5556,
        hireRate: 0.6,
      });
      expect(aztu.talentSummary.theses).toEqual({ registered: 2, inProgress: 1, defended: 0, defenseRate: 0 });
    });

    it('counts a programme once when an institution is both its host and its university', async () => {
      await insertInternshipProgram(fx.dataSource, { id: 'synthetic-self-hosted', hostId: 'synthetic-self' }, [
        'synthetic-self',
      ]);
      const { data } = await fx.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { internshipPrograms { id } talentSummary { internshipProgramCount } } } }`,
        { r: [{ __typename: 'Institution', id: 'synthetic-self' }] },
      );
      expect(data?._entities[0]).toEqual({
        internshipPrograms: [{ id: 'synthetic-self-hosted' }],
        talentSummary: { internshipProgramCount: 1 },
      });
    });

    it('adds the theses a Person supervises, by role', async () => {
      const { data, errors } = await fx.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id
          supervisedTheses { totalCount nodes { title academicSupervisor { id } industrySupervisor { id } } }
          asAcademic: supervisedTheses(role: ACADEMIC) { totalCount }
        } } }`,
        {
          r: [
            { __typename: 'Person', id: 'jamil-safarov' },
            { __typename: 'Person', id: 'vilayat-valiyev' },
            { __typename: 'Person', id: 'elchin-babayev' },
          ],
        },
      );
      expect(errors).toBeUndefined();
      const [safarov, valiyev, babayev] = data?._entities ?? [];
      expect(safarov.supervisedTheses.totalCount).toBe(2);
      expect(safarov.asAcademic.totalCount).toBe(0);
      for (const t of safarov.supervisedTheses.nodes) expect(t.industrySupervisor).toEqual({ id: 'jamil-safarov' });
      expect(valiyev.supervisedTheses.nodes).toEqual([
        {
          title: 'Anode effects in aluminium electrolysis',
          academicSupervisor: { id: 'vilayat-valiyev' },
          industrySupervisor: { id: 'jamil-safarov' },
        },
      ]);
      expect(valiyev.asAcademic.totalCount).toBe(1);
      expect(babayev.supervisedTheses).toEqual({ totalCount: 0, nodes: [] });
    });

    it('resolves its own entities by id, and unknown or malformed ids to null', async () => {
      const { data, errors } = await fx.query(
        `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on InternshipProgram { id status } ... on ThesisProgram { id } ... on TrainingProgram { id kind }
          ... on Student { id } ... on Thesis { id }
        } }`,
        {
          r: [
            { __typename: 'InternshipProgram', id: 'azerishiq-internships' },
            { __typename: 'ThesisProgram', id: 'aztu-ganja-aluminium-complex-industry-theses' },
            { __typename: 'TrainingProgram', id: 'azerishiq-personnel-training' },
            { __typename: 'Student', id: 'no-such-student' },
            { __typename: 'Thesis', id: "'; DROP TABLE theses; --" },
          ],
        },
      );
      expect(errors).toBeUndefined();
      expect(data?._entities).toEqual([
        { id: 'azerishiq-internships', status: 'ANNOUNCED' },
        { id: 'aztu-ganja-aluminium-complex-industry-theses' },
        { id: 'azerishiq-personnel-training', kind: 'PERSONNEL_TRAINING' },
        null,
        null,
      ]);
    });
  });

  describe('bad input', () => {
    it.each([
      ['first above the maximum', '{ internshipPrograms(first: 101) { totalCount } }', 'first'],
      ['negative first', '{ trainingPrograms(first: -1) { totalCount } }', 'first'],
      ['a malformed cursor', '{ thesisPrograms(after: "not a cursor!") { totalCount } }', 'after'],
      ['a malformed id', '{ internshipProgram(id: "../../etc/passwd") { id } }', 'id'],
      [
        'a malformed institutionId',
        '{ internshipPrograms(filter: { institutionId: "A B" }) { totalCount } }',
        'filter.institutionId',
      ],
      [
        'a malformed agreementId',
        '{ trainingPrograms(filter: { agreementId: "x;y" }) { totalCount } }',
        'filter.agreementId',
      ],
      ['an oversized search', `{ theses(filter: { search: "${'x'.repeat(201)}" }) { totalCount } }`, 'filter.search'],
      [
        'dates out of order',
        '{ trainingPrograms(filter: { from: "2026", to: "2025-12-31" }) { totalCount } }',
        'filter.to',
      ],
      ['years out of order', '{ theses(filter: { yearFrom: 2026, yearTo: 2025 }) { totalCount } }', 'filter.yearTo'],
      ['an impossible year', '{ theses(filter: { yearFrom: 25 }) { totalCount } }', 'filter.yearFrom'],
      [
        'first above the maximum on a nested connection',
        '{ internshipProgram(id: "azerishiq-internships") { internships(first: 500) { totalCount } } }',
        'first',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, query, argument) => {
      const { errors } = await fx.query(query);
      expect(errors).toHaveLength(1);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(errors?.[0].message).not.toMatch(/SELECT|sqlite|mysql|at .*\.ts/i);
    });

    it('refuses an unknown enum value and a malformed date at validation', async () => {
      for (const query of [
        '{ internshipPrograms(filter: { levels: [KINDERGARTEN] }) { totalCount } }',
        '{ trainingPrograms(filter: { from: "yesterday" }) { totalCount } }',
      ]) {
        const { data, errors } = await fx.query(query);
        expect(data ?? null).toBeNull();
        expect(errors?.[0].extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
      }
    });
  });
});
