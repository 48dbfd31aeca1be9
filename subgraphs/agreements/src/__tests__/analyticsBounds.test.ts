import { readCacheTtlMs, setReadCacheTtl } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { AgreementParty } from '../entities/AgreementParty';
import { AgreementRepository, type AgreementValues } from '../repositories/AgreementRepository';
import { chunks } from '@partnership-graph/shared';
import { openFixture, startInstitutions, type AgreementsFixture } from './fixture';

/**
 * The walks and statistics stay within their documented bounds: nodes, edges and
 * shared agreements per edge for the network; depth and institutions reached for the
 * path; buckets and parties for the statistics; and the time budget for all. What a
 * bound leaves out is stated (totals, `truncated`) or refused with LIMIT_REACHED.
 */
const network = `query($filter: AgreementFilter, $maxNodes: Int, $maxEdges: Int) {
  partnershipNetwork(filter: $filter, maxNodes: $maxNodes, maxEdges: $maxEdges) {
    nodes { id }
    edges { source { id } target { id } weight agreementIds agreements { id } }
    totalNodes totalEdges truncated
  }
}`;
const path = `query($from: ID!, $to: ID!, $maxDepth: Int) {
  partnershipPath(from: $from, to: $to, maxDepth: $maxDepth) { length institutions { id } agreements { id } }
}`;
const stats = `query($groupBy: AgreementStatsGroupBy!, $filter: AgreementFilter, $maxBuckets: Int) {
  agreementStats(groupBy: $groupBy, filter: $filter, maxBuckets: $maxBuckets) { key count }
}`;

const BAYRAKTAR = 'bayraktar-technology-azerbaijan';
const INNOVATION_CENTER = 'innovation-center-sapssi';

const values = (title: string): AgreementValues => ({
  title,
  titleIsDescriptive: true,
  kind: 'COOPERATION_AGREEMENT',
  status: 'SIGNED',
  description: null,
  signedOn: null,
  validFrom: null,
  validUntil: null,
  areas: [],
});

