import { testDatabases } from '@partnership-graph/shared/testing';
import { openFixture, type InstitutionsFixture } from './fixture';

describe.each(testDatabases())('institutions subgraph on $label', (database) => {
  let fx: InstitutionsFixture;
  beforeAll(async () => {
    fx = await openFixture(database);
  });
  afterAll(() => fx.close());

  describe('institution(id)', () => {
    it('returns an institution with names per language, falling back to the default name', async () => {
      const { data, errors } = await fx.query(`{
        institution(id: "aztu") { id name az: name(lang: "az") zh: name(lang: "zh") acronym kind country names { language value } }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.institution).toMatchObject({ id: 'aztu', acronym: 'AzTU', kind: 'UNIVERSITY', country: 'AZ' });
      expect(data?.institution.az).toBe('Azərbaycan Texniki Universiteti');
      expect(data?.institution.zh).toBe(data?.institution.name);
      expect(data?.institution.names).toContainEqual({ language: 'az', value: 'Azərbaycan Texniki Universiteti' });
    });

    it("serves names in the request's preferred language, saying which language was served", async () => {
      const query = `{ institution(id: "aztu") { name localizedName { language value } de: localizedName(lang: "de") { language value } } }`;
      const { data } = await fx.query(query, undefined, ['zh', 'az', 'en']);
      expect(data?.institution.name).toBe('Azərbaycan Texniki Universiteti');
      expect(data?.institution.localizedName).toEqual({ language: 'az', value: 'Azərbaycan Texniki Universiteti' });
      // No German name: the default name, labelled with its own language.
      expect(data?.institution.de).toEqual({ language: 'en', value: 'Azerbaijan Technical University' });
      const plain = await fx.query(query);
      expect(plain.data?.institution.localizedName).toEqual({
        language: 'en',
        value: 'Azerbaijan Technical University',
      });
    });

    it('walks the hierarchy both ways', async () => {
      const { data } = await fx.query(`{
        institution(id: "aztu") { units { id kind parent { id } } }
        tto: institution(id: "aztu-technology-transfer-office") { parent { id acronym } }
      }`);
      expect(data?.institution.units.map((u: { id: string }) => u.id)).toContain('aztu-technology-transfer-office');
      for (const unit of data?.institution.units ?? []) expect(unit.parent.id).toBe('aztu');
      expect(data?.tto.parent).toEqual({ id: 'aztu', acronym: 'AzTU' });
    });

    it('shows memberships with roles and dates, from the member and from the organisation', async () => {
      const { data } = await fx.query(`{
        institution(id: "asoiu") { memberships { role since organization { id kind } sources { id language } } }
      }`);
      const memberships = data?.institution.memberships ?? [];
      expect(memberships).toContainEqual(
        expect.objectContaining({
          role: 'REGIONAL_CENTER',
          since: '2020-11-27',
          organization: { id: 'strategic-alliance-heis', kind: 'ALLIANCE' },
        }),
      );
      for (const m of memberships) expect(m.sources).toContainEqual({ id: 'src-asoiu-alliance-2020', language: 'en' });
      const members = await fx.query(
        `{ institution(id: "strategic-alliance-heis") { members { member { id } role } } }`,
      );
      expect(members.data?.institution.members).toContainEqual({ member: { id: 'asoiu' }, role: 'MEMBER' });
    });

    it('shows who holds which position, and every position its person', async () => {
      const { data } = await fx.query(`{
        institution(id: "aztu") { positions { title observedOn person { id name } institution { id } } }
      }`);
      expect(data?.institution.positions).toContainEqual(
        expect.objectContaining({
          title: 'Rector',
          person: { id: 'vilayat-valiyev', name: 'Vilayat Valiyev' },
          institution: { id: 'aztu' },
        }),
      );
    });

    it('tells who held a role on a given day', async () => {
      const { data, errors } = await fx.query(`{
        forum: institution(id: "aztu") { positions(at: "2025-05-15") { title person { id } } }
        before: institution(id: "aztu") { positions(at: "2020-01-01") { title } }
        dayBefore: person(id: "renying-li") { positions(at: "2020-11-26") { title } }
        dayOf: person(id: "renying-li") { positions(at: "2020-11-27") { title heldOn(date: "2020-11-27") } }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.forum.positions).toContainEqual({ title: 'Rector', person: { id: 'vilayat-valiyev' } });
      expect(data?.before.positions).toEqual([]);
      expect(data?.dayBefore.positions.map((p: { title: string }) => p.title)).not.toContain('Secretary General');
      expect(data?.dayOf.positions).toContainEqual({ title: 'Secretary General', heldOn: true });
    });

    it('refuses a day that is not a date (the gateway reports it as BAD_USER_INPUT naming `at`)', async () => {
      const { data, errors } = await fx.query(`{ institution(id: "aztu") { positions(at: "2025-13-40") { title } } }`);
      expect(data).toBeUndefined();
      expect(errors?.[0].message).toMatch(/Date must be an ISO date/);
    });

    it('carries its sources with their language and publication date', async () => {
      const { data } = await fx.query(
        `{ institution(id: "azerishiq") { sources { id title language publishedOn quote } } }`,
      );
      expect(data?.institution.sources[0]).toMatchObject({ id: 'src-azerishiq-cooperation', language: 'az' });
    });

    it('is null for an unknown id', async () => {
      const { data, errors } = await fx.query(`{ institution(id: "no-such-institution") { id } }`);
      expect(errors).toBeUndefined();
      expect(data?.institution).toBeNull();
    });
  });

  describe('institutions(filter, orderBy, first, after)', () => {
    it('counts every seeded institution and pages through them without gaps or repeats', async () => {
      const all = await fx.query(`{ institutions(first: 100) { totalCount nodes { id } pageInfo { hasNextPage } } }`);
      const total = all.data?.institutions.totalCount;
      expect(total).toBeGreaterThanOrEqual(25);
      expect(all.data?.institutions.nodes).toHaveLength(total);
      expect(all.data?.institutions.pageInfo.hasNextPage).toBe(false);

      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const page: any = await fx.query(
          `query($after: String) { institutions(first: 7, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        seen.push(...page.data.institutions.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!page.data.institutions.pageInfo.hasNextPage) break;
        after = page.data.institutions.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.data?.institutions.nodes.map((n: { id: string }) => n.id));
    });

    it('counts every match by kind and by country alongside the page', async () => {
      const { data, errors } = await fx.query(`{
        institutions(first: 2, filter: { country: "AZ" }) { totalCount nodes { id } facets { kinds { key label count } countries { key count } } }
      }`);
      expect(errors).toBeUndefined();
      const { totalCount, facets } = data!.institutions;
      expect(facets.countries).toEqual([{ key: 'AZ', count: totalCount }]);
      expect(facets.kinds.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(totalCount);
      expect(facets.kinds).toContainEqual(expect.objectContaining({ key: 'UNIVERSITY', label: 'UNIVERSITY' }));
      const counts = facets.kinds.map((b: { count: number }) => b.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    it('orders by founding date, oldest first and undated last, and pages across the undated boundary without gaps or repeats', async () => {
      const { data } = await fx.query(
        `{ institutions(first: 100, orderBy: FOUNDED_ON_ASC) { totalCount nodes { id foundedOn } } }`,
      );
      const nodes: Array<{ id: string; foundedOn: string | null }> = data?.institutions.nodes;
      const dated = nodes.filter((n) => n.foundedOn !== null);
      expect(dated.length).toBeGreaterThan(0);
      expect(nodes.slice(0, dated.length)).toEqual(dated);
      expect(dated.map((n) => n.foundedOn)).toEqual(dated.map((n) => n.foundedOn).sort());
      const undatedIds = nodes.slice(dated.length).map((n) => n.id);
      expect(undatedIds).toEqual([...undatedIds].sort());
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const page: any = await fx.query(
          `query($after: String) { institutions(first: 3, orderBy: FOUNDED_ON_ASC, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        seen.push(...page.data.institutions.nodes.map((n: { id: string }) => n.id));
        if (!page.data.institutions.pageInfo.hasNextPage) break;
        after = page.data.institutions.pageInfo.endCursor;
      }
      expect(seen).toEqual(nodes.map((n) => n.id));
    });

    it('orders by name both ways', async () => {
      const asc = await fx.query(`{ institutions(first: 100, orderBy: NAME_ASC) { nodes { id } } }`);
      const desc = await fx.query(`{ institutions(first: 100, orderBy: NAME_DESC) { nodes { id } } }`);
      expect(desc.data?.institutions.nodes).toEqual([...asc.data!.institutions.nodes].reverse());
    });

    it.each([
      ['aztu', 'aztu'],
      ['Azerishiq', 'azerishiq'],
      ['azərişıq', 'azerishiq'],
      ['AZƏRİŞIQ', 'azerishiq'],
      ['Azərbaycan Texniki', 'aztu'],
      ['Baku State', 'bsu'],
      ['ASOIU', 'asoiu'],
      ['bakı dövlət', 'bsu'],
    ])('finds what a person means by %p, ignoring case and diacritics', async (search, id) => {
      const { data } = await fx.query(
        `query($s: String) { institutions(filter: { search: $s }, first: 100) { nodes { id } } }`,
        {
          s: search,
        },
      );
      expect(data?.institutions.nodes.map((n: { id: string }) => n.id)).toContain(id);
    });

    it('filters by kinds, country and parent', async () => {
      const { data } = await fx.query(`{
        universities: institutions(filter: { kinds: [UNIVERSITY], country: "az" }, first: 100) { nodes { kind country } }
        german: institutions(filter: { country: "DE" }, first: 100) { totalCount }
        units: institutions(filter: { parentId: "aztu" }, first: 100) { nodes { parent { id } } }
      }`);
      expect(data?.universities.nodes.length).toBeGreaterThanOrEqual(5);
      for (const n of data?.universities.nodes ?? []) expect(n).toEqual({ kind: 'UNIVERSITY', country: 'AZ' });
      expect(data?.german.totalCount).toBeGreaterThanOrEqual(2);
      expect(data?.units.nodes.length).toBeGreaterThan(0);
      for (const n of data?.units.nodes ?? []) expect(n.parent).toEqual({ id: 'aztu' });
    });
  });

  describe('people', () => {
    it('finds people by any spelling of their name and lists their positions', async () => {
      const { data } = await fx.query(`{
        people(filter: { search: "huseyn topuz" }) { nodes { id positions { title institution { id } } } }
        person(id: "vilayat-valiyev") { name positions { institution { acronym } } sources { id } }
      }`);
      expect(data?.people.nodes).toHaveLength(1);
      expect(data?.people.nodes[0].positions[0].institution.id).toBe('bayraktar-technology-azerbaijan');
      expect(data?.person.positions[0].institution.acronym).toBe('AzTU');
      expect(data?.person.sources).toContainEqual({ id: 'src-aztu-forum-2025' });
    });

    it('lists the people of one institution', async () => {
      const { data } = await fx.query(
        `{ people(filter: { institutionId: "aztu" }, first: 100) { totalCount nodes { id } } }`,
      );
      expect(data?.people.nodes.map((n: { id: string }) => n.id)).toContain('vilayat-valiyev');
      expect(data?.people.totalCount).toBe(data?.people.nodes.length);
    });
  });

  describe('_entities (how the gateway resolves references)', () => {
    it('resolves institutions and people by id, and unknown or malformed ids to null', async () => {
      const { data, errors } = await fx.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id acronym } ... on Person { id name } } }`,
        {
          r: [
            { __typename: 'Institution', id: 'bsu' },
            { __typename: 'Person', id: 'elchin-babayev' },
            { __typename: 'Institution', id: 'unknown-one' },
            { __typename: 'Institution', id: "'; DROP TABLE institutions; --" },
          ],
        },
      );
      expect(errors).toBeUndefined();
      expect(data?._entities).toEqual([
        { id: 'bsu', acronym: 'BSU' },
        { id: 'elchin-babayev', name: 'Elchin Babayev' },
        null,
        null,
      ]);
    });
  });

  describe('bad input', () => {
    it.each([
      ['first above the maximum', '{ institutions(first: 101) { totalCount } }', 'first'],
      ['negative first', '{ institutions(first: -1) { totalCount } }', 'first'],
      ['a malformed cursor', '{ institutions(after: "not a cursor!") { totalCount } }', 'after'],
      ['a forged cursor', '{ institutions(after: "eyJ4IjoxfQ") { totalCount } }', 'after'],
      ['a malformed id', '{ institution(id: "../../etc/passwd") { id } }', 'id'],
      ['a malformed parentId', '{ institutions(filter: { parentId: "A B" }) { totalCount } }', 'filter.parentId'],
      [
        'a country that is not a code',
        '{ institutions(filter: { country: "Azerbaijan" }) { totalCount } }',
        'filter.country',
      ],
      // Values the schema itself refuses (an unknown enum value, a malformed Date) name their argument too.
      ['an unknown kind', '{ institutions(filter: { kinds: [PLANET] }) { totalCount } }', 'filter.kinds'],
    ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, query, argument) => {
      const { data, errors } = await fx.query(query);
      expect(errors).toHaveLength(1);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(errors?.[0].message).not.toMatch(/SELECT|sqlite|mysql|at .*\.ts/i);
      expect(data?.institutions ?? data?.institution ?? null).toBeNull();
    });

    it('treats SQL metacharacters in search as plain text', async () => {
      const { data, errors } = await fx.query(`{ institutions(filter: { search: "' OR 1=1 --" }) { totalCount } }`);
      expect(errors).toBeUndefined();
      expect(data?.institutions.totalCount).toBe(0);
    });
  });
});
