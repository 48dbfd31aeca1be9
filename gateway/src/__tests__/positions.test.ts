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
    const { status, body } = await postGraphQL(stack.gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {});
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
    editor = await mintToken(readAuthConfig().jwtSecret as string, { sub: 'positions-test', roles: ['editor:institutions'] });
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
          title: 'Rector', observedOn: '2025-05-15', observedDates: ['2025-05-15'], former: false,
          dayBefore: 'UNKNOWN', forum: 'HELD', later: 'UNKNOWN', month: 'HELD', heldOn: false, heldOnForum: true,
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
        title: 'Geschäftsführer', former: true, formerOn: null, observedDates: [], institution: { id: 'technopark-kamen' },
        statusOn: 'UNKNOWN', heldOn: false,
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
        title: 'Secretary General of the Caucasus Center', since: '2020-11-27', observedDates: ['2020-11-27', '2020-11-30'],
        before: 'NOT_HELD', between: 'HELD', month: 'HELD', after: 'UNKNOWN',
      });
    });

    it('reads an observation known only to its year as "held some day that year"', async () => {
      const answer = await data(`{
        person(id: "elchin-babayev") { positions { title year: statusOn(date: "2025") day: statusOn(date: "2025-05-15") } }
        year: institution(id: "bsu") { positions(at: "2025") { title } }
      }`);
      expect(answer.person.positions).toEqual([{ title: 'Rektor', year: 'HELD', day: 'UNKNOWN' }]);
      expect(answer.year.positions).toEqual([{ title: 'Rektor' }]);
    });
  });

  describe('importing positions', () => {
    const importPositions = `mutation($rows: [PositionImportInput!]!) { importPositions(rows: $rows) { written created updated rejected rows { id outcome problems { field reason } } } }`;
    const source = (row: number, publishedOn: string) => ({
      title: `Register of offices ${publishedOn}`, publisher: 'Positions test', publishedOn, language: 'en', file: 'positions.csv', row,
    });

    it('adds each source\'s observation, and marks a role former as of the source that says so', async () => {
      const rows = [{ personId: 'vilayat-valiyev', institutionId: 'aztu', title: 'Chair of the Test Board', since: '2021-03', observedOn: '2022-06-01', source: source(1, '2022-06-01') }];
      const created = await data(importPositions, { rows }, editor);
      expect(created.importPositions).toMatchObject({ written: true, created: 1, rejected: 0 });
      const id = created.importPositions.rows[0].id;

      const again = await data(importPositions, { rows: [{ ...rows[0], observedOn: '2023-01-10', source: source(2, '2023-01-10') }] }, editor);
      expect(again.importPositions).toMatchObject({ written: true, updated: 1 });
      const former = await data(importPositions, { rows: [{ ...rows[0], observedOn: null, former: true, source: source(3, '2024-02') }] }, editor);
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
        id, observedOn: '2023-01-10', observedDates: ['2022-06-01', '2023-01-10'], former: true, formerOn: '2024-02',
        beforeStart: 'NOT_HELD', start: 'HELD', between: 'HELD', afterLast: 'UNKNOWN', formerMonth: 'UNKNOWN', later: 'NOT_HELD',
      });
    });
  });
});
