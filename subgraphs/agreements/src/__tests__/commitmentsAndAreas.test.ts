import { mintToken, readAuthConfig, type Role } from '@partnership-graph/shared';
import { postGraphQL, startStack, testDatabases, type Stack } from '@partnership-graph/shared/testing';
import { RefreshAgreementSearchText1766800000000 } from '../migrations/RefreshAgreementSearchText1766800000000';
import { agreementsSeed } from '../seed/data';
import { openFixture } from './fixture';

/**
 * What agreements promise and what they are about, asked as an analyst would, through
 * the gateway: the commitment-kind filter, search over commitments (their words and the
 * names of their kinds in English, German and Azerbaijani), and area filters in every
 * language of the area vocabulary. Expected answers come from the seed data itself.
 */
const seeded = agreementsSeed.agreements;
const sorted = (ids: string[]) => [...ids].sort();
const withCommitment = (...kinds: string[]) =>
  sorted(seeded.filter((a) => a.commitments.some((c) => kinds.includes(c.kind))).map((a) => a.id));
const withArea = (area: string) => sorted(seeded.filter((a) => a.areas.includes(area)).map((a) => a.id));

async function bearer(sub: string, roles: Role[]): Promise<Record<string, string>> {
  const secret = readAuthConfig().jwtSecret;
  if (!secret) throw new Error('no JWT secret configured for the test');
  return { authorization: `Bearer ${await mintToken(secret, { sub, roles })}` };
}

