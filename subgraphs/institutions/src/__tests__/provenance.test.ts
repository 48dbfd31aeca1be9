import { recordKey, seedDocumentText, seedEditors, seedSources } from '@partnership-graph/shared';
import { checkSeedProvenance, testDatabases } from '@partnership-graph/shared/testing';
import { institutionsSeed } from '../seed/data';
import { institutionsProvenance } from '../seed/provenance';
import { institutionsSeedCheckRecords } from '../seed/seedCheckRecords';
import { openFixture, type InstitutionsFixture } from './fixture';

describe('the seed check of the institutions dataset', () => {
  const records = institutionsSeedCheckRecords();

  it('holds every quote and every stated value against the documents kept in the project, and finds a basis for every value', () => {
    expect(records.length).toBeGreaterThan(60);
    expect(checkSeedProvenance(records, seedDocumentText)).toEqual([]);
  });

  it('declares, for every source each record cites, the fields it states, and nothing for records the seed lacks', () => {
    for (const record of records) {
      const declared = institutionsProvenance[record.recordKey];
      expect(declared).toBeDefined();
      expect(Object.keys(declared.stated).sort()).toEqual(record.citations.map((c) => c.sourceId).sort());
    }
    expect(Object.keys(institutionsProvenance).sort()).toEqual(records.map((r) => r.recordKey).sort());
  });

  it('keeps the text of every seeded document that records quote', () => {
    for (const source of seedSources) {
      if (source.citedIn) expect(seedDocumentText(source.id)).toBeNull();
      else expect(seedDocumentText(source.id)?.length).toBeGreaterThan(1000);
    }
  });

  it('catches a stated value the document does not contain: the Innovation Center placed in Baku by the dateline', () => {
    const seed = structuredClone(institutionsSeed);
    seed.institutions.find((i) => i.id === 'innovation-center-sapssi')!.city = 'Baku';
    const key = recordKey('institution', 'innovation-center-sapssi');
    const problems = checkSeedProvenance(institutionsSeedCheckRecords(seed), seedDocumentText);
    expect(problems).toContainEqual(expect.objectContaining({ recordKey: key, field: 'city' }));
  });
});

const claimFields = 'field value basis quote rule reason addedBy citations { source { id } quote }';

