import { readCacheTtlMs, setReadCacheTtl } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { AgreementRepository, type AgreementValues } from '../repositories/AgreementRepository';
import { openFixture, startInstitutions, type AgreementsFixture } from './fixture';

const agreementStats = `query($filter: AgreementFilter, $groupBy: AgreementStatsGroupBy!) {
  agreementStats(filter: $filter, groupBy: $groupBy) { key label count }
}`;
const eventStats = `query($filter: EventFilter, $groupBy: EventStatsGroupBy!) {
  eventStats(filter: $filter, groupBy: $groupBy) { key label count }
}`;
const network = `query($filter: AgreementFilter) {
  partnershipNetwork(filter: $filter) {
    nodes { id }
    edges { source { id } target { id } weight firstSignedOn lastSignedOn agreementIds agreements { id signedOn } }
  }
}`;
const path = `query($from: ID!, $to: ID!) {
  partnershipPath(from: $from, to: $to) { length institutions { id } agreements { id kind } }
}`;

const BAYRAKTAR = 'bayraktar-technology-azerbaijan';
const INNOVATION_CENTER = 'innovation-center-sapssi';
const MOU_INNOVATION = 'mou-innovation-center-bayraktar-2025';
const MOU_BSU = 'mou-bsu-bayraktar-2025';