describe.each(testDatabases())('commitments and areas of agreements through the gateway on $label', ({ label }) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: ['institutions', 'agreements'], database: label });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function ask(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
    const { status, body } = await postGraphQL(stack.gatewayUrl, query, variables, headers);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return body.data;
  }

  async function ids(filter: Record<string, unknown>): Promise<string[]> {
    const data = await ask(
      'query($filter: AgreementFilter) { agreements(filter: $filter, first: 100) { totalCount nodes { id } } }',
      { filter },
    );
    expect(data.agreements.totalCount).toBe(data.agreements.nodes.length);
    return sorted(data.agreements.nodes.map((n: { id: string }) => n.id));
  }

  it('filters by the kinds of commitment an agreement makes, any of those given', async () => {
    const kinds = [...new Set(seeded.flatMap((a) => a.commitments.map((c) => c.kind)))];
    expect(kinds.length).toBeGreaterThan(5);
    for (const kind of kinds) expect(await ids({ commitmentKinds: [kind] })).toEqual(withCommitment(kind));
    expect(await ids({ commitmentKinds: ['LABORATORY', 'DEMO_DAYS'] })).toEqual(
      withCommitment('LABORATORY', 'DEMO_DAYS'),
    );
    expect(withCommitment('LABORATORY', 'DEMO_DAYS')).toHaveLength(2);
    expect(await ids({ commitmentKinds: ['OTHER'] })).toEqual([]);
    // With the other conditions: all must hold.
    expect(await ids({ commitmentKinds: ['INTERNSHIPS'], partyId: 'bsu' })).toEqual(['mou-bsu-bayraktar-2025']);
    const data = await ask(`{
      institution(id: "bayraktar-technology-azerbaijan") { agreements(filter: { commitmentKinds: [DEMO_DAYS] }) { totalCount nodes { id } } }
      agreementStats(filter: { commitmentKinds: [LABORATORY] }, groupBy: KIND) { key count }
    }`);
    expect(data.institution.agreements.nodes.map((n: { id: string }) => n.id)).toEqual(withCommitment('DEMO_DAYS'));
    expect(data.agreementStats).toEqual([{ key: 'COOPERATION_AGREEMENT', count: 1 }]);
  });

  it('finds the agreements that promise internships by search in English, German and Azerbaijani', async () => {
    const internships = withCommitment('INTERNSHIPS');
    expect(internships.length).toBe(4);
    for (const search of ['internship', 'Internships', 'Praktikum', 'praktika', 'Təcrübə', 'tecrube']) {
      expect([search, await ids({ search })]).toEqual([search, internships]);
    }
    // The source's own words of one commitment, found nowhere else in the agreement.
    expect(await ids({ search: 'Beschäftigungsmöglichkeiten' })).toEqual(['mou-bsu-bayraktar-2025']);
    expect(await ids({ search: 'dissertation topics' })).toEqual(['aztu-aic-cooperation']);
    // A kind's name in German: RESEARCH_CENTER is "Forschungszentrum".
    expect(await ids({ search: 'Forschungszentrum' })).toEqual(withCommitment('RESEARCH_CENTER'));
    // Where a word starts only.
    expect(await ids({ search: 'ternship' })).toEqual([]);
  });

  it('matches areas in every language and spelling of the vocabulary, folded like names, and by the start of a word', async () => {
    const ai = withArea('artificial intelligence');
    expect(ai).toHaveLength(2);
    for (const area of [
      'Artificial Intelligence',
      'künstliche Intelligenz',
      'kunstliche intelligenz',
      'süni intellekt',
      'SUNI INTELLEKT',
      'artificial',
      'Intelligenz',
    ]) {
      expect([area, await ids({ areas: [area] })]).toEqual([area, ai]);
    }
    expect(await ids({ areas: ['Nanotechnologie'] })).toEqual(withArea('nanotechnology'));
    expect(await ids({ areas: ['metallurgiya', 'Wissenschaft'] })).toEqual(
      sorted([...withArea('metallurgy'), ...withArea('science')]),
    );
    expect(await ids({ areas: ['telligence'] })).toEqual([]);
    // The same filter for statistics: the AREA buckets of the German question.
    const data = await ask(
      '{ agreementStats(filter: { areas: ["künstliche Intelligenz"] }, groupBy: AREA) { key count } }',
    );
    expect(data.agreementStats).toContainEqual({ key: 'artificial intelligence', count: 2 });
  });

  it('names areas and kinds of commitment in the language asked for', async () => {
    const data = await ask(`{
      agreement(id: "mou-innovation-center-bayraktar-2025") {
        areas
        de: areas(lang: "de")
        az: areas(lang: "az")
        commitments { kind label de: label(lang: "de") az: label(lang: "az") fr: label(lang: "fr") description }
      }
    }`);
    const seed = seeded.find((a) => a.id === 'mou-innovation-center-bayraktar-2025')!;
    expect(data.agreement.areas).toEqual(seed.areas);
    expect(data.agreement.de).toEqual(['Wissenschaft', 'Innovation', 'künstliche Intelligenz']);
    expect(data.agreement.az).toEqual(['elm', 'innovasiya', 'süni intellekt']);
    expect(data.agreement.commitments.map((c: { kind: string }) => c.kind)).toEqual(
      seed.commitments.map((c) => c.kind),
    );
    expect(data.agreement.commitments[0]).toEqual({
      kind: 'INTERNSHIPS',
      label: 'Internships',
      de: 'Praktika',
      az: 'Təcrübə proqramları',
      fr: 'Internships',
      description: 'Praktikumsprogramme für Studierende',
    });
  });

  it('keeps search in step with commitments as they are written, changed and transitioned', async () => {
    const editor = await bearer('editor-commitments', ['editor:agreements']);
    const created = await ask(
      `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id version } }`,
      {
        input: {
          title: 'Cooperation of AzTU and Azərişıq on metering',
          kind: 'COOPERATION_AGREEMENT',
          status: 'ANNOUNCED',
          parties: [{ institutionId: 'aztu' }, { institutionId: 'azerishiq' }],
          areas: ['Künstliche Intelligenz'],
          commitments: [{ kind: 'LABORATORY', description: 'ein Prüflabor für Zähler' }],
        },
      },
      editor,
    );
    const { id } = created.createAgreement;
    expect(await ids({ search: 'Prüflabor' })).toEqual([id]);
    expect(await ids({ search: 'laboratoriya' })).toContain(id);
    expect(await ids({ commitmentKinds: ['LABORATORY'], search: 'metering' })).toEqual([id]);
    // Stored under the vocabulary's key, whatever language it was written in.
    expect(await ids({ areas: ['süni intellekt'] })).toContain(id);

    const updated = await ask(
      `mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, expectedVersion: 1, input: $input) { version } }`,
      { id, input: { commitments: [{ kind: 'INTERNSHIPS', description: 'Sommerpraktika für Messtechnik' }] } },
      editor,
    );
    expect(updated.updateAgreement.version).toBe(2);
    expect(await ids({ search: 'Prüflabor' })).toEqual([]);
    expect(await ids({ search: 'Sommerpraktika' })).toEqual([id]);
    expect(await ids({ commitmentKinds: ['LABORATORY'], search: 'metering' })).toEqual([]);

    // A change of other fields keeps the stored commitments searchable.
    await ask(
      `mutation($id: ID!) { updateAgreement(id: $id, expectedVersion: 2, input: { title: "Cooperation of AzTU and Azərişıq on smart metering" }) { version } }`,
      { id },
      editor,
    );
    await ask(
      `mutation($id: ID!) { transitionAgreement(id: $id, expectedVersion: 3, to: SIGNED, on: "2026-03") { version } }`,
      { id },
      editor,
    );
    expect(await ids({ search: 'Sommerpraktika' })).toEqual([id]);
    expect(await ids({ search: 'smart metering', commitmentKinds: ['INTERNSHIPS'] })).toEqual([id]);
  });
});

describe.each(testDatabases())('RefreshAgreementSearchText on $label', (database) => {
  it('rewrites the search text and area keys of agreements stored before, so their commitments are found', async () => {
    const fx = await openFixture(database);
    try {
      const search = async (text: string) => {
        const { data, errors } = await fx.query(
          'query($s: String) { agreements(filter: { search: $s }, first: 100) { nodes { id } } }',
          { s: text },
        );
        expect(errors).toBeUndefined();
        return sorted(data!.agreements.nodes.map((n: { id: string }) => n.id));
      };
      expect(await search('Praktikum')).toEqual(withCommitment('INTERNSHIPS'));
      const stored = await fx.dataSource.query('SELECT id, area_keys, search_text FROM agreements ORDER BY id');
      // As the columns were written before: title, description and areas only.
      await fx.dataSource.query("UPDATE agreements SET search_text = '|old|', area_keys = '|old|'");
      expect(await search('Praktikum')).toEqual([]);

      const runner = fx.dataSource.createQueryRunner();
      try {
        await new RefreshAgreementSearchText1766800000000().up(runner);
      } finally {
        await runner.release();
      }
      expect(await fx.dataSource.query('SELECT id, area_keys, search_text FROM agreements ORDER BY id')).toEqual(
        stored,
      );
      expect(await search('Praktikum')).toEqual(withCommitment('INTERNSHIPS'));
    } finally {
      await fx.close();
    }
  });
});