describe.each(testDatabases())('provenance through the API on $label', (database) => {
  let fixture: InstitutionsFixture;
  beforeAll(async () => {
    fixture = await openFixture(database);
  });
  afterAll(() => fixture.close());

  const query = async (q: string, variables?: Record<string, unknown>) => {
    const result = await fixture.query(q, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  it('shows a stated value with its citation and quote, and an editorial one with reason and editor', async () => {
    const data = await query(`{ institution(id: "iztech") {
      kind acronym
      kindClaims: provenance(field: "kind") { ${claimFields} }
      stated: provenance(basis: [STATED]) { field basis }
      names: provenance(field: "names") { value basis reason }
    } }`);
    const iztech = data.institution;
    expect(iztech.kind).toBe('UNIVERSITY');
    expect(iztech.kindClaims).toEqual([
      expect.objectContaining({ basis: 'EDITORIAL', addedBy: seedEditors, citations: [], quote: null }),
    ]);
    expect(iztech.kindClaims[0].reason).toMatch(/Institute/);
    expect(iztech.stated.map((c: { field: string }) => c.field)).toEqual(['name', 'names']);
    expect(iztech.stated.every((c: { basis: string }) => c.basis === 'STATED')).toBe(true);
    expect(iztech.names).toEqual([
      { value: null, basis: 'STATED', reason: null },
      { value: 'İzmir Yüksek Teknoloji Enstitüsü', basis: 'EDITORIAL', reason: expect.stringMatching(/Turkish/) },
    ]);
  });

  it('answers which values of an institution are inferred, each with its rule', async () => {
    const data = await query(`{ institution(id: "strategic-alliance-heis") {
      provenance(basis: [INFERRED]) { field rule citations { source { id } } }
    } }`);
    expect(data.institution.provenance).toEqual([
      { field: 'country', rule: expect.stringMatching(/People's Republic of China/), citations: [] },
    ]);
  });

  it("holds the alliance's size as fields, stated by the alliance item with its words", async () => {
    const data = await query(`{ institution(id: "strategic-alliance-heis") {
      memberCount memberCountryCount description
      count: provenance(field: "memberCount") { basis citations { source { id } quote } }
      countries: provenance(field: "memberCountryCount") { basis }
    } }`);
    const alliance = data.institution;
    expect([alliance.memberCount, alliance.memberCountryCount]).toEqual([173, 27]);
    expect(alliance.description).toMatch(/"One Belt and One Road" initiative/);
    expect(alliance.count).toEqual([
      { basis: 'STATED', citations: [{ source: { id: 'src-asoiu-alliance-2020' }, quote: expect.any(String) }] },
    ]);
    expect(alliance.countries).toEqual([{ basis: 'STATED' }]);
  });

  it("gives the documents' academic titles, stated by the alliance item", async () => {
    const data = await query(`{ person(id: "shahin-bayramov") {
      academicTitles provenance(field: "academicTitles") { basis citations { source { id } } }
    } }`);
    expect(data.person.academicTitles).toEqual(['Doctor of Philosophy in Economics', 'Associate Professor']);
    expect(data.person.provenance).toEqual([
      { basis: 'STATED', citations: [{ source: { id: 'src-asoiu-alliance-2020' } }] },
    ]);
  });

  it('keeps no parent for the SME Model Enterprise, which AzTU created together with SMEDA', async () => {
    const data = await query(`{ institution(id: "aztu-sme-model-enterprise") {
      parent { id } provenance(field: "parent") { basis }
      members { role member { id } provenance(field: "note") { basis rule } }
    } }`);
    const enterprise = data.institution;
    expect(enterprise.parent).toBeNull();
    expect(enterprise.provenance).toEqual([]);
    expect(enterprise.members.map((m: { member: { id: string } }) => m.member.id).sort()).toEqual(['aztu', 'smeda']);
    for (const m of enterprise.members) {
      expect(m.role).toBe('FOUNDER');
      expect(m.provenance).toEqual([
        { basis: 'INFERRED', rule: expect.stringMatching(/"SME" is the Small and Medium/) },
      ]);
    }
  });

  it('takes no city from the German article’s dateline', async () => {
    for (const id of ['innovation-center-sapssi', 'bayraktar-technology-azerbaijan']) {
      const data = await query(
        `query($id: ID!) { institution(id: $id) { city provenance(field: "city") { basis } } }`,
        { id },
      );
      expect(data.institution).toEqual({ city: null, provenance: [] });
    }
  });

  it("gives Renying Li the document's title, stated, and places the working group at BVIZ by an inferred rule", async () => {
    const data = await query(`{
      renying: person(id: "renying-li") { positions { title institution { id } provenance(field: "title") { basis quote } } }
      hubertus: person(id: "hubertus-ebbers") { positions { institution { id } provenance(basis: [INFERRED]) { field rule } } }
    }`);
    const secretary = data.renying.positions.find(
      (p: { institution: { id: string } }) => p.institution.id === 'strategic-alliance-heis',
    );
    expect(secretary.title).toBe('Secretary General');
    expect(secretary.provenance).toEqual([
      { basis: 'STATED', quote: expect.stringMatching(/appointed a Secretary General/) },
    ]);
    const lead = data.hubertus.positions.find((p: { institution: { id: string } }) => p.institution.id === 'bviz');
    expect(lead.provenance).toEqual([{ field: 'institution', rule: expect.stringMatching(/BVIZ-Mitgliedszentren/) }]);
  });

  it('gives the BSU rector no year the article does not state', async () => {
    const data = await query(
      `{ person(id: "elchin-babayev") { positions { observedDates provenance(field: "observedDates") { basis } } } }`,
    );
    expect(data.person.positions).toEqual([{ observedDates: [], provenance: [] }]);
  });

  it('names no publisher for the alliance item, and links the outlets the German article cites to it', async () => {
    const data = await query(`{
      asoiu: institution(id: "asoiu") { citations { source { id publisher } } }
      bviz: institution(id: "bviz") {
        citations { fields source { id citedIn { source { id } } cites { quote source { id publisher titleIsDescriptive citedIn { quote source { id } } } } } }
      }
    }`);
    expect(data.asoiu.citations).toEqual([{ source: { id: 'src-asoiu-alliance-2020', publisher: null } }]);
    const [article] = data.bviz.citations;
    expect(article.fields).toEqual(expect.arrayContaining(['acronym', 'description']));
    expect(article.source.id).toBe('src-bayraktar-memoranda-2025');
    expect(article.source.citedIn).toBeNull();
    expect(article.source.cites.map((c: { source: { publisher: string } }) => c.source.publisher)).toEqual([
      'bsu.edu.az',
      'innovationszentren.de',
      'news.az',
    ]);
    expect(article.source.cites).toContainEqual({
      quote: 'wie innovationszentren.de beschreibt',
      source: {
        id: 'src-innovationszentren-de-working-groups',
        publisher: 'innovationszentren.de',
        titleIsDescriptive: true,
        citedIn: { quote: 'wie innovationszentren.de beschreibt', source: { id: 'src-bayraktar-memoranda-2025' } },
      },
    });
  });
});
