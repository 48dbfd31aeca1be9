import { ID_PATTERN, seedDocumentText, seedSources, type EntityReference } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { agreementsSeed } from '../seed/data';
import { seedAgreements, seedIfEmpty } from '../seed/seed';
import { createReferenceChecker } from '../server';
import { countRows, openFixture, startInstitutions } from './fixture';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('the agreements seed dataset', () => {
  const { agreements, events } = agreementsSeed;
  const sourceIds = new Set(seedSources.map((s) => s.id));

  it('holds the agreements and events of the documents, each with a unique, well-formed id', () => {
    expect(agreements.map((a) => a.id).sort()).toEqual([
      'azerishiq-university-cooperation',
      'aztu-aic-cooperation',
      'mou-bsu-bayraktar-2025',
      'mou-innovation-center-bayraktar-2025',
    ]);
    expect(events.map((e) => e.id).sort()).toEqual(['alliance-online-conference-2020-11-27', 'aztu-forum-2025-05-15']);
    for (const { id } of [...agreements, ...events]) expect(id).toMatch(ID_PATTERN);
  });

  it('cites a known source with a quote for every agreement and event (an outlet known only by name has none)', () => {
    for (const record of [...agreements, ...events]) {
      expect(record.sources.length).toBeGreaterThan(0);
      for (const citation of record.sources) {
        expect(sourceIds.has(citation.sourceId)).toBe(true);
        if (seedDocumentText(citation.sourceId) !== null) expect(citation.quote?.length).toBeGreaterThan(20);
        else expect(citation.quote).toBeUndefined();
      }
    }
  });

  it('gives every agreement at least one party, each institution once, and only upper-case roles', () => {
    for (const a of agreements) {
      expect(a.parties.length).toBeGreaterThan(0);
      expect(new Set(a.parties.map((p) => p.institutionId)).size).toBe(a.parties.length);
      for (const p of a.parties) expect(p.role).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
    for (const e of events) expect(new Set(e.speakers.map((s) => s.personId)).size).toBe(e.speakers.length);
  });

  it('stores dates only with the precision the sources give, and invents none', () => {
    const dates = [
      ...agreements.flatMap((a) => [a.signedOn, a.validFrom, a.validUntil]),
      ...events.flatMap((e) => [e.startsOn, e.endsOn]),
    ].filter((d): d is string => d !== null);
    for (const date of dates) expect(date).toMatch(DATE);
    const byId = Object.fromEntries(agreements.map((a) => [a.id, a]));
    expect(byId['mou-innovation-center-bayraktar-2025'].signedOn).toBe('2025-07-04');
    // Undated in the documents: no date here either, and no status beyond what they say.
    expect(byId['mou-bsu-bayraktar-2025']).toMatchObject({ signedOn: null, status: 'SIGNED' });
    expect(byId['aztu-aic-cooperation']).toMatchObject({ signedOn: null, status: 'ANNOUNCED' });
    expect(byId['azerishiq-university-cooperation']).toMatchObject({ signedOn: null, kind: 'COOPERATION_PROGRAM' });
    for (const a of agreements) expect([a.validFrom, a.validUntil]).toEqual([null, null]);
  });

  it('keeps the Azerbaijani document in Azerbaijani and the German one in German', () => {
    const azerishiq = agreements.find((a) => a.id === 'azerishiq-university-cooperation')!;
    expect(azerishiq.commitments).toHaveLength(5);
    for (const c of azerishiq.commitments) expect(c.description).toMatch(/[əıİ]/);
    const bsu = agreements.find((a) => a.id === 'mou-bsu-bayraktar-2025')!;
    expect(bsu.commitments.map((c) => c.description)).toContain('Beschäftigungsmöglichkeiten');
  });
});

describe('the seed refers only to institutions and people the institutions subgraph has', () => {
  let institutions: Awaited<ReturnType<typeof startInstitutions>>;
  beforeAll(async () => {
    institutions = await startInstitutions();
  }, 90_000);
  afterAll(() => institutions?.cleanup());

  it('every party, signatory, organiser, partner, participant and speaker exists there', async () => {
    const references: EntityReference[] = [];
    const institution = (id: string, field: string) => references.push({ typename: 'Institution', id, field });
    const person = (id: string, field: string) => references.push({ typename: 'Person', id, field });
    for (const a of agreementsSeed.agreements) {
      a.parties.forEach((p, i) => {
        institution(p.institutionId, `${a.id}.parties[${i}]`);
        if (p.signatoryId) person(p.signatoryId, `${a.id}.parties[${i}].signatory`);
      });
    }
    for (const e of agreementsSeed.events) {
      [...e.organizerIds, ...e.partnerIds, ...e.participantIds].forEach((id) =>
        institution(id, `${e.id}.institutions`),
      );
      e.speakers.forEach((s, i) => {
        person(s.personId, `${e.id}.speakers[${i}]`);
        if (s.institutionId) institution(s.institutionId, `${e.id}.speakers[${i}].institution`);
      });
    }
    expect(references.length).toBeGreaterThan(40);
    await expect(createReferenceChecker(institutions.url).assertExist(references)).resolves.toBeUndefined();
  });
});

describe.each(testDatabases())('seeding on $label', (database) => {
  it('is idempotent: a second run creates and updates nothing and leaves every row as it was', async () => {
    const fixture = await openFixture(database);
    try {
      const rows = await countRows(fixture.dataSource);
      expect(rows).toMatchObject({ agreements: 4, events: 2, agreement_parties: 8, event_speakers: 15 });
      const second = await seedAgreements(fixture.dataSource);
      expect(second).toEqual({
        agreements: { created: 0, updated: 0, unchanged: 4 },
        events: { created: 0, updated: 0, unchanged: 2 },
        claims: { created: 0, updated: 0, unchanged: second.claims.unchanged },
      });
      expect(second.claims.unchanged).toBeGreaterThan(0);
      expect(await countRows(fixture.dataSource)).toEqual(rows);
      expect(await seedIfEmpty(fixture.dataSource)).toBeNull();
    } finally {
      await fixture.close();
    }
  });

  it('updates a changed record, moving its version on, and restores its parties and speakers', async () => {
    const fixture = await openFixture(database);
    try {
      const changed = structuredClone(agreementsSeed);
      changed.agreements[0].areas = [...changed.agreements[0].areas, 'robotics'];
      changed.events[0].speakers = changed.events[0].speakers.slice(1);
      const report = await seedAgreements(fixture.dataSource, changed);
      expect(report.agreements).toEqual({ created: 0, updated: 1, unchanged: 3 });
      expect(report.events).toEqual({ created: 0, updated: 1, unchanged: 1 });
      const { data } = await fixture.query(`{
        agreement(id: "${changed.agreements[0].id}") { version areas parties { institution { id } } }
        event(id: "${changed.events[0].id}") { version speakers { person { id } } }
      }`);
      expect(data?.agreement.version).toBe(2);
      expect(data?.agreement.areas).toContain('robotics');
      expect(data?.agreement.parties).toHaveLength(2);
      expect(data?.event.version).toBe(2);
      expect(data?.event.speakers).toHaveLength(changed.events[0].speakers.length);
      const back = await seedAgreements(fixture.dataSource);
      expect(back.agreements.updated).toBe(1);
      expect(back.events.updated).toBe(1);
    } finally {
      await fixture.close();
    }
  });

  it('seeds an empty database on first start', async () => {
    const fixture = await openFixture(database, { seed: false });
    try {
      expect((await countRows(fixture.dataSource)).agreements).toBe(0);
      const report = await seedIfEmpty(fixture.dataSource);
      expect(report?.agreements.created).toBe(4);
      expect(report?.events.created).toBe(2);
    } finally {
      await fixture.close();
    }
  });
});