describe.each(testDatabases())('bounds of the walks and statistics on $label', (database) => {
  let fx: AgreementsFixture;
  let institutions: Awaited<ReturnType<typeof startInstitutions>>;
  beforeAll(async () => {
    institutions = await startInstitutions();
    fx = await openFixture(database, { institutionsUrl: institutions.url });
  }, 120_000);
  afterAll(async () => {
    setReadCacheTtl(readCacheTtlMs());
    await fx?.close();
    await institutions?.cleanup();
  });

  async function run(query: string, variables: Record<string, unknown>) {
    const { data, errors } = await fx.query(query, variables);
    expect(errors).toBeUndefined();
    return data!;
  }

  /** The SQL statements a query sends with the aggregate cache off (its full cost). */
  async function statementsOf(query: string, variables: Record<string, unknown>) {
    setReadCacheTtl(0);
    try {
      fx.sql.reset();
      const result = await fx.query(query, variables);
      return { result, statements: fx.sql.count };
    } finally {
      setReadCacheTtl(readCacheTtlMs());
    }
  }

  describe('partnershipNetwork', () => {
    it('states that nothing was left out when the whole network fits, without counting again', async () => {
      const { result, statements } = await statementsOf(network, {});
      expect(result.errors).toBeUndefined();
      expect(result.data?.partnershipNetwork).toMatchObject({ totalNodes: 7, totalEdges: 5, truncated: false });
      expect(result.data?.partnershipNetwork.nodes).toHaveLength(7);
      // nodes, edges, the shared agreement ids of every edge at once, and those agreements (the totals are the lists' lengths)
      expect(statements).toBe(4);
    });

    it('keeps the maxNodes institutions with the most agreements, and says how many there are', async () => {
      const { partnershipNetwork: net } = await run(network, { maxNodes: 3 });
      // Bayraktar is a party to two agreements, every other institution to one: ties go by id.
      expect(net.nodes).toEqual([{ id: 'azerbaijan-industrial-corporation' }, { id: 'azerishiq' }, { id: BAYRAKTAR }]);
      expect(net.edges).toEqual([]);
      expect(net).toMatchObject({ totalNodes: 7, totalEdges: 5, truncated: true });
    });

    it('keeps the maxEdges heaviest edges, and says how many there are', async () => {
      const { partnershipNetwork: net } = await run(network, { maxEdges: 2 });
      expect(net.nodes).toHaveLength(7);
      expect(
        net.edges.map((e: { source: { id: string }; target: { id: string } }) => `${e.source.id} ${e.target.id}`),
      ).toEqual([
        'azerbaijan-industrial-corporation aztu',
        'azerbaijan-industrial-corporation ganja-aluminium-complex',
      ]);
      expect(net).toMatchObject({ totalNodes: 7, totalEdges: 5, truncated: true });
      const none = await run(network, { maxNodes: 0 });
      expect(none.partnershipNetwork).toEqual({ nodes: [], edges: [], totalNodes: 7, totalEdges: 5, truncated: true });
    });

    it('takes more than the maximum as the maximum, and refuses a negative bound naming it', async () => {
      const { partnershipNetwork: net } = await run(network, { maxNodes: 1_000_000, maxEdges: 1_000_000 });
      expect(net).toMatchObject({ totalNodes: 7, totalEdges: 5, truncated: false });
      for (const argument of ['maxNodes', 'maxEdges']) {
        const { errors } = await fx.query(network, { [argument]: -1 });
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      }
    });

    it('lists at most 20 shared agreements on an edge, while its weight counts them all', async () => {
      const repository = new AgreementRepository(fx.dataSource);
      const ids = Array.from({ length: 25 }, (_, i) => `bound-shared-${String(i).padStart(2, '0')}`);
      for (const id of ids) {
        await repository.insert(fx.dataSource.manager, id, values(id), []);
        await fx.dataSource.getRepository(AgreementParty).insert([
          { agreementId: id, institutionId: 'bound-edge-a', role: null, signatoryId: null, position: 0 },
          { agreementId: id, institutionId: 'bound-edge-b', role: null, signatoryId: null, position: 1 },
        ]);
      }
      const { partnershipNetwork: net } = await run(network, { filter: { partyId: 'bound-edge-a' } });
      expect(net.edges).toHaveLength(1);
      expect(net.edges[0].weight).toBe(25);
      expect(net.edges[0].agreementIds).toEqual(ids.slice(0, 20));
      expect(net.edges[0].agreements.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 20));
    });

    it('is refused with LIMIT_REACHED past its time budget', async () => {
      const hurried = await openFixture(database, { analyticsBudgetMs: 0 });
      try {
        const { data, errors } = await hurried.query(network, {});
        expect(errors?.[0].extensions).toMatchObject({ code: 'LIMIT_REACHED', limit: 'timeBudgetMs', timeBudgetMs: 0 });
        expect(errors?.[0].message).toMatch(/partnershipNetwork stopped at its time budget of 0 ms/);
        expect(data).toBeNull();
      } finally {
        await hurried.close();
      }
    });
  });

  describe('partnershipPath', () => {
    it('does not search at all towards an institution that is a party to nothing', async () => {
      const { result, statements } = await statementsOf(path, { from: 'bsu', to: 'khazar-university' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.partnershipPath).toBeNull();
      // one statement asks whether both ends are parties; the component of BSU is not walked
      expect(statements).toBe(1);
    });

    it('looks for chains of at most maxDepth agreements', async () => {
      expect((await run(path, { from: INNOVATION_CENTER, to: 'bsu', maxDepth: 1 })).partnershipPath).toBeNull();
      expect((await run(path, { from: INNOVATION_CENTER, to: 'bsu', maxDepth: 2 })).partnershipPath.length).toBe(2);
      expect((await run(path, { from: INNOVATION_CENTER, to: 'bsu', maxDepth: 100 })).partnershipPath.length).toBe(2);
      const { errors } = await fx.query(path, { from: INNOVATION_CENTER, to: 'bsu', maxDepth: -1 });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'maxDepth' });
    });

    it('asks about a wide step in batches of institutions, and still finds the same chain', async () => {
      // bound-hub shares one agreement with 1,200 institutions; the 1,000th of them shares one with bound-end.
      const middle = Array.from({ length: 1200 }, (_, i) => `bound-mid-${String(i).padStart(4, '0')}`);
      const repository = new AgreementRepository(fx.dataSource);
      await repository.insert(fx.dataSource.manager, 'bound-wide', values('bound-wide'), []);
      await repository.insert(fx.dataSource.manager, 'bound-last', values('bound-last'), []);
      const parties = ['bound-hub', ...middle].map((institutionId, position) => ({
        agreementId: 'bound-wide',
        institutionId,
        role: null,
        signatoryId: null,
        position,
      }));
      for (const chunk of chunks(parties, 200)) await fx.dataSource.getRepository(AgreementParty).insert(chunk);
      await fx.dataSource.getRepository(AgreementParty).insert([
        { agreementId: 'bound-last', institutionId: middle[999], role: null, signatoryId: null, position: 0 },
        { agreementId: 'bound-last', institutionId: 'bound-end', role: null, signatoryId: null, position: 1 },
      ]);
      // The ids are not institutions the institutions subgraph knows: ask the network service the way the resolver does.
      const { PartnershipNetworkService } = await import('../services/network');
      const { TimeBudget } = await import('@partnership-graph/shared');
      setReadCacheTtl(0);
      fx.sql.reset();
      const found = await new PartnershipNetworkService(fx.dataSource).path(
        'bound-hub',
        'bound-end',
        6,
        new TimeBudget(60_000, 'partnershipPath'),
      );
      const statements = [...fx.sql.statements];
      setReadCacheTtl(readCacheTtlMs());
      expect(found).toEqual({
        institutionIds: ['bound-hub', middle[999], 'bound-end'],
        agreementIds: ['bound-wide', 'bound-last'],
      });
      // both ends are parties; step 1: bound-hub's agreements, their parties; step 2: the agreements
      // of the 1,200 in three batches of at most 500, then the parties of the one not read before
      expect(statements).toHaveLength(7);
    });

    it("stops with LIMIT_REACHED past 10,000 institutions reached, even past SQLite's 32,766 variables", async () => {
      const repository = new AgreementRepository(fx.dataSource);
      await repository.insert(fx.dataSource.manager, 'bound-huge', values('bound-huge'), []);
      await repository.insert(fx.dataSource.manager, 'bound-island', values('bound-island'), []);
      const crowd = Array.from({ length: 33_000 }, (_, i) => `bound-crowd-${String(i).padStart(5, '0')}`);
      const parties = ['bound-start', ...crowd].map((institutionId, position) => ({
        agreementId: 'bound-huge',
        institutionId,
        role: null,
        signatoryId: null,
        position,
      }));
      for (const chunk of chunks(parties, 500)) await fx.dataSource.getRepository(AgreementParty).insert(chunk);
      await fx.dataSource.getRepository(AgreementParty).insert([
        { agreementId: 'bound-island', institutionId: 'bound-island-a', role: null, signatoryId: null, position: 0 },
        { agreementId: 'bound-island', institutionId: 'bound-island-b', role: null, signatoryId: null, position: 1 },
      ]);
      const { PartnershipNetworkService } = await import('../services/network');
      const { TimeBudget } = await import('@partnership-graph/shared');
      const search = new PartnershipNetworkService(fx.dataSource).path(
        'bound-crowd-00001',
        'bound-island-a',
        6,
        new TimeBudget(60_000, 'partnershipPath'),
      );
      await expect(search).rejects.toMatchObject({
        extensions: {
          code: 'LIMIT_REACHED',
          limit: 'institutionsReached',
          maxInstitutions: 10_000,
          institutionsReached: 33_001,
          depthSearched: 0,
        },
      });
      // agreementStats by a party attribute refuses to look up that many parties, stating how many.
      const { errors } = await fx.query(stats, { groupBy: 'PARTY_KIND', filter: { partyId: 'bound-start' } });
      expect(errors?.[0].extensions).toMatchObject({
        code: 'LIMIT_REACHED',
        limit: 'parties',
        maxParties: 10_000,
        parties: 33_001,
      });
    }, 120_000);

    it('is refused with LIMIT_REACHED past its time budget, saying how far it got', async () => {
      const hurried = await openFixture(database, { analyticsBudgetMs: 0, institutionsUrl: institutions.url });
      try {
        const { errors } = await hurried.query(path, { from: INNOVATION_CENTER, to: 'bsu' });
        expect(errors?.[0].extensions).toMatchObject({
          code: 'LIMIT_REACHED',
          limit: 'timeBudgetMs',
          depthSearched: 0,
          institutionsReached: 1,
          agreementsReached: 0,
        });
      } finally {
        await hurried.close();
      }
    });
  });

  describe('agreementStats', () => {
    it('refuses more buckets than maxBuckets, stating how many there are', async () => {
      const kinds = await run(stats, { groupBy: 'KIND' });
      const buckets = kinds.agreementStats.length;
      expect(buckets).toBeGreaterThan(1);
      expect((await run(stats, { groupBy: 'KIND', maxBuckets: buckets })).agreementStats).toHaveLength(buckets);
      expect((await run(stats, { groupBy: 'KIND', maxBuckets: 1_000_000 })).agreementStats).toHaveLength(buckets);
      const { data, errors } = await fx.query(stats, { groupBy: 'KIND', maxBuckets: 1 });
      expect(errors?.[0].extensions).toMatchObject({
        code: 'LIMIT_REACHED',
        limit: 'maxBuckets',
        maxBuckets: 1,
        buckets,
      });
      expect(data).toBeNull();
      const negative = await fx.query(stats, { groupBy: 'KIND', maxBuckets: -1 });
      expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'maxBuckets' });
    });

    it.each(['PARTY_KIND', 'PARTY_COUNTRY'])(
      'by %s counts in one statement and answers a repeat from the aggregate cache',
      async (groupBy) => {
        const filter = { kinds: ['MEMORANDUM_OF_UNDERSTANDING'] };
        const { result, statements } = await statementsOf(stats, { groupBy, filter });
        expect(result.errors).toBeUndefined();
        // the distinct parties, then every bucket in one statement
        expect(statements).toBe(2);
        fx.sql.reset();
        const first = await run(stats, { groupBy, filter });
        fx.sql.reset();
        const again = await run(stats, { groupBy, filter });
        expect(again).toEqual(first);
        expect(fx.sql.count).toBe(0);
      },
    );

    // Last: it stops the institutions subgraph of this block.
    it('answers a repeated party statistic without asking the institutions subgraph again', async () => {
      const filter = { kinds: ['MEMORANDUM_OF_UNDERSTANDING'] };
      const first = await run(stats, { groupBy: 'PARTY_COUNTRY', filter });
      await institutions.stop();
      expect(await run(stats, { groupBy: 'PARTY_COUNTRY', filter })).toEqual(first);
      const uncached = await fx.query(stats, { groupBy: 'PARTY_COUNTRY', filter: { kinds: ['COOPERATION_PROGRAM'] } });
      expect(uncached.errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    });
  });
});
