import fs from 'node:fs';
import path from 'node:path';
import { mintToken, readAuthConfig, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * Positions through the gateway: what the sources establish about a role on a date
 * (held, not held, unknown) on the seed data and after imports.
 */
const subgraphs = subgraphsOf(fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'));

interface Answer {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

describe.each(testDatabases())('positions through the gateway on $label', ({ label }) => {
  let stack: Stack;
  let editor: string;
  const ask = async (query: string, variables?: Record<string, unknown>, token?: string): Promise<Answer> => {
    const { status, body } = await postGraphQL(
      stack.gatewayUrl,
      query,
      variables,
      token ? { authorization: `Bearer ${token}` } : {},
    );
    expect(status).toBe(200);
    return body;
  };
  const data = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const body = await ask(query, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    stack = await startStack({ subgraphs, database: label });
    editor = await mintToken(readAuthConfig().jwtSecret as string, {
      sub: 'positions-test',
      roles: ['editor:institutions'],
    });
  }, 120_000);
  afterAll(() => stack?.stop());

  describe('what the sources establish about a date', () => {
    it('does not read an unknown start as "not held" or an unknown end as "still held"', async () => {
      const answer = await data(`{
        dayBefore: institution(id: "aztu") { positions(at: "2025-05-14") { title } }
        forum: institution(id: "aztu") { positions(at: "2025-05-15") { title person { id } } }
        later: institution(id: "aztu") { positions(at: "2030-01-01") { title } }
        unknownToo: institution(id: "aztu") { positions(at: "2030-01-01", status: [HELD, UNKNOWN]) { title } }
        rector: person(id: "vilayat-valiyev") {
          positions {
            title observedOn observedDates former
            dayBefore: statusOn(date: "2025-05-14") forum: statusOn(date: "2025-05-15") later: statusOn(date: "2030-01-01")
            month: statusOn(date: "2025-05") heldOn(date: "2030-01-01") heldOnForum: heldOn(date: "2025-05-15")
          }
        }
      }`);
      // Known to be held only on the forum's day: before and after, the sources do not tell.
      expect(answer.dayBefore.positions).toEqual([]);
      expect(answer.forum.positions).toContainEqual({ title: 'Rector', person: { id: 'vilayat-valiyev' } });
      expect(answer.later.positions).toEqual([]);
      expect(answer.unknownToo.positions).toContainEqual({ title: 'Rector' });
      expect(answer.rector.positions).toEqual([
        {
          title: 'Rector',
          observedOn: '2025-05-15',
          observedDates: ['2025-05-15'],
          former: false,
          dayBefore: 'UNKNOWN',
          forum: 'HELD',
          later: 'UNKNOWN',
          month: 'HELD',
          heldOn: false,
          heldOnForum: true,
        },
      ]);
    });

    it('never counts a role the source calls former as held, and says so', async () => {
      const answer = await data(`{
        person(id: "hubertus-ebbers") {
          onTheDay: positions(at: "2025-07-04") { title }
          positions { title former formerOn observedDates institution { id } statusOn(date: "2025-07-04") heldOn(date: "2025-07-04") }
        }
      }`);
      expect(answer.person.onTheDay.map((p: { title: string }) => p.title)).not.toContain('Geschäftsführer');
      expect(answer.person.positions).toContainEqual({
        title: 'Geschäftsführer',
        former: true,
        formerOn: null,
        observedDates: [],
        institution: { id: 'technopark-kamen' },
        statusOn: 'UNKNOWN',
        heldOn: false,
      });
    });

    it('knows a role held between two observations, and not held before its stated start', async () => {
      const answer = await data(`{
        person(id: "renying-li") {
          positions {
            title since observedDates
            before: statusOn(date: "2020-11-26") between: statusOn(date: "2020-11-28") month: statusOn(date: "2020-11") after: statusOn(date: "2021")
          }
        }
      }`);
      expect(answer.person.positions).toContainEqual({
        title: 'Secretary General',
        since: '2020-11-27',
        observedDates: ['2020-11-27', '2020-11-30'],
        before: 'NOT_HELD',
        between: 'HELD',
        month: 'HELD',
        after: 'UNKNOWN',
      });
    });

    it('reads a role no document dates (the undated article on the BSU memorandum) as UNKNOWN on every day', async () => {
      const answer = await data(`{
        person(id: "elchin-babayev") { positions { title observedDates year: statusOn(date: "2025") day: statusOn(date: "2025-05-15") } }
        held: institution(id: "bsu") { positions(at: "2025") { title } }
        open: institution(id: "bsu") { positions(at: "2025", status: [HELD, UNKNOWN]) { title } }
      }`);
      expect(answer.person.positions).toEqual([
        { title: 'Rektor', observedDates: [], year: 'UNKNOWN', day: 'UNKNOWN' },
      ]);
      expect(answer.held.positions).toEqual([]);
      expect(answer.open.positions).toEqual([{ title: 'Rektor' }]);
    });
  });

  describe('positions across institutions', () => {
    const ids = (connection: { nodes: Array<{ id: string }> }) => connection.nodes.map((n) => n.id).sort();

    it('lists every rector whatever the language of the title, and those known in office on a day', async () => {
      const answer = await data(`{
        rectors: positions(filter: { roles: [RECTOR] }, first: 100) { totalCount nodes { title role institution { id } person { id } } }
        onTheForumDay: positions(filter: { roles: [RECTOR], at: "2025-05-15" }, first: 100) { totalCount nodes { title person { id } } }
        atTheConference: positions(filter: { roles: [RECTOR], at: "2020-11-27" }) { nodes { person { id } } }
      }`);
      expect(answer.rectors.totalCount).toBe(4);
      expect(
        answer.rectors.nodes.map((n: { title: string; person: { id: string } }) => [n.title, n.person.id]).sort(),
      ).toEqual([
        ['Rector', 'mustafa-babanli'],
        ['Rector', 'shahin-bayramov'],
        ['Rector', 'vilayat-valiyev'],
        ['Rektor', 'elchin-babayev'],
      ]);
      for (const node of answer.rectors.nodes) expect(node.role).toBe('RECTOR');
      // Babayev is known as Rektor only somewhere in 2025, the others on their events' days.
      expect(answer.onTheForumDay).toEqual({
        totalCount: 1,
        nodes: [{ title: 'Rector', person: { id: 'vilayat-valiyev' } }],
      });
      expect(answer.atTheConference.nodes.map((n: { person: { id: string } }) => n.person.id).sort()).toEqual([
        'mustafa-babanli',
        'shahin-bayramov',
      ]);
    });

    it("finds a title as written or by the role's name in any language, and names the role in the language asked for", async () => {
      const answer = await data(`{
        secretaries: positions(filter: { search: "Secretary General" }) { nodes { title role roleLabel(lang: "az") person { id } institution { id } } }
        rektor: positions(filter: { search: "Rektor" }, first: 100) { totalCount }
        direktor: positions(filter: { search: "direktor" }, first: 100) { nodes { title role roleLabel } }
        geschaeftsfuehrer: positions(filter: { search: "Geschaftsfuhrer" }) { nodes { title role roleLabel(lang: "de") en: roleLabel(lang: "en") former } }
      }`);
      expect(answer.secretaries.nodes).toEqual([
        {
          title: 'Secretary General',
          role: 'SECRETARY_GENERAL',
          roleLabel: 'Baş katib',
          person: { id: 'renying-li' },
          institution: { id: 'strategic-alliance-heis' },
        },
      ]);
      expect(answer.rektor.totalCount).toBe(4);
      const direktor = answer.direktor.nodes as Array<{ title: string; role: string; roleLabel: string }>;
      // Directors as written in English and German, and the managing director: İcraçı direktor in Azerbaijani.
      expect(new Set(direktor.map((n) => `${n.title}: ${n.role} (${n.roleLabel})`))).toEqual(
        new Set([
          'Director: DIRECTOR (Director)',
          'Direktor: DIRECTOR (Director)',
          'Geschäftsführer: MANAGING_DIRECTOR (Managing Director)',
        ]),
      );
      expect(answer.geschaeftsfuehrer.nodes).toEqual([
        {
          title: 'Geschäftsführer',
          role: 'MANAGING_DIRECTOR',
          roleLabel: 'Geschäftsführer',
          en: 'Managing Director',
          former: true,
        },
      ]);
      const { body } = await postGraphQL(
        stack.gatewayUrl,
        '{ positions(filter: { roles: [VICE_RECTOR] }) { nodes { title roleLabel } } }',
        undefined,
        { 'accept-language': 'de-DE, en;q=0.5' },
      );
      expect(body.data.positions.nodes).toContainEqual({ title: 'First Vice-Rector', roleLabel: 'Prorektor' });
    });

    it('filters by institution and pages through every position without gaps or repeats', async () => {
      const all = await data('{ positions(first: 100) { totalCount nodes { id institution { id } } } }');
      const pageQuery =
        'query($after: String) { positions(first: 4, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }';
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const answer: any = await data(pageQuery, { after });
        seen.push(...answer.positions.nodes.map((n: { id: string }) => n.id));
        if (!answer.positions.pageInfo.hasNextPage) break;
        after = answer.positions.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.positions.nodes.map((n: { id: string }) => n.id));
      expect(new Set(seen).size).toBe(all.positions.totalCount);
      const two = await data(
        '{ positions(filter: { institutionIds: ["asoiu", "bsu"] }, first: 100) { nodes { id institution { id } } } }',
      );
      expect(ids(two.positions)).toEqual(
        all.positions.nodes
          .filter((n: { institution: { id: string } }) => ['asoiu', 'bsu'].includes(n.institution.id))
          .map((n: { id: string }) => n.id)
          .sort(),
      );
    });

    it('lists the positions one source document states', async () => {
      const answer = await data(`{
        alliance: positions(filter: { sourceId: "src-asoiu-alliance-2020" }, first: 100) { nodes { title citations { source { id } } } }
        rectors: positions(filter: { sourceId: "src-asoiu-alliance-2020", roles: [RECTOR] }) { totalCount }
      }`);
      expect(answer.alliance.nodes.map((n: { title: string }) => n.title).sort()).toEqual([
        'Rector',
        'Rector',
        'Representative in China',
        'Secretary General',
      ]);
      for (const node of answer.alliance.nodes)
        expect(node.citations).toContainEqual({ source: { id: 'src-asoiu-alliance-2020' } });
      expect(answer.rectors.totalCount).toBe(2);
    });

    it.each(['2020-11-26', '2020-11-28', '2020', '2025', '2025-05-15', '2025-07-04', '2030-01-01'])(
      'selects on %s exactly the positions whose statusOn says so',
      async (day) => {
        const answer = await data(
          `query($day: Date!) {
            all: positions(first: 100) { nodes { id statusOn(date: $day) } }
            held: positions(filter: { at: $day }, first: 100) { nodes { id } }
            notHeld: positions(filter: { at: $day, status: [NOT_HELD] }, first: 100) { nodes { id } }
            unknown: positions(filter: { at: $day, status: [UNKNOWN] }, first: 100) { nodes { id } }
          }`,
          { day },
        );
        const withStatus = (status: string) =>
          answer.all.nodes
            .filter((n: { statusOn: string }) => n.statusOn === status)
            .map((n: { id: string }) => n.id)
            .sort();
        expect(ids(answer.held)).toEqual(withStatus('HELD'));
        expect(ids(answer.notHeld)).toEqual(withStatus('NOT_HELD'));
        expect(ids(answer.unknown)).toEqual(withStatus('UNKNOWN'));
      },
    );

    it.each([
      [
        'more than 100 institution ids',
        `{ positions(filter: { institutionIds: [${Array.from({ length: 101 }, (_, i) => `"i${i}"`).join(', ')}] }) { totalCount } }`,
        'filter.institutionIds',
      ],
      [
        'a malformed institution id',
        '{ positions(filter: { institutionIds: ["Robert\'); DROP TABLE positions;--"] }) { totalCount } }',
        'filter.institutionIds',
      ],
      ['a status without a day', '{ positions(filter: { status: [HELD] }) { totalCount } }', 'filter.status'],
      ['an unknown role', '{ positions(filter: { roles: [POPE] }) { totalCount } }', 'filter.roles'],
    ])('answers %s with BAD_USER_INPUT naming the argument', async (_case, query, argument) => {
      const { status, body } = await postGraphQL(stack.gatewayUrl, query);
      expect(status).toBeLessThan(500);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    });
  });

  describe('importing positions', () => {
    const importPositions = `mutation($rows: [PositionImportInput!]!) { importPositions(rows: $rows) { written created updated rejected rows { id outcome problems { field reason } } } }`;
    const source = (row: number, publishedOn: string) => ({
      title: `Register of offices ${publishedOn}`,
      publisher: 'Positions test',
      publishedOn,
      language: 'en',
      file: 'positions.csv',
      row,
    });

    it('derives the role of an imported title', async () => {
      await data(
        `mutation($rows: [PersonImportInput!]!) { importPeople(rows: $rows) { written } }`,
        {
          rows: [{ id: 'test-rektor', name: 'Test Rektor', source: source(1, '2025-05-01') }],
        },
        editor,
      );
      const rows = [
        {
          personId: 'test-rektor',
          institutionId: 'aztu',
          title: 'AzTU-nun rektoru',
          observedOn: '2025-05-01',
          source: { ...source(2, '2025-05-01'), language: 'az' },
        },
      ];
      const created = await data(importPositions, { rows }, editor);
      expect(created.importPositions).toMatchObject({ written: true, created: 1 });
      const answer = await data(
        `{ positions(filter: { roles: [RECTOR], institutionIds: ["aztu"] }) { nodes { title role roleLabel(lang: "az") person { id } } } }`,
      );
      expect(answer.positions.nodes).toContainEqual({
        title: 'AzTU-nun rektoru',
        role: 'RECTOR',
        roleLabel: 'Rektor',
        person: { id: 'test-rektor' },
      });
    });

    it("adds each source's observation, and marks a role former as of the source that says so", async () => {
      const rows = [
        {
          personId: 'vilayat-valiyev',
          institutionId: 'aztu',
          title: 'Chair of the Test Board',
          since: '2021-03',
          observedOn: '2022-06-01',
          source: source(1, '2022-06-01'),
        },
      ];
      const created = await data(importPositions, { rows }, editor);
      expect(created.importPositions).toMatchObject({ written: true, created: 1, rejected: 0 });
      const id = created.importPositions.rows[0].id;

      const again = await data(
        importPositions,
        { rows: [{ ...rows[0], observedOn: '2023-01-10', source: source(2, '2023-01-10') }] },
        editor,
      );
      expect(again.importPositions).toMatchObject({ written: true, updated: 1 });
      const former = await data(
        importPositions,
        { rows: [{ ...rows[0], observedOn: null, former: true, source: source(3, '2024-02') }] },
        editor,
      );
      expect(former.importPositions).toMatchObject({ written: true, updated: 1 });

      const answer = await data(`{
        person(id: "vilayat-valiyev") {
          positions {
            id observedOn observedDates former formerOn
            beforeStart: statusOn(date: "2021-02") start: statusOn(date: "2021") between: statusOn(date: "2022-09-15")
            afterLast: statusOn(date: "2023-12-01") formerMonth: statusOn(date: "2024-02") later: statusOn(date: "2030")
          }
        }
      }`);
      expect(answer.person.positions).toContainEqual({
        id,
        observedOn: '2023-01-10',
        observedDates: ['2022-06-01', '2023-01-10'],
        former: true,
        formerOn: '2024-02',
        beforeStart: 'NOT_HELD',
        start: 'HELD',
        between: 'HELD',
        afterLast: 'UNKNOWN',
        formerMonth: 'UNKNOWN',
        later: 'NOT_HELD',
      });
    });
  });
});
