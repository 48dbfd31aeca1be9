import { seedDocumentText } from '@partnership-graph/shared';
import { checkSeedProvenance, testDatabases } from '@partnership-graph/shared/testing';
import { talentSeed } from '../seed/data';
import { talentProvenance } from '../seed/provenance';
import { talentSeedCheckRecords } from '../seed/seedCheckRecords';
import { openFixture, type TalentFixture } from './fixture';

describe('the seed check of the talent dataset', () => {
  const records = talentSeedCheckRecords();

  it('holds every quote and every stated value against the documents, and finds a basis for every value', () => {
    expect(records.length).toBe(10);
    expect(checkSeedProvenance(records, seedDocumentText)).toEqual([]);
  });

  it('declares, for every source each record cites, the fields it states', () => {
    for (const record of records)
      expect(Object.keys(talentProvenance[record.recordKey].stated).sort()).toEqual(
        record.citations.map((c) => c.sourceId).sort(),
      );
    expect(Object.keys(talentProvenance).sort()).toEqual(records.map((r) => r.recordKey).sort());
  });

  it('no longer calls the AIC cooperation one "between AzTU and AIC" or "of AzTU and Azerbaijan Industrial Corporation"', () => {
    const texts = [...talentSeed.internshipPrograms, ...talentSeed.thesisPrograms, ...talentSeed.trainingPrograms].map(
      (p) => `${p.title} ${p.description}`,
    );
    for (const text of texts) expect(text).not.toMatch(/AzTU and (AIC|Azerbaijan Industrial Corporation)/);
  });
});

describe.each(testDatabases())('provenance through the API on $label', (database) => {
  let fixture: TalentFixture;
  beforeAll(async () => {
    fixture = await openFixture(database);
  });
  afterAll(() => fixture.close());

  const query = async (q: string) => {
    const result = await fixture.query(q);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  it('gives the BSU internships no host, since the article does not say where they are', async () => {
    const data = await query(`{ internshipProgram(id: "bsu-bayraktar-internships") {
      host { id } universities { id } provenance(field: "host") { basis }
    } }`);
    expect(data.internshipProgram).toEqual({ host: null, universities: [{ id: 'bsu' }], provenance: [] });
  });

  it('says nobody provides "the necessary support", and marks the summary as editorial', async () => {
    const data = await query(`{ internshipProgram(id: "aztu-ganja-aluminium-complex-internships") {
      description provenance(field: "description") { basis reason }
      host: provenance(field: "host") { basis quote }
    } }`);
    expect(data.internshipProgram.description).toMatch(
      /providing the necessary support \(the document does not say by whom\)/,
    );
    expect(data.internshipProgram.provenance).toEqual([
      { basis: 'EDITORIAL', reason: expect.stringMatching(/summary/) },
    ]);
    expect(data.internshipProgram.host).toEqual([{ basis: 'STATED', quote: expect.stringMatching(/in the complex/) }]);
  });

  it('names only the stated providers: the complex for vocational and secondary special education, none for Azərişıq', async () => {
    const data = await query(
      `{ trainingPrograms(first: 20) { nodes { id providers { id } provenance(field: "providers") { basis } } } }`,
    );
    const byId = Object.fromEntries(
      data.trainingPrograms.nodes.map((p: { id: string; providers: Array<{ id: string }>; provenance: unknown[] }) => [
        p.id,
        p,
      ]),
    );
    for (const id of [
      'ganja-aluminium-complex-technical-vocational-education',
      'ganja-aluminium-complex-secondary-special-education',
    ]) {
      expect(byId[id].providers).toEqual([{ id: 'ganja-aluminium-complex' }]);
      expect(byId[id].provenance).toEqual([{ basis: 'STATED' }]);
    }
    expect(byId['azerishiq-personnel-training'].providers).toEqual([]);
    expect(byId['azerishiq-personnel-training'].provenance).toEqual([]);
  });
});
