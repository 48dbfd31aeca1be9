import { EntityReferenceChecker, ID_PATTERN, seedSources } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { Internship } from '../entities/Internship';
import { Student } from '../entities/Student';
import { Thesis } from '../entities/Thesis';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { talentSeed } from '../seed/data';
import { seedIfEmpty, seedTalent } from '../seed/seed';
import { openFixture } from './fixture';
import { startOwners, type Owners } from './owners';

const { internshipPrograms, thesisPrograms, trainingPrograms } = talentSeed;
const programs = [...internshipPrograms, ...thesisPrograms, ...trainingPrograms];

describe('the talent seed dataset', () => {
  const sourceIds = new Set(seedSources.map((s) => s.id));

  it('holds the programmes of the documents, each with a unique, well-formed id', () => {
    expect(programs.map((p) => p.id).sort()).toEqual(
      [
        'aztu-ganja-aluminium-complex-internships',
        'aztu-ganja-aluminium-complex-industry-theses',
        'azerishiq-internships',
        'azerishiq-personnel-training',
        'bsu-bayraktar-internships',
        'bsu-bayraktar-training-programmes',
        'ganja-aluminium-complex-secondary-special-education',
        'ganja-aluminium-complex-technical-vocational-education',
        'innovation-center-bayraktar-internships',
        'innovation-center-bayraktar-professional-development',
      ].sort(),
    );
    for (const { id } of programs) expect(id).toMatch(ID_PATTERN);
  });

  it('cites a known source, with a quote, for every programme', () => {
    for (const program of programs) {
      expect(program.sources.length).toBeGreaterThan(0);
      for (const citation of program.sources) {
        expect(sourceIds.has(citation.sourceId)).toBe(true);
        expect(citation.quote?.length).toBeGreaterThan(20);
      }
    }
  });

  it('invents nothing: every programme is ANNOUNCED, with no dates and no seats', () => {
    for (const program of programs) {
      expect(program.status).toBe('ANNOUNCED');
      expect([program.startsOn, program.endsOn]).toEqual([null, null]);
      if ('seats' in program) expect(program.seats).toBeNull();
    }
  });

  it('links every programme to an agreement', () => {
    for (const program of programs) expect(program.agreementId).toMatch(ID_PATTERN);
  });

  it('keeps the AzTU – Ganja complex programmes at bachelor and master level, with the complex as host, partner or provider', () => {
    const internships = internshipPrograms.find((p) => p.id === 'aztu-ganja-aluminium-complex-internships');
    expect(internships).toMatchObject({
      hostId: 'ganja-aluminium-complex',
      universityIds: ['aztu'],
      levels: ['BACHELOR', 'MASTER'],
    });
    expect(thesisPrograms[0]).toMatchObject({
      universityId: 'aztu',
      industryPartnerId: 'ganja-aluminium-complex',
      levels: ['BACHELOR', 'MASTER'],
    });
    const kinds = trainingPrograms.filter((p) => p.providerIds.includes('ganja-aluminium-complex')).map((p) => p.kind);
    expect(kinds.sort()).toEqual(['SECONDARY_SPECIAL', 'VOCATIONAL']);
  });
});

describe('the seed refers only to institutions and agreements their subgraphs have', () => {
  let owners: Owners;
  beforeAll(async () => {
    owners = await startOwners();
  }, 120_000);
  afterAll(() => owners.stop());

  it('finds every host, university and provider id through _entities', async () => {
    const checker = new EntityReferenceChecker({ Institution: owners.institutionsUrl });
    const ids = new Set([
      ...internshipPrograms.flatMap((p) => [p.hostId, ...p.universityIds]),
      ...thesisPrograms.flatMap((p) => [p.universityId, p.industryPartnerId]),
      ...trainingPrograms.flatMap((p) => p.providerIds),
    ]);
    ids.delete(null);
    await expect(
      checker.assertExist([...ids].map((id) => ({ typename: 'Institution', id: id as string, field: `seed:${id}` }))),
    ).resolves.toBeUndefined();
  });

  it('finds every agreement id through the agreements subgraph', async () => {
    const checker = new EntityReferenceChecker({ Agreement: owners.agreementsUrl });
    const ids = [...new Set(programs.map((p) => p.agreementId as string))];
    expect(ids.sort()).toEqual([
      'azerishiq-university-cooperation',
      'aztu-aic-cooperation',
      'mou-bsu-bayraktar-2025',
      'mou-innovation-center-bayraktar-2025',
    ]);
    await expect(
      checker.assertExist(ids.map((id) => ({ typename: 'Agreement', id, field: `seed:${id}` }))),
    ).resolves.toBeUndefined();
    await expect(
      checker.assertExist([{ typename: 'Agreement', id: 'no-such-agreement', field: 'x' }]),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe.each(testDatabases())('seeding on $label', (database) => {
  it('seeds no students, theses, internships or enrolments', async () => {
    const fixture = await openFixture(database);
    try {
      for (const entity of [Student, Thesis, Internship, TrainingEnrollment]) {
        expect(await fixture.dataSource.getRepository(entity).count()).toBe(0);
      }
      const { data, errors } = await fixture.query(`{
        theses { totalCount }
        internshipPrograms(first: 100) { totalCount nodes { stats { enrolled seatsTaken } internships { totalCount } } }
        thesisPrograms { totalCount nodes { stats { registered } } }
        trainingPrograms { totalCount nodes { stats { enrolled } } }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.theses.totalCount).toBe(0);
      expect(data?.internshipPrograms.totalCount).toBe(internshipPrograms.length);
      expect(data?.thesisPrograms.totalCount).toBe(thesisPrograms.length);
      expect(data?.trainingPrograms.totalCount).toBe(trainingPrograms.length);
      for (const node of data?.internshipPrograms.nodes ?? []) {
        expect(node).toEqual({ stats: { enrolled: 0, seatsTaken: 0 }, internships: { totalCount: 0 } });
      }
    } finally {
      await fixture.close();
    }
  });

  it('is idempotent: a second run creates and updates nothing', async () => {
    const fixture = await openFixture(database);
    try {
      const second = await seedTalent(fixture.dataSource);
      for (const table of Object.values(second)) {
        expect(table.created).toBe(0);
        expect(table.updated).toBe(0);
      }
      expect(second.internshipPrograms.unchanged).toBe(internshipPrograms.length);
      expect(second.trainingProgramProviders.unchanged).toBe(trainingPrograms.flatMap((p) => p.providerIds).length);
      expect(await seedIfEmpty(fixture.dataSource)).toBeNull();
    } finally {
      await fixture.close();
    }
  });

  it('loads into an empty database on first start only', async () => {
    const fixture = await openFixture(database, { seed: false });
    try {
      const first = await seedIfEmpty(fixture.dataSource);
      expect(first?.internshipPrograms.created).toBe(internshipPrograms.length);
      expect(first?.thesisPrograms.created).toBe(thesisPrograms.length);
      expect(first?.trainingPrograms.created).toBe(trainingPrograms.length);
      const { data } = await fixture.query(
        `{ internshipProgram(id: "aztu-ganja-aluminium-complex-internships") { version } }`,
      );
      expect(data?.internshipProgram.version).toBe(1);
    } finally {
      await fixture.close();
    }
  });
});