describe.each(testDatabases())('statistics and the partnership network on $label (seed data)', (database) => {
  let fx: AgreementsFixture;
  let institutions: Awaited<ReturnType<typeof startInstitutions>>;
  beforeAll(async () => {
    // Party countries and kinds, and whether an institution exists, are the institutions subgraph's to say.
    institutions = await startInstitutions();
    fx = await openFixture(database, { institutionsUrl: institutions.url });
  }, 120_000);
  afterAll(async () => {
    await fx?.close();
    await institutions?.cleanup();
  });

  async function run(query: string, variables: Record<string, unknown>) {
    const { data, errors } = await fx.query(query, variables);
    expect(errors).toBeUndefined();
    return data!;
  }

  describe('agreementStats', () => {
    it('counts the agreements by kind, largest bucket first', async () => {
      const { agreementStats: buckets } = await run(agreementStats, { groupBy: 'KIND' });
      expect(buckets).toEqual([
        { key: 'MEMORANDUM_OF_UNDERSTANDING', label: 'Memorandum of understanding', count: 2 },
        { key: 'COOPERATION_AGREEMENT', label: 'Cooperation agreement', count: 1 },
        { key: 'COOPERATION_PROGRAM', label: 'Cooperation program', count: 1 },
      ]);
    });

    it('counts by year of signing, with the undated agreements in one bucket at the end', async () => {
      const { agreementStats: buckets } = await run(agreementStats, { groupBy: 'YEAR' });
      expect(buckets).toEqual([
        { key: '2025', label: '2025', count: 1 },
        { key: null, label: 'undated', count: 3 },
      ]);
    });

    it('counts by the country and the kind of the parties, each agreement once per value', async () => {
      const { agreementStats: byCountry } = await run(agreementStats, { groupBy: 'PARTY_COUNTRY' });
      expect(byCountry).toEqual([{ key: 'AZ', label: 'AZ', count: 4 }]);
      const { agreementStats: byKind } = await run(agreementStats, { groupBy: 'PARTY_KIND' });
      expect(byKind).toContainEqual({ key: 'UNIVERSITY', label: 'University', count: 2 });
      expect(byKind).toContainEqual({ key: 'COMPANY', label: 'Company', count: 3 });
      const { agreementStats: memoranda } = await run(agreementStats, {
        groupBy: 'PARTY_KIND',
        filter: { kinds: ['MEMORANDUM_OF_UNDERSTANDING'] },
      });
      expect(memoranda.find((b: { key: string }) => b.key === 'COMPANY')).toEqual({
        key: 'COMPANY',
        label: 'Company',
        count: 2,
      });
    });

    it('counts by status', async () => {
      const { agreementStats: buckets } = await run(agreementStats, { groupBy: 'STATUS' });
      expect(buckets).toEqual([
        { key: 'SIGNED', label: 'Signed', count: 2 },
        { key: 'ACTIVE', label: 'Active', count: 1 },
        { key: 'ANNOUNCED', label: 'Announced', count: 1 },
      ]);
    });

    it('counts by area, an agreement once in each of its areas', async () => {
      const { agreementStats: buckets } = await run(agreementStats, { groupBy: 'AREA' });
      expect(buckets).toEqual([
        { key: 'artificial intelligence', label: 'artificial intelligence', count: 2 },
        { key: 'innovation', label: 'innovation', count: 2 },
        { key: 'chemical engineering', label: 'chemical engineering', count: 1 },
        { key: 'computer engineering', label: 'computer engineering', count: 1 },
        { key: 'information technology', label: 'information technology', count: 1 },
        { key: 'metallurgy', label: 'metallurgy', count: 1 },
        { key: 'nanotechnology', label: 'nanotechnology', count: 1 },
        { key: 'research', label: 'research', count: 1 },
        { key: 'science', label: 'science', count: 1 },
      ]);
      // Every key can be passed back as an area filter and finds exactly its count.
      for (const bucket of buckets) {
        const { agreements } = await run(`query($a: [String!]) { agreements(filter: { areas: $a }) { totalCount } }`, {
          a: [bucket.key],
        });
        expect(agreements.totalCount).toBe(bucket.count);
      }
    });

    it('counts by party role, an agreement once per role its parties have', async () => {
      const { agreementStats: buckets } = await run(agreementStats, { groupBy: 'PARTY_ROLE' });
      expect(buckets).toEqual([
        { key: 'PARTY', label: 'Party', count: 2 },
        { key: 'SIGNATORY_PARTY', label: 'Signatory party', count: 2 },
        { key: 'ANNOUNCER', label: 'Announcer', count: 1 },
      ]);
    });

    it('applies the same filter as the agreements list', async () => {
      const byKind = await run(agreementStats, { groupBy: 'KIND', filter: { partyId: BAYRAKTAR } });
      expect(byKind.agreementStats).toEqual([
        { key: 'MEMORANDUM_OF_UNDERSTANDING', label: 'Memorandum of understanding', count: 2 },
      ]);
      const byYear = await run(agreementStats, {
        groupBy: 'YEAR',
        filter: { signedFrom: '2025-01-01', signedTo: '2025-12-31' },
      });
      expect(byYear.agreementStats).toEqual([{ key: '2025', label: '2025', count: 1 }]);
      const byArea = await run(agreementStats, {
        groupBy: 'AREA',
        filter: { kinds: ['COOPERATION_AGREEMENT'], search: 'nanotechnologie' },
      });
      expect(byArea.agreementStats).toEqual([]);
      // The area's German name finds it as its English one does.
      const searched = await run(agreementStats, {
        groupBy: 'AREA',
        filter: { kinds: ['MEMORANDUM_OF_UNDERSTANDING'], search: 'Nanotechnologie' },
      });
      expect(searched.agreementStats.map((b: { key: string }) => b.key)).toEqual([
        'artificial intelligence',
        'chemical engineering',
        'computer engineering',
        'information technology',
        'nanotechnology',
      ]);
      const roles = await run(agreementStats, { groupBy: 'PARTY_ROLE', filter: { statuses: ['ANNOUNCED', 'ACTIVE'] } });
      expect(roles.agreementStats).toEqual([
        { key: 'PARTY', label: 'Party', count: 2 },
        { key: 'ANNOUNCER', label: 'Announcer', count: 1 },
      ]);
      // The buckets of a dimension where every agreement has one value add up to the list's total.
      const filter = { areas: ['artificial intelligence'] };
      const [{ agreementStats: statuses }, { agreements }] = await Promise.all([
        run(agreementStats, { groupBy: 'STATUS', filter }),
        run(`query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, { f: filter }),
      ]);
      expect(statuses.reduce((sum: number, b: { count: number }) => sum + b.count, 0)).toBe(agreements.totalCount);
    });

    it.each(['YEAR', 'KIND', 'STATUS', 'AREA', 'PARTY_ROLE'])('by %s is one SQL statement', async (groupBy) => {
      fx.sql.reset();
      await run(agreementStats, { groupBy, filter: { partyId: BAYRAKTAR, search: 'memorandum', signedTo: '2030' } });
      expect(fx.sql.count).toBe(1);
      expect(fx.sql.statements[0]).toMatch(/GROUP BY/i);
    });

    it('refuses an unknown groupBy and a bad filter with BAD_USER_INPUT naming the argument', async () => {
      const literal = await fx.query(`{ agreementStats(groupBy: PARTY_COLOUR) { key } }`);
      expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'groupBy' });
      const variable = await fx.query(agreementStats, { groupBy: 'COLOUR' });
      expect(variable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'groupBy' });
      const missing = await fx.query(`{ agreementStats { key } }`);
      expect(missing.errors?.[0].message).toContain('groupBy');
      const badDate = await fx.query(agreementStats, { groupBy: 'KIND', filter: { signedFrom: '2025-02-30' } });
      expect(badDate.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'filter.signedFrom',
      });
      const badId = await fx.query(agreementStats, { groupBy: 'KIND', filter: { partyId: 'Not An Id' } });
      expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.partyId' });
    });
  });

  describe('eventStats', () => {
    it('counts events by year, kind and whether they were online', async () => {
      expect((await run(eventStats, { groupBy: 'YEAR' })).eventStats).toEqual([
        { key: '2020', label: '2020', count: 1 },
        { key: '2025', label: '2025', count: 1 },
      ]);
      expect((await run(eventStats, { groupBy: 'KIND' })).eventStats).toEqual([
        { key: 'CONFERENCE', label: 'Conference', count: 1 },
        { key: 'FORUM', label: 'Forum', count: 1 },
      ]);
      expect((await run(eventStats, { groupBy: 'ONLINE' })).eventStats).toEqual([
        { key: 'false', label: 'in person', count: 1 },
        { key: 'true', label: 'online', count: 1 },
      ]);
    });

    it('applies the same filter as the events list', async () => {
      expect((await run(eventStats, { groupBy: 'KIND', filter: { institutionId: 'aztu' } })).eventStats).toEqual([
        { key: 'FORUM', label: 'Forum', count: 1 },
      ]);
      // Lanzhou University organised the alliance's conference; TUBITAK sent a speaker to the forum.
      expect(
        (await run(eventStats, { groupBy: 'ONLINE', filter: { institutionId: 'lanzhou-university' } })).eventStats,
      ).toEqual([{ key: 'true', label: 'online', count: 1 }]);
      expect((await run(eventStats, { groupBy: 'YEAR', filter: { institutionId: 'tubitak' } })).eventStats).toEqual([
        { key: '2025', label: '2025', count: 1 },
      ]);
      expect((await run(eventStats, { groupBy: 'YEAR', filter: { to: '2024' } })).eventStats).toEqual([
        { key: '2020', label: '2020', count: 1 },
      ]);
      expect((await run(eventStats, { groupBy: 'KIND', filter: { kinds: ['SEMINAR'] } })).eventStats).toEqual([]);
    });

    it.each(['YEAR', 'KIND', 'ONLINE'])('by %s is one SQL statement', async (groupBy) => {
      fx.sql.reset();
      await run(eventStats, { groupBy, filter: { institutionId: 'aztu', search: 'cooperation', from: '2020' } });
      expect(fx.sql.count).toBe(1);
      expect(fx.sql.statements[0]).toMatch(/GROUP BY/i);
    });

    it('refuses an unknown groupBy, naming it', async () => {
      const { errors } = await fx.query(`{ eventStats(groupBy: PARTY_KIND) { key } }`);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'groupBy' });
    });
  });

  describe('partnershipNetwork', () => {
    it('has every party of every agreement as a node and every pair of co-parties as an edge', async () => {
      const { partnershipNetwork: net } = await run(network, {});
      expect(net.nodes.map((n: { id: string }) => n.id)).toEqual([
        'azerbaijan-industrial-corporation',
        'azerishiq',
        'aztu',
        BAYRAKTAR,
        'bsu',
        'ganja-aluminium-complex',
        INNOVATION_CENTER,
      ]);
      expect(net.edges).toEqual([
        {
          source: { id: 'azerbaijan-industrial-corporation' },
          target: { id: 'aztu' },
          weight: 1,
          firstSignedOn: null,
          lastSignedOn: null,
          agreementIds: ['aztu-aic-cooperation'],
          agreements: [{ id: 'aztu-aic-cooperation', signedOn: null }],
        },
        expect.objectContaining({
          source: { id: 'azerbaijan-industrial-corporation' },
          target: { id: 'ganja-aluminium-complex' },
          weight: 1,
        }),
        expect.objectContaining({ source: { id: 'aztu' }, target: { id: 'ganja-aluminium-complex' }, weight: 1 }),
        expect.objectContaining({
          source: { id: BAYRAKTAR },
          target: { id: 'bsu' },
          weight: 1,
          firstSignedOn: null,
          agreementIds: [MOU_BSU],
        }),
        {
          source: { id: BAYRAKTAR },
          target: { id: INNOVATION_CENTER },
          weight: 1,
          firstSignedOn: '2025-07-04',
          lastSignedOn: '2025-07-04',
          agreementIds: [MOU_INNOVATION],
          agreements: [{ id: MOU_INNOVATION, signedOn: '2025-07-04' }],
        },
      ]);
    });

    it('draws only the agreements the filter selects, in one statement for the nodes and one for the edges', async () => {
      setReadCacheTtl(0);
      fx.sql.reset();
      const { data, errors } = await fx.query(
        `query($f: AgreementFilter) { partnershipNetwork(filter: $f) { nodes { id } edges { source { id } target { id } weight } } }`,
        {
          f: { kinds: ['MEMORANDUM_OF_UNDERSTANDING'] },
        },
      );
      expect(errors).toBeUndefined();
      expect(fx.sql.count).toBe(2);
      setReadCacheTtl(readCacheTtlMs());
      expect(data?.partnershipNetwork).toEqual({
        nodes: [{ id: BAYRAKTAR }, { id: 'bsu' }, { id: INNOVATION_CENTER }],
        edges: [
          { source: { id: BAYRAKTAR }, target: { id: 'bsu' }, weight: 1 },
          { source: { id: BAYRAKTAR }, target: { id: INNOVATION_CENTER }, weight: 1 },
        ],
      });
      const lonely = await run(network, { filter: { kinds: ['COOPERATION_PROGRAM'] } });
      expect(lonely.partnershipNetwork).toEqual({ nodes: [{ id: 'azerishiq' }], edges: [] });
      const none = await run(network, { filter: { partyId: 'no-such-institution' } });
      expect(none.partnershipNetwork).toEqual({ nodes: [], edges: [] });
      const bad = await fx.query(network, { filter: { signedTo: 'soon' } });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.signedTo' });
    });
  });

  describe('partnershipPath', () => {
    it('finds the chain from the Innovation Center to BSU through Bayraktar Technology Azerbaijan', async () => {
      const { partnershipPath: found } = await run(path, { from: INNOVATION_CENTER, to: 'bsu' });
      expect(found).toEqual({
        length: 2,
        institutions: [{ id: INNOVATION_CENTER }, { id: BAYRAKTAR }, { id: 'bsu' }],
        agreements: [
          { id: MOU_INNOVATION, kind: 'MEMORANDUM_OF_UNDERSTANDING' },
          { id: MOU_BSU, kind: 'MEMORANDUM_OF_UNDERSTANDING' },
        ],
      });
      const back = await run(path, { from: 'bsu', to: INNOVATION_CENTER });
      expect(back.partnershipPath.institutions.map((i: { id: string }) => i.id)).toEqual([
        'bsu',
        BAYRAKTAR,
        INNOVATION_CENTER,
      ]);
    });

    it('takes one agreement between direct partners, including an announcing party', async () => {
      const { partnershipPath: found } = await run(path, {
        from: 'ganja-aluminium-complex',
        to: 'azerbaijan-industrial-corporation',
      });
      expect(found).toEqual({
        length: 1,
        institutions: [{ id: 'ganja-aluminium-complex' }, { id: 'azerbaijan-industrial-corporation' }],
        agreements: [{ id: 'aztu-aic-cooperation', kind: 'COOPERATION_AGREEMENT' }],
      });
    });

    it('costs one statement per step of the search', async () => {
      setReadCacheTtl(0);
      fx.sql.reset();
      await run(path, { from: INNOVATION_CENTER, to: 'bsu' });
      setReadCacheTtl(readCacheTtlMs());
      // whether both ends are parties, two steps of the search (the agreements of the frontier, then
      // their parties), then the two agreements in one batch
      expect(fx.sql.count).toBe(6);
    });

    it('is null when no chain links the two, or when one is a party to nothing here', async () => {
      expect((await run(path, { from: 'aztu', to: 'bsu' })).partnershipPath).toBeNull();
      expect((await run(path, { from: 'azerishiq', to: 'aztu' })).partnershipPath).toBeNull();
      expect((await run(path, { from: 'khazar-university', to: 'bsu' })).partnershipPath).toBeNull();
    });

    it.each([
      ['from', { from: 'no-such-institution', to: 'bsu' }],
      ['to', { from: 'bsu', to: 'no-such-institution' }],
    ])('refuses an unknown %s with BAD_USER_INPUT naming it', async (argument, variables) => {
      const { data, errors } = await fx.query(path, variables);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(errors?.[0].message).toMatch(/no Institution has id "no-such-institution"/);
      expect(data?.partnershipPath ?? null).toBeNull();
    });

    it('is a chain of length 0 from an institution to itself', async () => {
      expect((await run(path, { from: 'bsu', to: 'bsu' })).partnershipPath).toEqual({
        length: 0,
        institutions: [{ id: 'bsu' }],
        agreements: [],
      });
    });

    it.each([
      ['from', { from: 'Baku State University', to: 'bsu' }],
      ['to', { from: 'bsu', to: 'x'.repeat(65) }],
    ])('refuses a malformed %s with BAD_USER_INPUT naming the argument', async (argument, variables) => {
      const { data, errors } = await fx.query(path, variables);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(data?.partnershipPath ?? null).toBeNull();
    });
  });
});

describe.each(testDatabases())('statistics and the network over more agreements on $label', (database) => {
  let fx: AgreementsFixture;

  /** Writes an agreement directly (no reference checks), as the seed does. */
  async function insert(id: string, values: Partial<AgreementValues>, partyIds: string[]) {
    const all: AgreementValues = {
      title: id,
      titleIsDescriptive: true,
      kind: 'COOPERATION_AGREEMENT',
      status: 'SIGNED',
      description: null,
      signedOn: null,
      validFrom: null,
      validUntil: null,
      areas: [],
      ...values,
    };
    const manager = fx.dataSource.manager;
    await new AgreementRepository(fx.dataSource).insert(manager, id, all, []);
    await new AgreementPartyRepository(fx.dataSource).insertRows(
      manager,
      partyIds.map((institutionId, position) => ({
        agreementId: id,
        institutionId,
        role: position ? null : 'PARTY',
        signatoryId: null,
        position,
      })),
    );
  }

  let institutions: Awaited<ReturnType<typeof startInstitutions>>;
  beforeAll(async () => {
    institutions = await startInstitutions();
    fx = await openFixture(database, { institutionsUrl: institutions.url });
    await insert(
      'extra-bsu-bayraktar-2023',
      { signedOn: '2023-03', areas: ['Artificial Intelligence', 'Künstliche Intelligenz'] },
      ['bsu', BAYRAKTAR],
    );
    await insert('extra-bsu-bayraktar-2026', { signedOn: '2026', areas: ['ARTIFICIAL  intelligence!'] }, [
      BAYRAKTAR,
      'bsu',
    ]);
    // A chain: aztu – asoiu – bsu, longer than nothing but not via the memoranda.
    await insert('extra-aztu-asoiu', { signedOn: '2024-11-02' }, ['aztu', 'asoiu']);
    await insert('extra-asoiu-bsu', {}, ['asoiu', 'bsu']);
  }, 120_000);
  afterAll(async () => {
    await fx?.close();
    await institutions?.cleanup();
  });

  it('weighs an edge by the agreements it stands for, with the first and last signing dates', async () => {
    const { data } = await fx.query(network, { filter: { partyId: BAYRAKTAR } });
    const edge = data?.partnershipNetwork.edges[0];
    expect(edge).toMatchObject({
      source: { id: BAYRAKTAR },
      target: { id: 'bsu' },
      weight: 3,
      firstSignedOn: '2023-03',
      lastSignedOn: '2026',
      agreementIds: ['extra-bsu-bayraktar-2023', 'extra-bsu-bayraktar-2026', MOU_BSU],
    });
    // Institution.partners agrees with the edge.
    const partners = await fx.query(`{ _entities(representations: [{ __typename: "Institution", id: "bsu" }]) {
      ... on Institution { partners { institution { id } agreementCount firstSignedOn lastSignedOn } } } }`);
    expect(partners.data?._entities[0].partners).toContainEqual({
      institution: { id: BAYRAKTAR },
      agreementCount: 3,
      firstSignedOn: '2023-03',
      lastSignedOn: '2026',
    });
  });

  it('counts differently spelled areas, and an area of the vocabulary in any language, in one bucket, and years of partial dates', async () => {
    const { data } = await fx.query(agreementStats, { groupBy: 'AREA', filter: { partyId: 'bsu' } });
    expect(data?.agreementStats[0]).toEqual({
      key: 'artificial intelligence',
      label: 'artificial intelligence',
      count: 3,
    });
    // "Künstliche Intelligenz" is the vocabulary's German name of artificial intelligence.
    expect(data?.agreementStats.map((b: { key: string }) => b.key)).not.toContain('kunstliche intelligenz');
    const years = await fx.query(agreementStats, { groupBy: 'YEAR' });
    expect(years.data?.agreementStats).toEqual([
      { key: '2023', label: '2023', count: 1 },
      { key: '2024', label: '2024', count: 1 },
      { key: '2025', label: '2025', count: 1 },
      { key: '2026', label: '2026', count: 1 },
      { key: null, label: 'undated', count: 4 },
    ]);
    const roles = await fx.query(agreementStats, { groupBy: 'PARTY_ROLE', filter: { search: 'extra' } });
    expect(roles.data?.agreementStats).toEqual([
      { key: 'PARTY', label: 'Party', count: 4 },
      { key: null, label: 'no role stated', count: 4 },
    ]);
  });

  it('finds the shortest of several chains', async () => {
    const { data } = await fx.query(path, { from: 'aztu', to: INNOVATION_CENTER });
    expect(data?.partnershipPath).toEqual({
      length: 4,
      institutions: [{ id: 'aztu' }, { id: 'asoiu' }, { id: 'bsu' }, { id: BAYRAKTAR }, { id: INNOVATION_CENTER }],
      agreements: [
        { id: 'extra-aztu-asoiu', kind: 'COOPERATION_AGREEMENT' },
        { id: 'extra-asoiu-bsu', kind: 'COOPERATION_AGREEMENT' },
        // Of the three agreements BSU and Bayraktar share, the first by id.
        { id: 'extra-bsu-bayraktar-2023', kind: 'COOPERATION_AGREEMENT' },
        { id: MOU_INNOVATION, kind: 'MEMORANDUM_OF_UNDERSTANDING' },
      ],
    });
    const direct = await fx.query(path, { from: 'asoiu', to: 'bsu' });
    expect(direct.data?.partnershipPath.length).toBe(1);
  });
});
