import { testDatabases } from '@partnership-graph/shared/testing';
import { openFixture, type AgreementsFixture } from './fixture';

const ids = (nodes: Array<{ id: string }> | undefined) => (nodes ?? []).map((n) => n.id);

describe.each(testDatabases())('agreements subgraph on $label', (database) => {
  let fx: AgreementsFixture;
  beforeAll(async () => {
    fx = await openFixture(database);
  });
  afterAll(() => fx.close());

  describe('agreement(id)', () => {
    it('shows the Innovation Center memorandum with its date, signatories, areas, commitments and source', async () => {
      const { data, errors } = await fx.query(`{
        agreement(id: "mou-innovation-center-bayraktar-2025") {
          id title titleIsDescriptive kind status signedOn validFrom validUntil version areas
          parties { institution { id } role signatory { id } }
          commitments { kind description }
          sources { id language quote publishedOn }
        }
      }`);
      expect(errors).toBeUndefined();
      const a = data?.agreement;
      expect(a).toMatchObject({
        kind: 'MEMORANDUM_OF_UNDERSTANDING',
        status: 'SIGNED',
        signedOn: '2025-07-04',
        validFrom: null,
        validUntil: null,
        titleIsDescriptive: true,
        version: 1,
        areas: ['science', 'innovation', 'artificial intelligence'],
      });
      expect(a.parties).toEqual([
        {
          institution: { id: 'innovation-center-sapssi' },
          role: 'SIGNATORY_PARTY',
          signatory: { id: 'vusal-rustamov' },
        },
        {
          institution: { id: 'bayraktar-technology-azerbaijan' },
          role: 'SIGNATORY_PARTY',
          signatory: { id: 'huseyin-topuz' },
        },
      ]);
      expect(a.commitments.map((c: { kind: string }) => c.kind)).toEqual([
        'INTERNSHIPS',
        'JOINT_RESEARCH',
        'PROFESSIONAL_DEVELOPMENT',
        'TRAINING',
        'STARTUP_SUPPORT',
        'DEMO_DAYS',
      ]);
      expect(a.sources).toHaveLength(1);
      expect(a.sources[0]).toMatchObject({ id: 'src-bayraktar-memoranda-2025', language: 'de', publishedOn: null });
      expect(a.sources[0].quote).toContain('am 4. Juli 2025 offiziell wurde');
    });

    it('leaves the undated BSU memorandum undated but signed, with its four commitments', async () => {
      const { data } = await fx.query(`{
        agreement(id: "mou-bsu-bayraktar-2025") { status signedOn areas parties { institution { id } signatory { id } } commitments { kind description } }
      }`);
      expect(data?.agreement).toMatchObject({ status: 'SIGNED', signedOn: null });
      expect(data?.agreement.areas).toEqual([
        'computer engineering',
        'nanotechnology',
        'information technology',
        'artificial intelligence',
        'chemical engineering',
      ]);
      expect(data?.agreement.parties).toEqual([
        { institution: { id: 'bsu' }, signatory: { id: 'elchin-babayev' } },
        { institution: { id: 'bayraktar-technology-azerbaijan' }, signatory: { id: 'huseyin-topuz' } },
      ]);
      expect(data?.agreement.commitments.map((c: { kind: string }) => c.kind)).toEqual([
        'JOINT_RESEARCH',
        'TRAINING',
        'INTERNSHIPS',
        'EMPLOYMENT',
      ]);
    });

    it('records the AzTU cooperation as announced, with the parties the document names', async () => {
      const { data } = await fx.query(`{
        agreement(id: "aztu-aic-cooperation") { kind status signedOn parties { institution { id } role signatory { id } } commitments { kind } sources { id language } }
      }`);
      expect(data?.agreement).toMatchObject({ kind: 'COOPERATION_AGREEMENT', status: 'ANNOUNCED', signedOn: null });
      expect(data?.agreement.parties).toEqual([
        { institution: { id: 'aztu' }, role: 'PARTY', signatory: null },
        { institution: { id: 'ganja-aluminium-complex' }, role: 'PARTY', signatory: null },
        { institution: { id: 'azerbaijan-industrial-corporation' }, role: 'ANNOUNCER', signatory: null },
      ]);
      expect(data?.agreement.commitments.map((c: { kind: string }) => c.kind)).toEqual([
        'EDUCATIONAL_BRANCH',
        'RESEARCH_CENTER',
        'LABORATORY',
        'INTERNSHIPS',
        'INDUSTRY_THESES',
        'JOINT_RESEARCH',
        'VOCATIONAL_EDUCATION',
      ]);
      expect(data?.agreement.sources).toEqual([{ id: 'src-aic-three-years', language: 'en' }]);
    });

    it('keeps the Azərişıq programme in Azerbaijani, with only the party it names', async () => {
      const { data } = await fx.query(`{
        agreement(id: "azerishiq-university-cooperation") { kind status parties { institution { id } } commitments { kind description } sources { language } }
      }`);
      expect(data?.agreement).toMatchObject({
        kind: 'COOPERATION_PROGRAM',
        parties: [{ institution: { id: 'azerishiq' } }],
      });
      expect(data?.agreement.commitments).toHaveLength(5);
      expect(data?.agreement.commitments.map((c: { kind: string }) => c.kind)).toEqual([
        'JOINT_RESEARCH',
        'INTERNSHIPS',
        'TRAINING',
        'CONFERENCES',
        'TECHNOPARK',
      ]);
      for (const c of data?.agreement.commitments ?? []) expect(c.description).toMatch(/[əıüöğçş]/);
      expect(data?.agreement.sources).toEqual([{ language: 'az' }]);
    });

    it('is null for an unknown id and refuses a malformed one', async () => {
      const unknown = await fx.query(`{ agreement(id: "no-such-agreement") { id } }`);
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data?.agreement).toBeNull();
      const malformed = await fx.query(`{ agreement(id: "../etc") { id } }`);
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    });
  });

  describe('agreements(filter, orderBy, first, after)', () => {
    const list = async (filter: Record<string, unknown>, extra = '') => {
      const { data, errors } = await fx.query(
        `query($f: AgreementFilter) { agreements(filter: $f, first: 100${extra}) { totalCount nodes { id } } }`,
        { f: filter },
      );
      expect(errors).toBeUndefined();
      expect(data?.agreements.totalCount).toBe(data?.agreements.nodes.length);
      return ids(data?.agreements.nodes).sort();
    };

    it('lists every seeded agreement, dated ones first', async () => {
      const { data } = await fx.query(`{ agreements { totalCount nodes { id signedOn } } }`);
      expect(data?.agreements.totalCount).toBe(4);
      expect(data?.agreements.nodes[0].id).toBe('mou-innovation-center-bayraktar-2025');
    });

    it('filters by party, signatory, kinds and statuses', async () => {
      expect(await list({ partyId: 'bayraktar-technology-azerbaijan' })).toEqual([
        'mou-bsu-bayraktar-2025',
        'mou-innovation-center-bayraktar-2025',
      ]);
      expect(await list({ partyId: 'ganja-aluminium-complex' })).toEqual(['aztu-aic-cooperation']);
      expect(await list({ signatoryId: 'elchin-babayev' })).toEqual(['mou-bsu-bayraktar-2025']);
      expect(await list({ kinds: ['COOPERATION_PROGRAM'] })).toEqual(['azerishiq-university-cooperation']);
      expect(await list({ kinds: ['MEMORANDUM_OF_UNDERSTANDING'], statuses: ['SIGNED'] })).toHaveLength(2);
      expect(await list({ statuses: ['ANNOUNCED'] })).toEqual(['aztu-aic-cooperation']);
      expect(await list({ statuses: ['EXPIRED', 'TERMINATED'] })).toEqual([]);
      expect(await list({ partyId: 'bsu', statuses: ['SIGNED'] })).toEqual(['mou-bsu-bayraktar-2025']);
    });

    it('filters by areas where a word starts, ignoring case and diacritics', async () => {
      expect(await list({ areas: ['Artificial Intelligence'] })).toEqual([
        'mou-bsu-bayraktar-2025',
        'mou-innovation-center-bayraktar-2025',
      ]);
      expect(await list({ areas: ['metallurgy', 'nanotechnology'] })).toEqual([
        'aztu-aic-cooperation',
        'mou-bsu-bayraktar-2025',
      ]);
      expect(await list({ areas: ['nano'] })).toEqual(['mou-bsu-bayraktar-2025']);
      expect(await list({ areas: ['technology'] })).toEqual(['mou-bsu-bayraktar-2025']);
      expect(await list({ areas: ['otechnology'] })).toEqual([]);
    });

    it('bounds the signing date inclusively, with partial dates as their periods', async () => {
      const innovation = ['mou-innovation-center-bayraktar-2025'];
      expect(await list({ signedFrom: '2025-07-04', signedTo: '2025-07-04' })).toEqual(innovation);
      expect(await list({ signedFrom: '2025-07-04' })).toEqual(innovation);
      expect(await list({ signedTo: '2025-07-04' })).toEqual(innovation);
      expect(await list({ signedFrom: '2025-07-05' })).toEqual([]);
      expect(await list({ signedTo: '2025-07-03' })).toEqual([]);
      expect(await list({ signedFrom: '2025-07', signedTo: '2025-07' })).toEqual(innovation);
      expect(await list({ signedFrom: '2025', signedTo: '2025' })).toEqual(innovation);
      expect(await list({ signedTo: '2024' })).toEqual([]);
    });

    it('searches titles, descriptions and areas in any case and with or without diacritics', async () => {
      expect(await list({ search: 'bayraktar' })).toEqual([
        'mou-bsu-bayraktar-2025',
        'mou-innovation-center-bayraktar-2025',
      ]);
      expect(await list({ search: 'AZƏRİŞIQ' })).toEqual(['azerishiq-university-cooperation']);
      expect(await list({ search: 'azerishiq' })).toEqual(['azerishiq-university-cooperation']);
      expect(await list({ search: 'Baku State' })).toEqual(['mou-bsu-bayraktar-2025']);
      expect(await list({ search: 'aluminum complex' })).toEqual(['aztu-aic-cooperation']);
      expect(await list({ search: "' OR 1=1 --" })).toEqual([]);
    });

    it('orders by signing date either way (undated last) and by title', async () => {
      const order = async (orderBy: string) => {
        const { data } = await fx.query(`{ agreements(orderBy: ${orderBy}) { nodes { id title signedOn } } }`);
        return data?.agreements.nodes as Array<{ id: string; title: string; signedOn: string | null }>;
      };
      const desc = await order('SIGNED_ON_DESC');
      const asc = await order('SIGNED_ON_ASC');
      expect(desc[0].signedOn).toBe('2025-07-04');
      expect(asc[0].signedOn).toBe('2025-07-04');
      expect(desc.slice(1).every((a) => a.signedOn === null)).toBe(true);
      // Undated agreements come last in both directions.
      expect(asc.slice(1).every((a) => a.signedOn === null)).toBe(true);
      expect(asc.length).toBe(desc.length);
      const byTitle = await order('TITLE_ASC');
      const titles = byTitle.map((a) => a.title.toLowerCase().replace('ə', 'e'));
      expect(titles).toEqual([...titles].sort());
    });

    it.each(['SIGNED_ON_DESC', 'SIGNED_ON_ASC', 'TITLE_ASC'])(
      'pages through every agreement by %s without gaps or repeats',
      async (orderBy) => {
        const all = await fx.query(`{ agreements(orderBy: ${orderBy}, first: 100) { nodes { id } } }`);
        const seen: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 10; guard++) {
          const page: any = await fx.query(
            `query($after: String) { agreements(orderBy: ${orderBy}, first: 1, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
            { after },
          );
          seen.push(...page.data.agreements.edges.map((e: { node: { id: string } }) => e.node.id));
          if (!page.data.agreements.pageInfo.hasNextPage) break;
          after = page.data.agreements.pageInfo.endCursor;
        }
        expect(seen).toEqual(ids(all.data?.agreements.nodes));
      },
    );
  });

  describe('event(id) and events', () => {
    it('shows the AzTU forum with organiser, partners, every speaker, attendance, topics and source', async () => {
      const { data, errors } = await fx.query(`{
        event(id: "aztu-forum-2025-05-15") {
          title kind startsOn endsOn online location attendance topics decisions version
          organizers { id } partners { id } participants { id }
          speakers { person { id } institution { id } role contribution }
          sources { id language publishedOn }
        }
      }`);
      expect(errors).toBeUndefined();
      const e = data?.event;
      expect(e).toMatchObject({
        title: 'University-industry cooperation, directions, examples and artificial intelligence',
        kind: 'FORUM',
        startsOn: '2025-05-15',
        online: false,
        attendance:
          'more than 100 industry representatives and representatives of academic and technological institutions from different countries',
        decisions: [],
        version: 1,
      });
      expect(ids(e.organizers)).toEqual(['aztu']);
      expect(ids(e.partners)).toEqual(['tau', 'smeda', 'ask', 'caspian-energy-club']);
      expect(e.speakers).toHaveLength(13);
      expect(e.speakers[0]).toMatchObject({
        person: { id: 'vilayat-valiyev' },
        institution: { id: 'aztu' },
        role: 'Rector',
      });
      expect(e.speakers).toContainEqual(
        expect.objectContaining({
          person: { id: 'jamil-safarov' },
          institution: { id: 'ganja-aluminium-complex' },
          role: 'Director',
        }),
      );
      expect(e.speakers).toContainEqual(
        expect.objectContaining({
          person: { id: 'yadullah-babayev' },
          institution: { id: 'aztu-technology-transfer-office' },
        }),
      );
      for (const s of e.speakers) expect(s.institution).not.toBeNull();
      expect(e.topics.length).toBeGreaterThanOrEqual(3);
      expect(e.sources).toEqual([{ id: 'src-aztu-forum-2025', language: 'en', publishedOn: '2025-05-15' }]);
    });

    it('shows the alliance conference online, with its speakers and the decisions taken there', async () => {
      const { data } = await fx.query(`{
        event(id: "alliance-online-conference-2020-11-27") {
          kind startsOn online attendance decisions organizers { id } participants { id } speakers { person { id } institution { id } role }
        }
      }`);
      expect(data?.event).toMatchObject({
        kind: 'CONFERENCE',
        startsOn: '2020-11-27',
        online: true,
        attendance: expect.stringMatching(/^more than 150 universities from 27 countries … /),
      });
      expect(ids(data?.event.organizers)).toContain('lanzhou-university');
      expect(ids(data?.event.participants)).toEqual(['asoiu', 'mingachevir-state-university']);
      expect(data?.event.speakers).toEqual([
        { person: { id: 'mustafa-babanli' }, institution: { id: 'asoiu' }, role: 'Rector' },
        { person: { id: 'shahin-bayramov' }, institution: { id: 'mingachevir-state-university' }, role: 'Rector' },
      ]);
      expect(data?.event.decisions.join(' ')).toMatch(
        /ASOIU has been appointed as the center of the Strategic Alliance .* in the Caucasus/,
      );
    });

    it('orders events by start date both ways', async () => {
      const order = async (orderBy: string) => {
        const { data, errors } = await fx.query(`{ events(orderBy: ${orderBy}) { nodes { id startsOn } } }`);
        expect(errors).toBeUndefined();
        return data?.events.nodes.map((e: { startsOn: string }) => e.startsOn);
      };
      expect(await order('STARTS_ON_DESC')).toEqual(['2025-05-15', '2020-11-27']);
      expect(await order('STARTS_ON_ASC')).toEqual(['2020-11-27', '2025-05-15']);
    });

    it('filters events by institution (organiser, partner, participant or speaker), kind, dates and text', async () => {
      const list = async (filter: Record<string, unknown>) => {
        const { data, errors } = await fx.query(
          `query($f: EventFilter) { events(filter: $f) { totalCount nodes { id } } }`,
          { f: filter },
        );
        expect(errors).toBeUndefined();
        expect(data?.events.totalCount).toBe(data?.events.nodes.length);
        return ids(data?.events.nodes);
      };
      const forum = ['aztu-forum-2025-05-15'];
      const conference = ['alliance-online-conference-2020-11-27'];
      expect(await list({})).toEqual([...forum, ...conference]);
      expect(await list({ institutionId: 'aztu' })).toEqual(forum);
      expect(await list({ institutionId: 'smeda' })).toEqual(forum);
      expect(await list({ institutionId: 'tubitak' })).toEqual(forum);
      expect(await list({ institutionId: 'asoiu' })).toEqual(conference);
      expect(await list({ institutionId: 'mingachevir-state-university' })).toEqual(conference);
      expect(await list({ kinds: ['CONFERENCE', 'SEMINAR'] })).toEqual(conference);
      expect(await list({ from: '2025-05-15', to: '2025-05-15' })).toEqual(forum);
      expect(await list({ from: '2025-05-16' })).toEqual([]);
      expect(await list({ to: '2025-05-14' })).toEqual(conference);
      expect(await list({ from: '2020', to: '2020-11' })).toEqual(conference);
      expect(await list({ search: 'post-epidemic' })).toEqual(conference);
      expect(await list({ search: 'ARTIFICIAL intelligence' })).toEqual(forum);
    });
  });

  describe('_entities (how the gateway joins)', () => {
    const entities = async (representations: unknown[], selection: string) => {
      const { data, errors } = await fx.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`,
        {
          r: representations,
        },
      );
      expect(errors).toBeUndefined();
      return data?._entities as any[];
    };

    it('resolves agreements and events by id; unknown and malformed ids to null', async () => {
      const result = await entities(
        [
          { __typename: 'Agreement', id: 'mou-bsu-bayraktar-2025' },
          { __typename: 'Event', id: 'aztu-forum-2025-05-15' },
          { __typename: 'Agreement', id: 'unknown-one' },
          { __typename: 'Event', id: "'; DROP TABLE events; --" },
        ],
        '... on Agreement { id status } ... on Event { id kind }',
      );
      expect(result).toEqual([
        { id: 'mou-bsu-bayraktar-2025', status: 'SIGNED' },
        { id: 'aztu-forum-2025-05-15', kind: 'FORUM' },
        null,
        null,
      ]);
    });

    it("adds an institution's agreements, events and partners", async () => {
      const [bayraktar, aztu, asoiu, unknown] = await entities(
        [
          { __typename: 'Institution', id: 'bayraktar-technology-azerbaijan' },
          { __typename: 'Institution', id: 'aztu' },
          { __typename: 'Institution', id: 'asoiu' },
          { __typename: 'Institution', id: 'no-such-institution' },
        ],
        `... on Institution {
          id
          agreements { totalCount nodes { id parties { institution { id } signatory { id } } } }
          events { totalCount nodes { id } }
          partners { institution { id } agreementCount firstSignedOn lastSignedOn }
        }`,
      );
      expect(bayraktar.agreements.totalCount).toBe(2);
      expect(ids(bayraktar.agreements.nodes)).toEqual([
        'mou-innovation-center-bayraktar-2025',
        'mou-bsu-bayraktar-2025',
      ]);
      const signatories = bayraktar.agreements.nodes.flatMap((a: any) => a.parties.map((p: any) => p.signatory?.id));
      expect(new Set(signatories)).toEqual(new Set(['vusal-rustamov', 'huseyin-topuz', 'elchin-babayev']));
      expect(bayraktar.partners).toEqual([
        { institution: { id: 'bsu' }, agreementCount: 1, firstSignedOn: null, lastSignedOn: null },
        {
          institution: { id: 'innovation-center-sapssi' },
          agreementCount: 1,
          firstSignedOn: '2025-07-04',
          lastSignedOn: '2025-07-04',
        },
      ]);
      expect(bayraktar.events.totalCount).toBe(0);
      expect(ids(aztu.agreements.nodes)).toEqual(['aztu-aic-cooperation']);
      expect(ids(aztu.events.nodes)).toEqual(['aztu-forum-2025-05-15']);
      expect(aztu.partners.map((p: any) => p.institution.id).sort()).toEqual([
        'azerbaijan-industrial-corporation',
        'ganja-aluminium-complex',
      ]);
      expect(ids(asoiu.events.nodes)).toEqual(['alliance-online-conference-2020-11-27']);
      expect(unknown).toEqual({
        id: 'no-such-institution',
        agreements: { totalCount: 0, nodes: [] },
        events: { totalCount: 0, nodes: [] },
        partners: [],
      });
    });

    it("pages an institution's agreements with filters and cursors", async () => {
      const page = async (after: string | null) =>
        (
          await entities(
            [{ __typename: 'Institution', id: 'bayraktar-technology-azerbaijan' }],
            `... on Institution { agreements(first: 1, after: ${after ? `"${after}"` : 'null'}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
          )
        )[0].agreements;
      const first = await page(null);
      expect(first).toMatchObject({
        totalCount: 2,
        nodes: [{ id: 'mou-innovation-center-bayraktar-2025' }],
        pageInfo: { hasNextPage: true },
      });
      const second = await page(first.pageInfo.endCursor);
      expect(second).toMatchObject({ nodes: [{ id: 'mou-bsu-bayraktar-2025' }], pageInfo: { hasNextPage: false } });
      const [filtered] = await entities(
        [{ __typename: 'Institution', id: 'bayraktar-technology-azerbaijan' }],
        `... on Institution { agreements(filter: { partyId: "bsu" }) { totalCount nodes { id } } }`,
      );
      expect(filtered.agreements).toEqual({ totalCount: 1, nodes: [{ id: 'mou-bsu-bayraktar-2025' }] });
    });

    it('adds what a person signed and where they spoke', async () => {
      const [topuz, valiyev, babanli] = await entities(
        [
          { __typename: 'Person', id: 'huseyin-topuz' },
          { __typename: 'Person', id: 'vilayat-valiyev' },
          { __typename: 'Person', id: 'mustafa-babanli' },
        ],
        `... on Person { id signedAgreements { id } eventRoles { event { id title } institution { id } role contribution } }`,
      );
      expect(ids(topuz.signedAgreements)).toEqual(['mou-innovation-center-bayraktar-2025', 'mou-bsu-bayraktar-2025']);
      expect(topuz.eventRoles).toEqual([]);
      expect(valiyev.signedAgreements).toEqual([]);
      expect(valiyev.eventRoles).toEqual([
        expect.objectContaining({
          event: expect.objectContaining({ id: 'aztu-forum-2025-05-15' }),
          institution: { id: 'aztu' },
          role: 'Rector',
        }),
      ]);
      expect(babanli.eventRoles[0].event.id).toBe('alliance-online-conference-2020-11-27');
    });
  });

  describe('stable ids of the records inside agreements, events and institutions', () => {
    it('names each party, commitment, speaker, event role and partner by the row it comes from, the same on every read', async () => {
      const read = () =>
        fx.query(
          `query($r: [_Any!]!) {
          agreement(id: "mou-innovation-center-bayraktar-2025") { parties { id institution { id } } commitments { id kind } }
          event(id: "aztu-forum-2025-05-15") { speakers { id person { id } } }
          _entities(representations: $r) {
            ... on Institution { partners { id institution { id } } }
            ... on Person { eventRoles { id event { id } } }
          }
        }`,
          {
            r: [
              { __typename: 'Institution', id: 'bayraktar-technology-azerbaijan' },
              { __typename: 'Person', id: 'vilayat-valiyev' },
            ],
          },
        );
      const { data, errors } = await read();
      expect(errors).toBeUndefined();
      expect(data?.agreement.parties.map((p: { id: string }) => p.id)).toEqual([
        'mou-innovation-center-bayraktar-2025:innovation-center-sapssi',
        'mou-innovation-center-bayraktar-2025:bayraktar-technology-azerbaijan',
      ]);
      expect(data?.agreement.commitments.map((c: { id: string }) => c.id)).toEqual(
        [0, 1, 2, 3, 4, 5].map((position) => `mou-innovation-center-bayraktar-2025:${position}`),
      );
      const speakers = data?.event.speakers as Array<{ id: string; person: { id: string } }>;
      expect(speakers.length).toBeGreaterThan(1);
      for (const speaker of speakers) expect(speaker.id).toBe(`aztu-forum-2025-05-15:${speaker.person.id}`);
      const [bayraktar, valiyev] = data?._entities as any[];
      expect(bayraktar.partners.map((p: { id: string }) => p.id)).toEqual([
        'bayraktar-technology-azerbaijan:bsu',
        'bayraktar-technology-azerbaijan:innovation-center-sapssi',
      ]);
      // The speaker record seen from the person has the id it has under the event.
      expect(valiyev.eventRoles.map((r: { id: string }) => r.id)).toEqual(['aztu-forum-2025-05-15:vilayat-valiyev']);
      expect(speakers.map((s) => s.id)).toContain('aztu-forum-2025-05-15:vilayat-valiyev');
      expect((await read()).data).toEqual(data);
    });
  });

  describe('every seeded record shows its sources', () => {
    it('with a language and a quote', async () => {
      const { data } = await fx.query(`{
        agreements(first: 100) { nodes { id sources { id language quote } } }
        events(first: 100) { nodes { id sources { id language quote } } }
      }`);
      const records = [...data!.agreements.nodes, ...data!.events.nodes];
      expect(records).toHaveLength(6);
      for (const record of records) {
        expect(record.sources.length).toBeGreaterThan(0);
        for (const source of record.sources) {
          expect(['en', 'de', 'az']).toContain(source.language);
          expect(source.quote?.length).toBeGreaterThan(20);
        }
      }
    });
  });

  describe('bad input', () => {
    it.each([
      ['first above the maximum', '{ agreements(first: 101) { totalCount } }', undefined, 'first'],
      ['negative first', '{ events(first: -1) { totalCount } }', undefined, 'first'],
      ['a malformed cursor', '{ agreements(after: "not a cursor!") { totalCount } }', undefined, 'after'],
      ['a malformed id', '{ event(id: "Robert\'); DROP TABLE events;--") { id } }', undefined, 'id'],
      ['a malformed partyId', '{ agreements(filter: { partyId: "A B" }) { totalCount } }', undefined, 'filter.partyId'],
      [
        'an impossible date in a variable',
        'query($d: Date) { agreements(filter: { signedFrom: $d }) { totalCount } }',
        { d: '2025-13-40' },
        'filter.signedFrom',
      ],
      [
        'a word for a date',
        '{ agreements(filter: { signedTo: "yesterday" }) { totalCount } }',
        undefined,
        'filter.signedTo',
      ],
      [
        'an unknown enum value',
        '{ agreements(filter: { kinds: [TREATY] }) { totalCount } }',
        undefined,
        'filter.kinds',
      ],
      [
        'an unknown enum value in a variable',
        'query($k: [EventKind!]) { events(filter: { kinds: $k }) { totalCount } }',
        { k: ['PARTY'] },
        'filter.kinds[0]',
      ],
      [
        'date bounds the wrong way round',
        '{ agreements(filter: { signedFrom: "2025-07-04", signedTo: "2025-01" }) { totalCount } }',
        undefined,
        'filter.signedTo',
      ],
      [
        'event bounds the wrong way round',
        '{ events(filter: { from: "2025", to: "2024-12-31" }) { totalCount } }',
        undefined,
        'filter.to',
      ],
      [
        'an oversized search',
        `{ agreements(filter: { search: "${'x'.repeat(201)}" }) { totalCount } }`,
        undefined,
        'filter.search',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, query, variables, argument) => {
      const { data, errors } = await fx.query(query, variables);
      expect(errors).toHaveLength(1);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(errors?.[0].message).not.toMatch(/SELECT|sqlite|mysql|at .*\.ts/i);
      expect(data?.agreements ?? data?.events ?? data?.event ?? null).toBeNull();
    });
  });
});
