import { SEARCH_WINDOW } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { Agreement } from '../entities/Agreement';
import { agreementColumns } from '../repositories/AgreementRepository';
import { openFixture, type AgreementsFixture } from './fixture';

/** More agreements than one search window, so both steps of a search page are taken on MySQL. */
const COUNT = SEARCH_WINDOW + 500;
const id = (i: number) => `synthetic-search-${String(i).padStart(5, '0')}`;

/** Which words an agreement's title holds: every one "common", every 100th "sparse", three "rarest". */
function titleOf(i: number): string {
  const words = ['Common cooperation', String(i)];
  if (i % 100 === 0) words.push('sparse');
  if ([5, 1700, COUNT - 100].includes(i)) words.push('rarest Bayraktar');
  return words.join(' ');
}

/** Every agreement is in "Cooperation", every 100th also in "Sparse Area", three also in "Rare Robotics". */
function areasOf(i: number): string[] {
  const areas = ['Cooperation'];
  if (i % 100 === 0) areas.push('Sparse Area');
  if ([7, 1800, COUNT - 50].includes(i)) areas.push('Rare Robotics');
  if ([9, 1900, COUNT - 60].includes(i)) areas.push('nanotechnology');
  return areas;
}

/** Signed one day apart: the default order (SIGNED_ON_DESC) lists agreement COUNT-1 first and 0 last. */
function signedOn(i: number): string {
  return new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

async function insertAgreements(fx: AgreementsFixture): Promise<void> {
  const rows = Array.from({ length: COUNT }, (_, i) =>
    Object.assign(new Agreement(), {
      id: id(i),
      version: 1,
      ...agreementColumns(
        {
          title: titleOf(i),
          titleIsDescriptive: true,
          kind: 'COOPERATION_AGREEMENT',
          status: 'SIGNED',
          description: null,
          signedOn: signedOn(i),
          validFrom: null,
          validUntil: null,
          areas: areasOf(i),
        },
        [],
      ),
    }),
  );
  for (let start = 0; start < rows.length; start += 200)
    await fx.dataSource.manager.insert(Agreement, rows.slice(start, start + 200));
}

/** Every agreement whose title has a word starting with the folded needle, in the default order. */
function expected(needle: string): string[] {
  const ids: string[] = [];
  for (let i = COUNT - 1; i >= 0; i--) {
    const words = titleOf(i).toLowerCase();
    if (` ${words}`.includes(` ${needle}`)) ids.push(id(i));
  }
  return ids;
}

/** Every agreement in any of these areas, in the default order. */
function expectedInAreas(areas: string[]): string[] {
  const ids: string[] = [];
  for (let i = COUNT - 1; i >= 0; i--) if (areasOf(i).some((a) => areas.includes(a))) ids.push(id(i));
  return ids;
}

describe.each(testDatabases())(
  'agreements(filter: { search }) over more rows than one search window on $label',
  (database) => {
    let fx: AgreementsFixture;
    beforeAll(async () => {
      fx = await openFixture(database, { seed: false });
      await insertAgreements(fx);
    }, 120_000);
    afterAll(() => fx.close());

    async function allPages(
      search: string | null,
      first: number,
      areas: string[] | null = null,
    ): Promise<{ ids: string[]; pages: number }> {
      const ids: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { data, errors }: any = await fx.query(
          `query($search: String, $areas: [String!], $first: Int, $after: String) {
          agreements(filter: { search: $search, areas: $areas }, first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
        }`,
          { search, areas, first, after },
        );
        expect(errors).toBeUndefined();
        ids.push(...data.agreements.nodes.map((n: { id: string }) => n.id));
        after = data.agreements.pageInfo.hasNextPage ? data.agreements.pageInfo.endCursor : null;
        pages += 1;
      } while (after && pages < 200);
      return { ids, pages };
    }

    it.each([
      ['a word in every agreement (the page fills in the window)', 'common', 100],
      ['a word in every 100th agreement (too few in the window: the FULLTEXT step)', 'sparse', 10],
      ['a word in three agreements, one past the window', 'rarest', 2],
      ['the start of a word', 'bayrak', 2],
      ['words in sequence', 'rarest bayraktar', 2],
    ])('finds %s, in order, page after page', async (_, needle, first) => {
      const { ids } = await allPages(needle, first);
      expect(ids).toEqual(expected(needle));
      expect(ids.length).toBeGreaterThan(0);
    });

    it.each([
      ['an area of three agreements, one past the window', ['Rare Robotics'], ['Rare Robotics'], 2],
      ['an area of every 100th agreement', ['sparse area'], ['Sparse Area'], 10],
      ['either of two areas', ['Rare Robotics', 'Sparse Area'], ['Rare Robotics', 'Sparse Area'], 7],
      ['an area of every agreement', ['Cooperation'], ['Cooperation'], 100],
      ['the start of a word of an area', ['robot'], ['Rare Robotics'], 2],
      ['an area of the vocabulary named in German', ['Nanotechnologie'], ['nanotechnology'], 2],
      ['an area of the vocabulary named in Azerbaijani, by the start of a word', ['nanotexno'], ['nanotechnology'], 2],
    ])('filters by %s, page after page', async (_, areas, stored, first) => {
      const { ids } = await allPages(null, first, areas);
      expect(ids).toEqual(expectedInAreas(stored));
      expect(ids.length).toBeGreaterThan(0);
      // Where a word starts only, as in search.
      expect((await allPages(null, 20, ['obotics'])).ids).toEqual([]);
    });

    it('matches where a word starts, not inside one', async () => {
      expect((await allPages('raktar', 20)).ids).toEqual([]);
      expect((await allPages('parse', 20)).ids).toEqual([]);
    });

    it('costs a bounded number of statements: a rare word at most three (window end, window, FULLTEXT)', async () => {
      for (const [needle, filter] of [
        ['common', '{ search: "common" }'],
        ['rarest', '{ search: "rarest" }'],
        ['rarest', '{ areas: ["Rare Robotics"] }'],
        ['rarest', '{ areas: ["Nanotechnologie"] }'],
        ['rarest', '{ search: "cooperation", areas: ["Rare Robotics"] }'],
      ]) {
        fx.sql.reset();
        const { errors } = await fx.query(`{ agreements(filter: ${filter}, first: 20) { nodes { id } } }`);
        expect(errors).toBeUndefined();
        expect(fx.sql.count).toBeLessThanOrEqual(database.label === 'mysql' ? 3 : 1);
        if (database.label === 'mysql' && needle === 'rarest')
          expect(fx.sql.statements.some((s) => /MATCH\(/.test(s))).toBe(true);
        if (database.label === 'mysql' && needle === 'common')
          expect(fx.sql.statements.some((s) => /MATCH\(/.test(s))).toBe(false);
      }
    });
  },
);
