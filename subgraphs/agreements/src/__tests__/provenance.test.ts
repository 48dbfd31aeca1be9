import { seedDocumentText } from '@partnership-graph/shared';
import { checkSeedProvenance, testDatabases } from '@partnership-graph/shared/testing';
import { agreementsSeed } from '../seed/data';
import { agreementsProvenance } from '../seed/provenance';
import { agreementsSeedCheckRecords } from '../seed/seedCheckRecords';
import { openFixture, type AgreementsFixture } from './fixture';

describe('the seed check of the agreements dataset', () => {
  const records = agreementsSeedCheckRecords();

  it('holds every quote and every stated value against the documents, and finds a basis for every value', () => {
    expect(records).toHaveLength(6);
    expect(checkSeedProvenance(records, seedDocumentText)).toEqual([]);
  });

  it('declares, for every source each record cites, the fields it states', () => {
    for (const record of records)
      expect(Object.keys(agreementsProvenance[record.recordKey].stated).sort()).toEqual(
        record.citations.map((c) => c.sourceId).sort(),
      );
    expect(Object.keys(agreementsProvenance).sort()).toEqual(records.map((r) => r.recordKey).sort());
  });

  it('catches a commitment the document does not word so', () => {
    const seed = structuredClone(agreementsSeed);
    seed.agreements[0].commitments.push({ kind: 'OTHER', description: 'gemeinsame Patente' });
    const problems = checkSeedProvenance(agreementsSeedCheckRecords(seed), seedDocumentText);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'commitments',
        problem: expect.stringMatching(/^"gemeinsame Patente" has no basis/),
      }),
    ]);
  });
});

describe.each(testDatabases())('provenance through the API on $label', (database) => {
  let fixture: AgreementsFixture;
  beforeAll(async () => {
    fixture = await openFixture(database);
  });
  afterAll(() => fixture.close());

  const query = async (q: string) => {
    const result = await fixture.query(q);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  it("keeps the forum's date as inferred from the report's date, and answers which values are inferred", async () => {
    const data = await query(`{ event(id: "aztu-forum-2025-05-15") {
      startsOn online
      inferred: provenance(basis: [INFERRED]) { field rule }
      date: provenance(field: "startsOn") { basis rule citations { source { id } } }
    } }`);
    expect(data.event.startsOn).toBe('2025-05-15');
    expect(data.event.inferred.map((c: { field: string }) => c.field)).toEqual(['online', 'startsOn']);
    expect(data.event.date).toEqual([
      { basis: 'INFERRED', rule: expect.stringMatching(/^The forum's date is the report's date/), citations: [] },
    ]);
  });

  it('keeps AzTU as a side of the AIC cooperation by an inferred rule, beside the parties the item states', async () => {
    const data = await query(`{ agreement(id: "aztu-aic-cooperation") {
      parties { role institution { id } }
      provenance(field: "parties") { basis value rule quote }
    } }`);
    expect(data.agreement.parties.map((p: { institution: { id: string } }) => p.institution.id)).toContain('aztu');
    expect(data.agreement.provenance).toEqual([
      { basis: 'STATED', value: null, rule: null, quote: expect.stringMatching(/on the basis of AzTU/) },
      { basis: 'INFERRED', value: 'aztu', rule: expect.stringMatching(/so AzTU is recorded as a side/), quote: null },
    ]);
  });

  it('marks descriptive titles as editorial', async () => {
    const data = await query(`{ agreement(id: "mou-bsu-bayraktar-2025") {
      titleIsDescriptive provenance(field: "title") { basis reason addedBy }
      citations { fields source { id cites { quote source { id citedIn { source { id } } } } } }
    } }`);
    expect(data.agreement.titleIsDescriptive).toBe(true);
    expect(data.agreement.provenance).toEqual([
      { basis: 'EDITORIAL', reason: expect.stringMatching(/No document names it/), addedBy: 'seed editors' },
    ]);
    const [citation] = data.agreement.citations;
    expect(citation.fields).toEqual(['areas', 'commitments', 'description', 'kind', 'parties', 'status']);
    expect(citation.source.cites).toContainEqual({
      quote: 'wie bsu.edu.az berichtet',
      source: { id: 'src-bsu-edu-az-bsu-bayraktar', citedIn: { source: { id: 'src-bayraktar-memoranda-2025' } } },
    });
  });

  it("holds the alliance conference's missing facts: Mingachevir State University, Babanli's statements, its two parts and China's officials", async () => {
    const data = await query(`{ event(id: "alliance-online-conference-2020-11-27") {
      description attendance participants { id }
      speakers { person { id } contribution }
      provenance(field: "participants") { basis }
    } }`);
    const event = data.event;
    expect(event.participants.map((p: { id: string }) => p.id)).toEqual(['asoiu', 'mingachevir-state-university']);
    expect(event.description).toMatch(/The two-part conference held online$/);
    expect(event.attendance).toMatch(/officials of the People's Republic of China$/);
    const babanli = event.speakers.find((s: { person: { id: string } }) => s.person.id === 'mustafa-babanli');
    expect(babanli.contribution).toMatch(/create a working group/);
    expect(babanli.contribution).toMatch(
      /Education-Research-Industry integration, Transfer of technologies, Startups, IT Academy/,
    );
    expect(babanli.contribution).toMatch(/establish the Caucasian sub-alliance in Azerbaijan/);
    expect(event.provenance).toEqual([{ basis: 'STATED' }]);
  });

  it("holds Azərişıq's benefits and full directions, and the Bayraktar memorandum's talent aim", async () => {
    const data = await query(`{
      azerishiq: agreement(id: "azerishiq-university-cooperation") { description commitments { kind description } }
      bayraktar: agreement(id: "mou-innovation-center-bayraktar-2025") { commitments { kind description } }
    }`);
    expect(data.azerishiq.description).toMatch(/kadr potensialının gücləndirilməsi kimi faydaları mövcuddur\.$/);
    const byKind = Object.fromEntries(
      data.azerishiq.commitments.map((c: { kind: string; description: string }) => [c.kind, c.description]),
    );
    expect(byKind.JOINT_RESEARCH).toMatch(/istehsalat müəssisələrinin ehtiyaclarına uyğun olaraq tətbiq edilir\.$/);
    expect(byKind.TECHNOPARK).toMatch(/birbaşa əlaqələrin qurulmasına yardım edir\.$/);
    expect(data.bayraktar.commitments).toContainEqual({ kind: 'TRAINING', description: 'innovative Talente geschult' });
  });
});
